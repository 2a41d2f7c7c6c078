package org.counterpart.routing.relay;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Envelope;
import org.counterpart.events.KafkaWire;
import org.counterpart.events.Topics;
import org.counterpart.events.signature.EventSignature;
import org.counterpart.events.signature.Signer;
import org.counterpart.network.Countries;
import org.counterpart.network.KafkaProbe;
import org.counterpart.network.TestInfrastructure;
import org.counterpart.platform.inbox.DeadLetters;
import org.counterpart.routing.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The hub attacked through Thailand's outbound topic: no forgery is routed, each is parked once; the
 * genuine request behind them is delivered with Thailand's own signature over Thailand's own bytes.
 */
@QuarkusTest
class ForgedMessagesBrokerTest {

    @ConfigProperty(name = TestInfrastructure.EXCHANGE_SECRETS)
    String exchange;

    @Test
    void onlyWhatThailandSignedIsRoutedAndItArrivesAsThailandSignedIt() {
        Envelope genuine = RelayTestMessages.transmitted("TH", "MY", AssistanceType.TAKING_EVIDENCE);
        Envelope unsigned = RelayTestMessages.transmitted("TH", "MY", AssistanceType.TAKING_EVIDENCE, genuine.requestId());
        Envelope byMalaysia = RelayTestMessages.transmitted("TH", "MY", AssistanceType.TAKING_EVIDENCE, genuine.requestId());
        Envelope byTheHub = RelayTestMessages.transmitted("TH", "MY", AssistanceType.TAKING_EVIDENCE, genuine.requestId());
        KafkaProbe kafka = KafkaProbe.admin(exchange);

        kafka.send(KafkaWire.toRecord(Topics.outbound(Countries.TH), unsigned));
        kafka.sendAs(Signer.country(Countries.MY), KafkaWire.toRecord(Topics.outbound(Countries.TH), byMalaysia));
        kafka.sendAs(Signer.HUB, KafkaWire.toRecord(Topics.outbound(Countries.TH), byTheHub));
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.TH), genuine));

        ConsumerRecord<String, byte[]> delivered = kafka.await(Topics.inbound(Countries.MY),
                r -> genuine.requestId().toString().equals(r.key()), RelayTestMessages.BOUND)
                .orElseThrow(() -> new AssertionError("the genuine request was not delivered"));
        assertEquals(genuine.id(), KafkaWire.fromRecord(delivered).id());
        List<ConsumerRecord<String, byte[]>> sent = kafka.readToEnd(Topics.outbound(Countries.TH),
                r -> contains(r, genuine.id()));
        assertArrayEquals(sent.get(0).value(), delivered.value(), "the hub passes Thailand's bytes on unchanged");
        assertEquals(KafkaWire.signatureOf(sent.get(0)), KafkaWire.signatureOf(delivered));
        assertEquals(Signer.country(Countries.TH), EventSignature.keyOf(KafkaWire.signatureOf(delivered)).signer());

        Map<String, String> reasons = Map.of(
                unsigned.id(), "the message is not signed",
                byMalaysia.id(), "is signed by MY, not by TH",
                byTheHub.id(), "is signed by HUB, not by TH");
        for (Map.Entry<String, String> forgery : reasons.entrySet()) {
            List<ConsumerRecord<String, byte[]>> letters = kafka.readToEnd(Topics.DEADLETTER, r -> contains(r, forgery.getKey()));
            assertEquals(1, letters.size(), forgery.getValue());
            String reason = new String(letters.get(0).headers().lastHeader(DeadLetters.REASON).value(), StandardCharsets.UTF_8);
            assertTrue(reason.contains(forgery.getValue()), reason);
        }
        assertTrue(kafka.readToEnd(Topics.inbound(Countries.MY), r -> reasons.keySet().stream().anyMatch(id -> contains(r, id)))
                .isEmpty(), "no forgery reached Malaysia");
        given().auth().oauth2(Tokens.TH_AUTHORITY).get("/routing/records/{id}", genuine.requestId())
                .then().statusCode(200);
    }

    private static boolean contains(ConsumerRecord<String, byte[]> record, String text) {
        return new String(record.value(), StandardCharsets.UTF_8).contains(text);
    }
}
