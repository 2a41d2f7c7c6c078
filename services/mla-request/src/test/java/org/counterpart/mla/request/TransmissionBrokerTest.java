package org.counterpart.mla.request;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
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
    void aTopicTheBrokerRefusesIsHeldBackAndReportedWithoutHoldingUpTheRest() {
        // A row for a topic this service may not write (as after a misconfiguration): the broker refuses it.
        String refusedKey = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxMessage refused = new OutboxMessage();
            refused.eventId = UUID.randomUUID().toString();
            refused.topic = "counterpart.outbound.ZZ";
            refused.messageKey = refusedKey;
            refused.payload = "{}";
            refused.signature = "unsigned";
            refused.createdAt = Instant.now();
            refused.persist();
        });
        try {
            String id = Drafts.transmittedRequest();
            KafkaProbe.admin(exchange).await("counterpart.outbound.TH", r -> id.equals(r.key()), Duration.ofSeconds(30))
                    .orElseThrow(() -> new AssertionError("a refused topic held up request " + id));
            given().get("/q/health/ready").then().statusCode(200)
                    .body("checks.find { it.name == 'workers-moving' }.data['topic counterpart.outbound.ZZ']",
                            containsString("held back since"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> OutboxMessage.delete("messageKey", refusedKey));
        }
    }

    @Test
    void submittingPublishesNothing() {
        String id = Drafts.readyDraft();
        io.restassured.RestAssured.given().auth().oauth2(Drafts.TH_PROSECUTOR).post("/requests/{id}/submit", id)
                .then().statusCode(200);
        long rows = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("messageKey", id));
        assertEquals(0, rows);
    }

    @Test
    void aRequestTooLargeToTravelIsRefusedAtTransmissionAndStaysSubmitted() {
        Map<String, Object> content = new HashMap<>(Drafts.completeContent());
        String longLocation = "Block 7, compound by the river; ".repeat(15);
        List<Object> persons = new ArrayList<>((List<?>) content.get("persons"));
        IntStream.range(0, 2_500).mapToObj(i -> Map.of("role", "VICTIM", "name", "Victim " + i, "nationality", "TH",
                "location", longLocation)).forEach(persons::add);
        content.put("persons", persons);
        Map<String, Object> draft = new HashMap<>(Drafts.validDraft());
        draft.put("content", content);
        String id = Drafts.readyDraft(draft);
        given().auth().oauth2(Drafts.TH_PROSECUTOR).post("/requests/{id}/submit", id).then().statusCode(200);

        given().auth().oauth2(Drafts.TH_AUTHORITY).post("/requests/{id}/transmit", id).then().statusCode(413)
                .contentType("application/problem+json").body("errors[0].field", equalTo("content"))
                .body("limitBytes", equalTo(1_000_000));
        given().auth().oauth2(Drafts.TH_AUTHORITY).get("/requests/{id}", id).then().body("status", equalTo("SUBMITTED"));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("messageKey", id)));
    }

    private static java.time.Instant publishedAt(String eventId) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(
                () -> QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>find("eventId", eventId)
                        .firstResult().publishedAt),
                java.util.Objects::nonNull);
    }
}
