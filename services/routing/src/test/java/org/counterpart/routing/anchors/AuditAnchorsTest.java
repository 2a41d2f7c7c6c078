package org.counterpart.routing.anchors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.counterpart.events.audit.AuditAnchor;
import org.counterpart.events.signature.Signer;
import org.counterpart.network.Countries;
import org.counterpart.network.TestInfrastructure;
import org.counterpart.network.TestTokens;
import org.counterpart.network.exchange.ServiceKeys;
import org.counterpart.routing.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The hub keeps a country's signed audit heads only when they are the country's own and go on from
 * the last one: a second hash for an anchored entry, or an earlier entry, is what a rewritten trail
 * looks like, and is refused.
 */
@QuarkusTest
class AuditAnchorsTest {

    private static final String THAILAND_SERVICE = TestTokens.token("service-account-mla-request-th", "TH",
            "counterpart-service");
    private static final String MALAYSIA_SERVICE = TestTokens.token("service-account-mla-request-my", "MY",
            "counterpart-service");

    @ConfigProperty(name = TestInfrastructure.EXCHANGE_SECRETS)
    String exchange;

    @Inject
    EntityManager entityManager;

    @Test
    void aCountryLeavesItsOwnSignedHeadsInOrder() {
        ServiceKeys keys = ServiceKeys.in(Path.of(exchange).resolve("signing"));
        AuditAnchor first = anchor(10, (byte) 1);
        AuditAnchor rewritten = anchor(10, (byte) 2);
        AuditAnchor earlier = anchor(9, (byte) 3);
        AuditAnchor next = anchor(25, (byte) 4);

        leave(MALAYSIA_SERVICE, first, keys.sign(Signer.country(Countries.TH), bytes(first))).statusCode(403);
        leave(THAILAND_SERVICE, first, keys.sign(Signer.country(Countries.MY), bytes(first))).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("signature"));
        leave(THAILAND_SERVICE, first, keys.sign(Signer.HUB, bytes(first))).statusCode(400);
        given().auth().oauth2(THAILAND_SERVICE).contentType(ContentType.JSON)
                .body(Map.of("statement", "{\"country\":\"TH\"}", "signature", "x"))
                .post("/exchange/audit-anchors").then().statusCode(400).body("errors[0].field", equalTo("statement"));

        leave(THAILAND_SERVICE, first, keys.sign(Signer.country(Countries.TH), bytes(first))).statusCode(200);
        leave(THAILAND_SERVICE, first, keys.sign(Signer.country(Countries.TH), bytes(first))).statusCode(200);
        leave(THAILAND_SERVICE, rewritten, keys.sign(Signer.country(Countries.TH), bytes(rewritten))).statusCode(409)
                .body("anchoredSeq", equalTo(10));
        leave(THAILAND_SERVICE, earlier, keys.sign(Signer.country(Countries.TH), bytes(earlier))).statusCode(409);
        leave(THAILAND_SERVICE, next, keys.sign(Signer.country(Countries.TH), bytes(next))).statusCode(200);

        given().auth().oauth2(THAILAND_SERVICE).get("/exchange/audit-anchors/TH").then().statusCode(200)
                .body("$", hasSize(2)).body("[0].statement", equalTo(first.statement()))
                .body("[1].statement", equalTo(next.statement()));
        given().auth().oauth2(MALAYSIA_SERVICE).get("/exchange/audit-anchors/TH").then().statusCode(403);
        given().auth().oauth2(Tokens.OPERATOR).get("/exchange/audit-anchors/TH").then().statusCode(200).body("$", hasSize(2));

        // Evidence against the countries: the hub's own database role cannot change or remove it.
        for (String change : List.of("update audit_anchor set hash = 'x'", "delete from audit_anchor", "truncate audit_anchor")) {
            assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                    entityManager.createNativeQuery(change).executeUpdate()), change);
        }
        given().auth().oauth2(Tokens.OPERATOR).get("/exchange/audit-anchors/TH").then().body("$", hasSize(2));
    }

    private static AuditAnchor anchor(long seq, byte mark) {
        byte[] hash = new byte[32];
        hash[0] = mark;
        return AuditAnchor.of(Countries.TH, seq, hash, Instant.parse("2026-12-01T08:00:00Z").plusSeconds(seq));
    }

    private static byte[] bytes(AuditAnchor anchor) {
        return anchor.statement().getBytes(StandardCharsets.UTF_8);
    }

    private static ValidatableResponse leave(String token, AuditAnchor anchor, String signature) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("statement", anchor.statement(), "signature", signature))
                .post("/exchange/audit-anchors").then();
    }
}
