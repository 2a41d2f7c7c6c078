package org.counterpart.routing.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.counterpart.events.Envelope;
import org.counterpart.events.KafkaWire;
import org.counterpart.events.RequestAcknowledged;
import org.counterpart.events.Topics;
import org.counterpart.events.signature.EventSignature;
import org.counterpart.events.signature.KeyId;
import org.counterpart.events.signature.Signer;
import org.counterpart.network.Countries;
import org.counterpart.network.KafkaProbe;
import org.counterpart.network.TestInfrastructure;
import org.counterpart.network.TestTokens;
import org.counterpart.network.exchange.ServiceKeys;
import org.counterpart.routing.Tokens;
import org.counterpart.routing.relay.RelayTestMessages;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The directory's key list: a country publishes its next key, endorsed by its current one, and only its own. */
@QuarkusTest
class DirectoryKeysTest {

    private static final String MALAYSIA_SERVICE = TestTokens.token("service-account-mla-request-my", "MY",
            "counterpart-service");
    private static final String THAILAND_SERVICE = TestTokens.token("service-account-mla-request-th", "TH",
            "counterpart-service");

    @ConfigProperty(name = TestInfrastructure.EXCHANGE_SECRETS)
    String exchange;

    @Test
    void malaysiaPublishesItsNextKeyAndTheHubAcceptsWhatItSigns() throws Exception {
        given().auth().oauth2(MALAYSIA_SERVICE).get("/directory/keys").then().statusCode(200)
                .body("keyId", hasItem("MY/1")).body("keyId", hasItem("HUB/1"));
        OctetKeyPair next = new OctetKeyPairGenerator(Curve.Ed25519).keyID("MY/2").generate();
        String publicJwk = next.toPublicJWK().toJSONString();
        ServiceKeys keys = ServiceKeys.in(Path.of(exchange).resolve("signing"));
        String endorsement = keys.sign(Signer.country(Countries.MY), publicJwk.getBytes(StandardCharsets.UTF_8));

        publish(THAILAND_SERVICE, "MY/2", publicJwk, endorsement).statusCode(403);
        publish(MALAYSIA_SERVICE, "MY/3", publicJwk, endorsement).statusCode(400)
                .body("errors[0].field", equalTo("keyId"));
        publish(MALAYSIA_SERVICE, "MY/2", publicJwk, keys.sign(Signer.country(Countries.TH), publicJwk.getBytes(StandardCharsets.UTF_8)))
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("endorsement"));
        publish(MALAYSIA_SERVICE, "MY/2", next.toJSONString(), endorsement).statusCode(400)
                .body("errors[0].field", equalTo("publicJwk"));
        publish(MALAYSIA_SERVICE, "MY/2", publicJwk, endorsement).statusCode(201)
                .body("keyId", equalTo("MY/2")).body("publishedBy", equalTo("service-account-mla-request-my"));
        given().auth().oauth2(Tokens.OPERATOR).get("/directory/keys/MY/2").then().statusCode(200)
                .body("endorsement", equalTo(endorsement));

        // Malaysia signs with the new key; the hub learns it from its directory and trusts the endorsement.
        Envelope early = Envelope.create(URI.create("/counterpart/mla-request/MY"), Countries.MY, UUID.randomUUID(),
                new RequestAcknowledged(UUID.randomUUID(), Countries.TH, Countries.MY, "AGC-2", Instant.now()));
        ProducerRecord<String, byte[]> record = KafkaWire.toRecord(Topics.outbound(Countries.MY), early);
        record.headers().add(EventSignature.HEADER, EventSignature.sign(record.value(), new KeyId(Signer.country(Countries.MY), 2),
                next).getBytes(StandardCharsets.UTF_8));
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.send(record);
        // Verified, then refused for what it says (never delivered), not for who signed it.
        String reason = new String(kafka.await(Topics.DEADLETTER, r -> new String(r.value(), StandardCharsets.UTF_8)
                        .contains(early.id()), RelayTestMessages.BOUND)
                .orElseThrow(() -> new AssertionError("not processed")).headers()
                .lastHeader("counterpart-deadletter-reason").value(), StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(reason.contains("never delivered by the hub"), reason);
    }

    private static io.restassured.response.ValidatableResponse publish(String token, String keyId, String publicJwk,
            String endorsement) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("keyId", keyId, "publicJwk", publicJwk, "endorsement", endorsement))
                .post("/directory/keys").then();
    }
}
