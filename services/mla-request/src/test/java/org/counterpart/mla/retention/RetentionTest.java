package org.counterpart.mla.retention;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.counterpart.mla.Drafts;
import org.counterpart.network.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * With a retention of zero, a withdrawn request's content, message bodies and files are destroyed by
 * the next round; its record stays, the audit trail holds one tombstone per data class and still
 * verifies, and no table of the service holds the words any more.
 */
@QuarkusTest
@TestProfile(RetentionTest.ShortRetention.class)
class RetentionTest {

    public static class ShortRetention implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("counterpart.retention.content", "PT0S", "counterpart.retention.attachments", "PT0S",
                    "counterpart.retention.check-every", "1s");
        }
    }

    private static final String OPERATOR_TH = TestTokens.token("operator-th", "TH", "operator");
    private static final Duration BOUND = Duration.ofSeconds(30);

    @Inject
    EntityManager entityManager;

    @OidcWireMock
    WireMockServer hub;

    @Test
    void aClosedRequestsContentIsDestroyedAndTheTrailStillVerifies() {
        String canary = "CANARY-" + UUID.randomUUID();
        String id = Drafts.transmittedRequest();
        given().auth().oauth2(Drafts.TH_AUTHORITY).contentType(ContentType.JSON)
                .body(Map.of("body", "About the witness " + canary)).post("/requests/{id}/messages", id)
                .then().statusCode(201);
        given().auth().oauth2(Drafts.TH_PROSECUTOR).contentType("text/plain").queryParam("filename", canary + ".txt")
                .body(("Statement of " + canary).getBytes(StandardCharsets.UTF_8))
                .post("/requests/{id}/attachments", id).then().statusCode(201);
        given().auth().oauth2(Drafts.TH_AUTHORITY).contentType(ContentType.JSON).body(Map.of("note", "Withdrawn: " + canary))
                .post("/requests/{id}/actions/WITHDRAW", id).then().statusCode(200);

        await().atMost(BOUND).untilAsserted(() -> {
            given().auth().oauth2(Drafts.TH_AUTHORITY).get("/requests/{id}/attachments", id).then().statusCode(200)
                    .body("[0].state", equalTo("DESTROYED"));
            given().auth().oauth2(Drafts.TH_AUTHORITY).get("/requests/{id}", id).then().statusCode(200)
                    .body("contentDestroyedAt", notNullValue());
        });
        given().auth().oauth2(Drafts.TH_AUTHORITY).get("/requests/{id}", id).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("requesterReference", notNullValue())
                .body("summaryOfFacts", nullValue()).body("content", nullValue()).body("lastNote", nullValue())
                .body("contentDestroyedAt", notNullValue());
        given().auth().oauth2(Drafts.TH_AUTHORITY).get("/requests/{id}/messages", id).then().statusCode(200)
                .body("[0].body", nullValue());
        given().auth().oauth2(Drafts.TH_AUTHORITY).get("/requests/{id}/attachments", id).then()
                .body("[0].filename", nullValue());

        for (String table : List.of("mla_request", "request_history", "thread_message", "attachment", "outbox_message",
                "audit_entry")) {
            long hits = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                    "select count(*) from " + table + " t where t::text like :canary")
                    .setParameter("canary", "%" + canary + "%").getSingleResult()).longValue());
            assertEquals(0, hits, canary + " is still in " + table);
        }

        given().auth().oauth2(Drafts.TH_AUTHORITY).get("/audit/requests/{id}", id).then().statusCode(200)
                .body("findAll { it.action == 'DESTROY' }.target", hasItem("content"))
                .body("findAll { it.action == 'DESTROY' }.target", hasItem("attachments"));
        hub.stubFor(get(urlEqualTo("/auth/exchange/audit-anchors/TH")).willReturn(okJson("[]")));
        given().auth().oauth2(OPERATOR_TH).get("/audit/verification").then().statusCode(200).body("intact", equalTo(true));
    }
}
