package org.counterpart.mla.inbound;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Country;
import org.counterpart.events.Envelope;
import org.counterpart.events.KafkaWire;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.RequestParticulars;
import org.counterpart.events.RequestTransmitted;
import org.counterpart.events.RequestUnroutable;
import org.counterpart.events.Sources;
import org.counterpart.events.Topics;
import org.counterpart.events.Urgency;
import org.counterpart.events.signature.EventSignature;
import org.counterpart.events.signature.KeyId;
import org.counterpart.events.signature.Signer;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.mla.Drafts;
import org.counterpart.mla.Seals;
import org.counterpart.network.Countries;
import org.counterpart.network.KafkaProbe;
import org.counterpart.network.TestInfrastructure;
import org.counterpart.network.TestTokens;
import org.counterpart.platform.inbox.DeadLetters;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Thailand's inbox attacked by whoever can write it: every forgery is parked once with its reason and
 * changes nothing; the genuine request behind them is stored as Malaysia wrote it.
 */
@QuarkusTest
class ForgedEventsBrokerTest {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final String OPERATOR_TH = TestTokens.token("operator-th", "TH", "operator");
    private static final String OPERATOR_MY = TestTokens.token("operator-my", "MY", "operator");

    @ConfigProperty(name = TestInfrastructure.EXCHANGE_SECRETS)
    String exchange;

    @Test
    void noForgeryIsAppliedAndEachIsParkedOnceWithItsReason() throws Exception {
        UUID requestId = UUID.randomUUID();
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        Map<String, String> expectedReasons = new LinkedHashMap<>();

        Envelope unsigned = fromMalaysia(exchange, requestId, "FORGED: unsigned");
        kafka.send(KafkaWire.toRecord(Topics.inbound(Countries.TH), unsigned));
        expectedReasons.put(unsigned.id(), "the message is not signed");

        Envelope wrongCountry = fromMalaysia(exchange, requestId, "FORGED: Philippine key");
        kafka.sendAs(Signer.country(Countries.PH), KafkaWire.toRecord(Topics.inbound(Countries.TH), wrongCountry));
        expectedReasons.put(wrongCountry.id(), "message from MY is signed by PH");

        Envelope unknownKey = fromMalaysia(exchange, requestId, "FORGED: key nobody published");
        send(kafka, unknownKey, new KeyId(Signer.country(Countries.MY), 7));
        expectedReasons.put(unknownKey.id(), "signed with key MY/7, which this service does not know");

        Envelope outsider = Envelope.create(Sources.country(Countries.AU), Countries.AU, UUID.randomUUID(), transmitted(exchange, requestId, "AU",
                "FORGED: outside the network"));
        send(kafka, outsider, new KeyId(Signer.country(Countries.AU), 1));
        expectedReasons.put(outsider.id(), "signed with key AU/1, which this service does not know");

        Envelope hubOnly = Envelope.create(Sources.country(Countries.MY), Countries.MY, UUID.randomUUID(), new RequestUnroutable(requestId,
                Countries.TH, Countries.MY, AssistanceType.TAKING_EVIDENCE, "FORGED", Instant.now().truncatedTo(ChronoUnit.MICROS)));
        kafka.sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), hubOnly));
        expectedReasons.put(hubOnly.id(), "org.counterpart.request.unroutable is the hub's to send");

        Envelope genuine = fromMalaysia(exchange, requestId, "Witnesses in Chiang Mai.");
        kafka.sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), genuine));

        // Same key, same partition: once the genuine request is stored, every forgery before it was consumed.
        await().atMost(BOUND).untilAsserted(() -> given().auth().oauth2(Drafts.TH_AUTHORITY)
                .get("/requests/{id}", requestId).then().statusCode(200)
                .body("summaryOfFacts", equalTo("Witnesses in Chiang Mai.")));
        for (Map.Entry<String, String> forgery : expectedReasons.entrySet()) {
            List<ConsumerRecord<String, byte[]>> letters = kafka.readToEnd(Topics.DEADLETTER, r -> contains(r, forgery.getKey()));
            assertEquals(1, letters.size(), "letters for " + forgery.getValue());
            String reason = header(letters.get(0), DeadLetters.REASON);
            assertTrue(reason.contains(forgery.getValue()), reason);
            assertEquals("mla-request-TH", header(letters.get(0), DeadLetters.CONSUMER));
        }
        // Nobody is told about what nobody provably sent: no receipt answers a refused forgery.
        assertTrue(kafka.readToEnd(Topics.outbound(Countries.TH), r -> expectedReasons.keySet().stream().anyMatch(id -> contains(r, id)))
                .isEmpty());
    }

    @Test
    void aRevokedKeySignsNothingAnyMore() {
        // Accepted first, so the service has this key in use (and in its memory) when it is revoked.
        UUID before = UUID.randomUUID();
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), Envelope.create(Sources.country(Countries.BN), Countries.BN,
                UUID.randomUUID(), transmitted(exchange, before, "BN", "Signed while the key was good")).deliveredTo("TH-CA-OAG")));
        await().atMost(BOUND).untilAsserted(() -> given().auth().oauth2(Drafts.TH_AUTHORITY)
                .get("/requests/{id}", before).then().statusCode(200));

        given().auth().oauth2(OPERATOR_MY).post("/operations/trusted-keys/BN/1/revoke").then().statusCode(403);
        given().auth().oauth2(OPERATOR_TH).post("/operations/trusted-keys/TH/1/revoke").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("signer"));
        given().auth().oauth2(OPERATOR_TH).post("/operations/trusted-keys/BN/1/revoke").then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("changedBy", equalTo("operator-th"));
        given().auth().oauth2(OPERATOR_TH).get("/operations/trusted-keys").then().statusCode(200)
                .body("findAll { it.keyId == 'BN/1' }.status", hasItem("REVOKED"));

        UUID requestId = UUID.randomUUID();
        Envelope fromBrunei = Envelope.create(Sources.country(Countries.BN), Countries.BN, UUID.randomUUID(),
                transmitted(exchange, requestId, "BN", "Signed before the key leaked, or after"));
        kafka.sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), fromBrunei));

        ConsumerRecord<String, byte[]> letter = kafka.await(Topics.DEADLETTER, r -> contains(r, fromBrunei.id()), BOUND)
                .orElseThrow(() -> new AssertionError("a message signed with a revoked key was not parked"));
        assertTrue(header(letter, DeadLetters.REASON).contains("signed with key BN/1, which is revoked"));
        given().auth().oauth2(Drafts.TH_AUTHORITY).get("/requests/{id}", requestId).then().statusCode(404);
    }

    private static Envelope fromMalaysia(String exchange, UUID requestId, String summary) {
        return Envelope.create(Sources.country(Countries.MY), Countries.MY, UUID.randomUUID(), transmitted(exchange, requestId, "MY", summary))
                .deliveredTo("TH-CA-OAG");
    }

    private static RequestTransmitted transmitted(String exchange, UUID requestId, String from, String summary) {
        return new RequestTransmitted(requestId, from + "-2026-000099", Country.of(from), Countries.TH, CooperationKind.MLA,
                AssistanceType.TAKING_EVIDENCE,
                LegalBasis.ASEAN_MLAT, null, Urgency.ROUTINE, null, "en", null, null, null, null, null, Instant.now().truncatedTo(ChronoUnit.MILLIS),
                Seals.forThailand(exchange, from, requestId, new RequestParticulars("Trafficking in persons", summary, null)));
    }

    /** Signed with a key that claims {@code claimedKey} but was never published: what a thief of nothing can do. */
    private static void send(KafkaProbe kafka, Envelope envelope, KeyId claimedKey) throws Exception {
        ProducerRecord<String, byte[]> record = KafkaWire.toRecord(Topics.inbound(Countries.TH), envelope);
        OctetKeyPair key = new OctetKeyPairGenerator(Curve.Ed25519).keyID(claimedKey.value()).generate();
        record.headers().add(EventSignature.HEADER,
                EventSignature.sign(record.value(), claimedKey, key).getBytes(StandardCharsets.UTF_8));
        kafka.send(record);
    }

    private static boolean contains(ConsumerRecord<String, byte[]> record, String text) {
        return new String(record.value(), StandardCharsets.UTF_8).contains(text);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
