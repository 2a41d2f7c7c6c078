package org.counterpart.mla.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.counterpart.events.Envelope;
import org.counterpart.events.EventType;
import org.counterpart.events.KafkaWire;
import org.counterpart.events.RequestParticulars;
import org.counterpart.events.RequestTransmitted;
import org.counterpart.mla.Drafts;
import org.counterpart.mla.Malaysia;
import org.counterpart.network.Countries;
import org.counterpart.network.KafkaProbe;
import org.counterpart.network.TestInfrastructure;
import org.counterpart.platform.outbox.OutboxMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Transmitting commits the state change and the event together; the relay delivers it to the real broker. */
@QuarkusTest
class TransmissionBrokerTest {

    @ConfigProperty(name = TestInfrastructure.EXCHANGE_SECRETS)
    String exchange;

    @Test
    void transmittedRequestIsPublishedToTheCountrysOutboundTopic() {
        String id = Drafts.transmittedRequest();

        ConsumerRecord<String, byte[]> record = KafkaProbe.admin(exchange)
                .await("counterpart.outbound.TH", r -> id.equals(r.key()), Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("request " + id + " never reached counterpart.outbound.TH"));
        Envelope envelope = KafkaWire.fromRecord(record);

        assertEquals(EventType.REQUEST_TRANSMITTED, envelope.type());
        assertEquals(Countries.TH, envelope.sourceCountry());
        RequestTransmitted transmitted = envelope.dataAs(RequestTransmitted.class);
        assertEquals(Countries.MY, transmitted.requestedCountry());
        assertEquals("Trafficking in persons",
                Malaysia.opened(exchange, transmitted.particulars(), RequestParticulars.class, transmitted.requestId()).offence());
        assertNotNull(publishedAt(envelope.id()), "outbox row must be marked published once the broker acknowledged");
    }

    @Test
    void submittingPublishesNothing() {
        String id = Drafts.readyDraft();
        io.restassured.RestAssured.given().auth().oauth2(Drafts.TH_PROSECUTOR).post("/requests/{id}/submit", id)
                .then().statusCode(200);
        long rows = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("messageKey", id));
        assertEquals(0, rows);
    }

    private static java.time.Instant publishedAt(String eventId) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(
                () -> QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>find("eventId", eventId)
                        .firstResult().publishedAt),
                java.util.Objects::nonNull);
    }
}
