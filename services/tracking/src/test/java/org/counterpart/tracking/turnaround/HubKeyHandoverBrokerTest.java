package org.counterpart.tracking.turnaround;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.counterpart.events.Country;
import org.counterpart.events.Envelope;
import org.counterpart.events.KafkaWire;
import org.counterpart.events.Milestone;
import org.counterpart.events.Sources;
import org.counterpart.events.StatusChanged;
import org.counterpart.events.Topics;
import org.counterpart.events.signature.EventSignature;
import org.counterpart.events.signature.KeyId;
import org.counterpart.events.signature.Signer;
import org.counterpart.network.KafkaProbe;
import org.counterpart.network.TestInfrastructure;
import org.counterpart.network.TestTokens;
import org.counterpart.platform.inbox.DeadLetters;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Tracking reaches no directory: when the hub rotates, the regional operator hands tracking the hub's
 * new key, and facts signed with it count from then on; a country's key never signs lifecycle facts.
 */
@QuarkusTest
class HubKeyHandoverBrokerTest {

    private static final String OPERATOR = TestTokens.token("operator-region", "REGION", "operator");
    private static final Duration BOUND = Duration.ofSeconds(30);

    @ConfigProperty(name = TestInfrastructure.EXCHANGE_SECRETS)
    String exchange;

    @Test
    void theHubsNextKeyIsHandedOverByTheRegionalOperator() throws Exception {
        KeyId next = new KeyId(Signer.HUB, 2);
        OctetKeyPair key = new OctetKeyPairGenerator(Curve.Ed25519).keyID(next.value()).generate();
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        Envelope before = fact("TL", "MM");
        kafka.send(signed(before, next, key));
        String reason = new String(kafka.await(Topics.DEADLETTER, r -> new String(r.value(), StandardCharsets.UTF_8)
                        .contains(before.id()), BOUND).orElseThrow(() -> new AssertionError("not parked"))
                .headers().lastHeader(DeadLetters.REASON).value(), StandardCharsets.UTF_8);
        assertTrue(reason.contains("signed with key HUB/2, which this service does not know"), reason);

        given().auth().oauth2(TestTokens.token("operator-th", "TH", "operator")).contentType(ContentType.JSON)
                .body(Map.of("keyId", "HUB/2", "publicJwk", key.toPublicJWK().toJSONString()))
                .post("/operations/trusted-keys").then().statusCode(403);
        given().auth().oauth2(OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("keyId", "HUB/2", "publicJwk", key.toJSONString()))
                .post("/operations/trusted-keys").then().statusCode(400).body("errors[0].field", equalTo("publicJwk"));
        given().auth().oauth2(OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("keyId", "HUB/2", "publicJwk", key.toPublicJWK().toJSONString()))
                .post("/operations/trusted-keys").then().statusCode(201)
                .body("status", equalTo("TRUSTED")).body("thumbprint", equalTo(key.computeThumbprint().toString()));

        Envelope after = fact("TL", "MM");
        kafka.send(signed(after, next, key));
        await().atMost(BOUND).untilAsserted(() -> given().auth().oauth2(TestTokens.token("analyst-region", "REGION",
                        "analyst")).queryParam("requestingCountry", "TL").queryParam("requestedCountry", "MM")
                .get("/dashboards/time-to-acknowledge").then().statusCode(200).body("[0].transmitted", equalTo(1)));

        Envelope fromACountry = fact("TL", "MM");
        kafka.sendAs(Signer.country(Country.of("TL")), KafkaWire.toRecord(Topics.LIFECYCLE, fromACountry));
        String refusal = new String(kafka.await(Topics.DEADLETTER, r -> new String(r.value(), StandardCharsets.UTF_8)
                        .contains(fromACountry.id()), BOUND).orElseThrow(() -> new AssertionError("not parked"))
                .headers().lastHeader(DeadLetters.REASON).value(), StandardCharsets.UTF_8);
        assertTrue(refusal.contains("lifecycle facts come from the hub, not from TL"), refusal);
    }

    private static ProducerRecord<String, byte[]> signed(Envelope envelope, KeyId id, OctetKeyPair key) throws Exception {
        ProducerRecord<String, byte[]> record = KafkaWire.toRecord(Topics.LIFECYCLE, envelope);
        record.headers().add(EventSignature.HEADER,
                EventSignature.sign(record.value(), id, key).getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static Envelope fact(String from, String to) {
        return Envelope.create(Sources.HUB, Country.of(from), UUID.randomUUID(), new StatusChanged(UUID.randomUUID(), Country.of(from), Country.of(to),
                Milestone.TRANSMITTED, Instant.parse("2026-11-03T00:00:00Z")));
    }
}
