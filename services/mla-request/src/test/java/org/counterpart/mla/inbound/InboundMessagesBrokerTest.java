package org.counterpart.mla.inbound;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Envelope;
import org.counterpart.events.KafkaWire;
import org.counterpart.events.RequestAcknowledged;
import org.counterpart.events.Topics;
import org.counterpart.mla.Drafts;
import org.counterpart.mla.Malaysia;
import org.counterpart.mla.request.MlaRequest;
import org.counterpart.mla.request.RequestHistoryEntry;
import org.counterpart.network.Countries;
import org.counterpart.network.KafkaProbe;
import org.counterpart.network.TestInfrastructure;
import org.counterpart.platform.inbox.DeadLetters;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** What routing delivers on counterpart.inbound.TH, through the real broker. */
@QuarkusTest
class InboundMessagesBrokerTest {

    private static final URI ROUTED_FROM_MY = URI.create("/counterpart/mla-request/MY");

    @ConfigProperty(name = TestInfrastructure.EXCHANGE_SECRETS)
    String exchange;

    @Test
    void incomingRequestIsStoredOnceEvenWhenDeliveredTwice() {
        UUID requestId = UUID.randomUUID();
        Envelope incoming = Envelope.create(ROUTED_FROM_MY, Countries.MY, UUID.randomUUID(), Malaysia.transmitted(exchange,
                requestId, "MY-AGC-2026-000007", AssistanceType.SEARCH_AND_SEIZURE, "Scam compound near the border."))
                .deliveredTo("TH-CA-OAG");
        KafkaProbe kafka = KafkaProbe.admin(exchange);

        kafka.sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), incoming));
        kafka.sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), incoming));
        // Same partition (same key), so once this marker is applied both copies before it have been consumed.
        Envelope marker = Envelope.create(ROUTED_FROM_MY, Countries.MY, UUID.randomUUID(),
                new RequestAcknowledged(requestId, Countries.MY, Countries.TH, "ignored", Instant.now()));
        kafka.sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), marker));
        awaitDeadLetterFor(kafka, marker.id());

        given().auth().oauth2(Drafts.TH_AUTHORITY).get("/requests/{id}", requestId)
                .then().statusCode(200)
                .body("direction", org.hamcrest.Matchers.equalTo("INCOMING"))
                .body("status", org.hamcrest.Matchers.equalTo("TRANSMITTED"))
                .body("requesterReference", org.hamcrest.Matchers.equalTo("MY-AGC-2026-000007"))
                .body("allowedActions", org.hamcrest.Matchers.contains("ACKNOWLEDGE"));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> RequestHistoryEntry.count("requestId", requestId)));
        // Incoming requests are for the central authority; a prosecutor does not see other countries' cases.
        given().auth().oauth2(Drafts.TH_PROSECUTOR).get("/requests/{id}", requestId).then().statusCode(404);
    }

    @Test
    void aRejectedRecordAmongOthersLeavesThemAppliedOnce() {
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        String id = Drafts.transmittedRequest();
        Envelope impostor = Envelope.create(URI.create("/counterpart/mla-request/PH"), Countries.PH, UUID.randomUUID(),
                new RequestAcknowledged(UUID.fromString(id), Countries.TH, Countries.PH, "PH-2", Instant.now()));
        UUID before = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        // Sent together, so they are likely polled together: applied in one transaction, which the
        // impostor fails; then each alone.
        kafka.sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), incoming(before, "MY-AGC-2026-000101")));
        kafka.sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), impostor));
        kafka.sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), incoming(after, "MY-AGC-2026-000102")));

        awaitDeadLetterFor(kafka, impostor.id());
        for (UUID stored : java.util.List.of(before, after)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew()
                    .call(() -> RequestHistoryEntry.count("requestId", stored)) == 1);
            given().auth().oauth2(Drafts.TH_AUTHORITY).get("/requests/{id}", stored).then().statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("TRANSMITTED"));
        }
        assertEquals("TRANSMITTED", status(id));
    }

    private Envelope incoming(UUID requestId, String reference) {
        return Envelope.create(ROUTED_FROM_MY, Countries.MY, UUID.randomUUID(), Malaysia.transmitted(exchange,
                requestId, reference, AssistanceType.SEARCH_AND_SEIZURE, "Scam compound near the border."))
                .deliveredTo("TH-CA-OAG");
    }

    @Test
    void acknowledgementFromTheRequestedCountryCompletesTheOutgoingRequest() {
        String id = Drafts.transmittedRequest();
        Envelope acknowledged = Envelope.create(ROUTED_FROM_MY, Countries.MY, UUID.randomUUID(),
                new RequestAcknowledged(UUID.fromString(id), Countries.TH, Countries.MY, "AGC-MLA-2026/0456", Instant.now()));

        KafkaProbe.admin(exchange).sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), acknowledged));

        await().atMost(Duration.ofSeconds(20)).until(() -> status(id).equals("ACKNOWLEDGED"));
        given().auth().oauth2(Drafts.TH_PROSECUTOR).get("/requests/{id}", id)
                .then().body("counterpartReference", org.hamcrest.Matchers.equalTo("AGC-MLA-2026/0456"));
    }

    @Test
    void acknowledgementByACountryTheRequestWasNotSentToIsDeadLettered() {
        String id = Drafts.transmittedRequest();
        Envelope impostor = Envelope.create(URI.create("/counterpart/mla-request/PH"), Countries.PH, UUID.randomUUID(),
                new RequestAcknowledged(UUID.fromString(id), Countries.TH, Countries.PH, "PH-1", Instant.now()));
        KafkaProbe kafka = KafkaProbe.admin(exchange);

        kafka.sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), impostor));

        ConsumerRecord<String, byte[]> letter = awaitDeadLetterFor(kafka, impostor.id());
        assertTrue(header(letter, DeadLetters.REASON).contains("is not held in TH as a request between TH and PH"), header(letter, DeadLetters.REASON));
        assertEquals("TRANSMITTED", status(id));
    }

    @Test
    void unroutableRequestShowsWhyUntilTheRegionalDeskPlacesIt() {
        String id = Drafts.transmittedRequest();
        UUID requestId = UUID.fromString(id);
        URI hub = URI.create("/counterpart/routing");
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), Envelope.create(hub, Countries.TH, UUID.randomUUID(),
                new org.counterpart.events.RequestUnroutable(requestId, Countries.TH, Countries.MY,
                        AssistanceType.TAKING_EVIDENCE, "No active contact point", Instant.now()))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Drafts.TH_PROSECUTOR)
                .get("/requests/{id}", id).then().body("routingProblem", org.hamcrest.Matchers.equalTo("No active contact point")));

        kafka.sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), Envelope.create(hub, Countries.TH, UUID.randomUUID(),
                new org.counterpart.events.RequestRouted(requestId, Countries.TH, Countries.MY, "MY-CA-AGC", "Attorney General's Chambers",
                        "Assigned by the desk", Instant.now()))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Drafts.TH_PROSECUTOR)
                .get("/requests/{id}", id).then().body("routingProblem", org.hamcrest.Matchers.nullValue()));
    }

    @Test
    void clockAlertsOfTheHubAreKeptWithTheRequestOnce() {
        String id = Drafts.transmittedRequest();
        UUID requestId = UUID.fromString(id);
        Envelope breach = Envelope.create(URI.create("/counterpart/routing"), Countries.TH, UUID.randomUUID(),
                new org.counterpart.events.ClockAlert(requestId, Countries.TH, Countries.MY, org.counterpart.events.ClockAlert.Clock.ACKNOWLEDGE,
                        org.counterpart.events.ClockAlert.Level.BREACH, Duration.ofDays(7), Instant.parse("2026-11-09T00:00:00Z"),
                        Instant.parse("2026-11-09T00:00:05Z")));
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), breach));
        kafka.sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), breach));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Drafts.TH_PROSECUTOR)
                .get("/requests/{id}", id).then()
                .body("clockAlerts", org.hamcrest.Matchers.hasSize(1))
                .body("clockAlerts[0].clock", org.hamcrest.Matchers.equalTo("ACKNOWLEDGE"))
                .body("clockAlerts[0].level", org.hamcrest.Matchers.equalTo("BREACH"))
                .body("clockAlerts[0].target", org.hamcrest.Matchers.equalTo("PT168H"))
                .body("clockAlerts[0].dueAt", org.hamcrest.Matchers.equalTo("2026-11-09T00:00:00Z")));
    }

    @Test
    void poisonRecordIsDeadLetteredAndTheConsumerCarriesOn() {
        String poisonKey = UUID.randomUUID().toString();
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.send(new ProducerRecord<>(Topics.inbound(Countries.TH), poisonKey, "not an event".getBytes(StandardCharsets.UTF_8)));

        ConsumerRecord<String, byte[]> letter = kafka.await(Topics.DEADLETTER, r -> poisonKey.equals(r.key()),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("poison record was not dead-lettered"));
        assertTrue(header(letter, DeadLetters.ORIGIN).startsWith("counterpart.inbound.TH/"));

        acknowledgementFromTheRequestedCountryCompletesTheOutgoingRequest();
    }

    private static ConsumerRecord<String, byte[]> awaitDeadLetterFor(KafkaProbe kafka, String eventId) {
        return kafka.await(Topics.DEADLETTER, r -> new String(r.value(), StandardCharsets.UTF_8).contains(eventId),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("event " + eventId + " not dead-lettered"));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static String status(String id) {
        return QuarkusTransaction.requiringNew().call(
                () -> MlaRequest.<MlaRequest>findById(UUID.fromString(id)).status.name());
    }
}
