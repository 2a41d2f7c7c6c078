package org.counterpart.routing.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.counterpart.events.signature.Signer;
import org.counterpart.network.Countries;
import org.counterpart.network.TestInfrastructure;
import org.counterpart.network.TestTokens;
import org.counterpart.network.exchange.ServiceKeys;
import org.counterpart.routing.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The directory's sealing keys: a country publishes its own, endorsed by its signing key, version after version. */
@QuarkusTest
class SealingKeysTest {

    private static final String PHILIPPINES_SERVICE = TestTokens.token("service-account-mla-request-ph", "PH",
            "counterpart-service");
    private static final String THAILAND_SERVICE = TestTokens.token("service-account-mla-request-th", "TH",
            "counterpart-service");

    @ConfigProperty(name = TestInfrastructure.EXCHANGE_SECRETS)
    String exchange;

    @Test
    void aCountryPublishesItsOwnSealingKeysInOrderAndSendersFindTheNewest() throws Exception {
        ServiceKeys keys = ServiceKeys.in(Path.of(exchange).resolve("signing"));
        OctetKeyPair first = new OctetKeyPairGenerator(Curve.X25519).keyID("PH/seal/1").generate();
        String firstJwk = first.toPublicJWK().toJSONString();
        String endorsed = keys.sign(Signer.country(Countries.PH), firstJwk.getBytes(StandardCharsets.UTF_8));

        given().auth().oauth2(THAILAND_SERVICE).get("/directory/sealing-keys/PH").then().statusCode(404)
                .contentType("application/problem+json");
        publish(THAILAND_SERVICE, "PH/seal/1", firstJwk, endorsed).statusCode(403);
        OctetKeyPair second = new OctetKeyPairGenerator(Curve.X25519).keyID("PH/seal/2").generate();
        String secondJwk = second.toPublicJWK().toJSONString();
        String secondEndorsed = keys.sign(Signer.country(Countries.PH), secondJwk.getBytes(StandardCharsets.UTF_8));
        publish(PHILIPPINES_SERVICE, "PH/seal/2", secondJwk, secondEndorsed).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("keyId"));
        publish(PHILIPPINES_SERVICE, "PH/seal/1", first.toJSONString(), endorsed).statusCode(400)
                .body("errors[0].field", equalTo("publicJwk"));
        publish(PHILIPPINES_SERVICE, "PH/seal/1", firstJwk, keys.sign(Signer.HUB, firstJwk.getBytes(StandardCharsets.UTF_8)))
                .statusCode(400).body("errors[0].field", equalTo("endorsement"));
        publish(PHILIPPINES_SERVICE, "PH/seal/1", firstJwk, endorsed).statusCode(201).body("keyId", equalTo("PH/seal/1"));
        // A restarted service publishes its key again: the same key is no conflict.
        publish(PHILIPPINES_SERVICE, "PH/seal/1", firstJwk, endorsed).statusCode(200);

        // Nobody replaces a published version, not even its own country: keys are only ever added.
        String otherFirst = new OctetKeyPairGenerator(Curve.X25519).keyID("PH/seal/1").generate().toPublicJWK().toJSONString();
        publish(PHILIPPINES_SERVICE, "PH/seal/1", otherFirst,
                keys.sign(Signer.country(Countries.PH), otherFirst.getBytes(StandardCharsets.UTF_8))).statusCode(400)
                .body("errors[0].field", equalTo("keyId"));
        publish(PHILIPPINES_SERVICE, "PH/seal/2", secondJwk, secondEndorsed).statusCode(201);

        given().auth().oauth2(THAILAND_SERVICE).get("/directory/sealing-keys/PH").then().statusCode(200)
                .body("keyId", equalTo("PH/seal/2")).body("publicJwk", equalTo(secondJwk));
        given().auth().oauth2(Tokens.OPERATOR).get("/directory/sealing-keys").then().statusCode(200)
                .body("keyId", hasItem("PH/seal/1")).body("keyId", hasItem("PH/seal/2"));
    }

    private static io.restassured.response.ValidatableResponse publish(String token, String keyId, String publicJwk,
            String endorsement) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("keyId", keyId, "publicJwk", publicJwk, "endorsement", endorsement))
                .post("/directory/sealing-keys").then();
    }
}
