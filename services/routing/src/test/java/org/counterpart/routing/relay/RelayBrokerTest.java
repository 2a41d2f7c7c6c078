package org.counterpart.routing.relay;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Country;
import org.counterpart.events.Envelope;
import org.counterpart.events.EventCodec;
import org.counterpart.events.EventType;
import org.counterpart.events.KafkaWire;
import org.counterpart.events.Milestone;
import org.counterpart.events.RequestAcknowledged;
import org.counterpart.events.RequestActionTaken;
import org.counterpart.events.RequestUnroutable;
import org.counterpart.events.StatusChanged;
import org.counterpart.events.Topics;
import org.counterpart.events.signature.Signer;
import org.counterpart.events.workflow.RequestAction;
import org.counterpart.events.workflow.RequestStatus;
import org.counterpart.network.Countries;
import org.counterpart.network.KafkaProbe;
import org.counterpart.network.TestInfrastructure;
import org.counterpart.platform.inbox.DeadLetters;
import org.counterpart.platform.outbox.ContentDigest;
import org.counterpart.platform.outbox.OutboxMessage;
import org.counterpart.routing.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The hub between countries, on the real broker: route, relay back, refuse what does not add up. */
@QuarkusTest
class RelayBrokerTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @ConfigProperty(name = TestInfrastructure.EXCHANGE_SECRETS)
    String exchange;

    @Test
    void requestToMalaysiaReachesItsCentralAuthorityWithTheSameMessageId() {
        Envelope transmitted = RelayTestMessages.transmitted("TH", "MY", AssistanceType.TAKING_EVIDENCE);
        KafkaProbe kafka = KafkaProbe.admin(exchange);

        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.TH), transmitted));

        Envelope delivered = KafkaWire.fromRecord(awaitKeyed(kafka, Topics.inbound(Countries.MY), transmitted));
        assertEquals(transmitted.id(), delivered.id());
        assertEquals("MY-CA-AGC", delivered.contactPoint());
        assertEquals(transmitted.data(), delivered.data());
        assertEquals(List.of(Milestone.TRANSMITTED, Milestone.ROUTED), milestones(kafka, transmitted, 2));

        given().auth().oauth2(Tokens.TH_AUTHORITY).get("/routing/records/{id}", transmitted.requestId())
                .then().statusCode(200)
                .body("outcome", equalTo("ROUTED"))
                .body("contactPointId", equalTo("MY-CA-AGC"))
                .body("directoryVersion", org.hamcrest.Matchers.matchesPattern("v\\d+"))
                .body("decisionPath", hasSize(5))
                .body("decisionPath[4]", org.hamcrest.Matchers.startsWith("chosen: CENTRAL_AUTHORITY MY-CA-AGC"));
    }

    @Test
    void theHubKeepsWhatItRelayedButNotWhatItSaid() {
        Envelope transmitted = RelayTestMessages.transmitted("TH", "MY", AssistanceType.TAKING_EVIDENCE);
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.TH), transmitted));
        ConsumerRecord<String, byte[]> delivered = awaitKeyed(kafka, Topics.inbound(Countries.MY), transmitted);

        // Marked published (and purged) just after the broker's acknowledgement: wait for that commit.
        OutboxMessage kept = await().atMost(BOUND).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> OutboxMessage.<OutboxMessage>find("eventId = ?1 and topic = ?2", transmitted.id(),
                        Topics.inbound(Countries.MY)).firstResult()), row -> row != null && row.purgedAt != null);
        assertNull(kept.payload);
        assertNull(kept.signature);
        assertEquals(ContentDigest.of(delivered.value()), kept.contentDigest);
        assertEquals(transmitted.requestId().toString(), kept.messageKey);
        assertTrue(kept.publishedAt != null);
    }

    @Test
    void duplicateDeliveryIsRoutedOnce() {
        Envelope transmitted = RelayTestMessages.transmitted("TH", "VN", AssistanceType.SERVICE_OF_DOCUMENTS);
        KafkaProbe kafka = KafkaProbe.admin(exchange);

        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.TH), transmitted));
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.TH), transmitted));
        // A second, different transmission of the same request follows on the same partition and is refused;
        // once it is dead-lettered, both copies before it have been consumed.
        Envelope again = RelayTestMessages.transmitted("TH", "VN", AssistanceType.SERVICE_OF_DOCUMENTS, transmitted.requestId());
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.TH), again));
        awaitDeadLetter(kafka, again.id());

        long deliveries = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count(
                "topic = ?1 and messageKey = ?2", Topics.inbound(Countries.VN), transmitted.requestId().toString()));
        assertEquals(1, deliveries);
    }

    @Test
    void aTopicMissingOnTheBrokerIsHeldBackWithoutHoldingUpTheOtherCountries() {
        // A country the hub may write to (its grant covers every inbound topic) whose topic is not provisioned.
        String missingTopic = Topics.INBOUND_PREFIX + "ZZ";
        String waitingKey = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxMessage waiting = new OutboxMessage();
            waiting.eventId = UUID.randomUUID().toString();
            waiting.topic = missingTopic;
            waiting.messageKey = waitingKey;
            waiting.payload = "{}";
            waiting.signature = "unsigned";
            waiting.createdAt = Instant.now();
            waiting.persist();
        });
        try {
            Envelope transmitted = RelayTestMessages.transmitted("TH", "MY", AssistanceType.TAKING_EVIDENCE);
            KafkaProbe kafka = KafkaProbe.admin(exchange);
            kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.TH), transmitted));
            awaitKeyed(kafka, Topics.inbound(Countries.MY), transmitted);
            // Asked of the broker before sending, not found out by a send that waits for the topic to appear.
            given().get("/q/health/ready").then().statusCode(200)
                    .body("checks.find { it.name == 'workers-moving' }.data['topic " + missingTopic + "']",
                            containsString("UnknownTopicOrPartitionException: the broker has no topic " + missingTopic));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> OutboxMessage.delete("messageKey", waitingKey));
        }
    }

    @Test
    void requestNobodyCanTakeIsUnroutableAndTheRequesterIsTold() {
        Envelope transmitted = RelayTestMessages.transmitted("TH", "AU", AssistanceType.SEARCH_AND_SEIZURE);
        KafkaProbe kafka = KafkaProbe.admin(exchange);

        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.TH), transmitted));

        Envelope notice = KafkaWire.fromRecord(awaitKeyed(kafka, Topics.inbound(Countries.TH), transmitted));
        assertEquals(EventType.REQUEST_UNROUTABLE, notice.type());
        assertEquals("No active contact point in the directory for AU", notice.dataAs(RequestUnroutable.class).reason());
        assertEquals(List.of(Milestone.TRANSMITTED, Milestone.UNROUTABLE), milestones(kafka, transmitted, 2));
        given().auth().oauth2(Tokens.DIRECTORY_ADMIN).queryParam("outcome", "UNROUTABLE").get("/routing/records")
                .then().statusCode(200).body("requestId", hasItem(transmitted.requestId().toString()));
    }

    @Test
    void acknowledgementTravelsBackToTheRequester() {
        Envelope transmitted = RelayTestMessages.transmitted("TH", "MY", AssistanceType.TAKING_EVIDENCE);
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.TH), transmitted));
        awaitKeyed(kafka, Topics.inbound(Countries.MY), transmitted);

        Envelope acknowledged = Envelope.create(URI.create("/counterpart/mla-request/MY"), Countries.MY,
                transmitted.correlationId(), new RequestAcknowledged(transmitted.requestId(), Countries.TH, Countries.MY,
                        "AGC-MLA-2026/0456", Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.MY), acknowledged));

        Envelope relayed = KafkaWire.fromRecord(kafka.await(Topics.inbound(Countries.TH),
                r -> new String(r.value(), StandardCharsets.UTF_8).contains(acknowledged.id()), BOUND)
                .orElseThrow(() -> new AssertionError("acknowledgement never reached TH")));
        assertEquals("AGC-MLA-2026/0456", relayed.dataAs(RequestAcknowledged.class).counterpartReference());
        assertEquals("TH-CA-OAG", relayed.contactPoint());
        assertEquals(List.of(Milestone.TRANSMITTED, Milestone.ROUTED, Milestone.ACKNOWLEDGED),
                milestones(kafka, transmitted, 3));
    }

    /** TH's host runs two hours fast, MY's an hour slow: tracking still sees transmitted, routed, acknowledged in order. */
    @Test
    void countriesWhoseClocksAreWrongCannotMakeATurnaroundRunBackwards() {
        Instant now = Instant.now();
        Envelope transmitted = RelayTestMessages.transmitted("TH", "MY", AssistanceType.TAKING_EVIDENCE, UUID.randomUUID(),
                now.plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MILLIS));
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.TH), transmitted));
        awaitKeyed(kafka, Topics.inbound(Countries.MY), transmitted);
        Envelope acknowledged = Envelope.create(URI.create("/counterpart/mla-request/MY"), Countries.MY,
                transmitted.correlationId(), new RequestAcknowledged(transmitted.requestId(), Countries.TH, Countries.MY,
                        "AGC-MLA-2026/0457", now.minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS)));
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.MY), acknowledged));

        List<StatusChanged> facts = kafka.awaitAll(Topics.LIFECYCLE, r -> transmitted.requestId().toString().equals(r.key()),
                3, BOUND).stream().map(r -> EventCodec.deserialize(r.value()).dataAs(StatusChanged.class)).toList();
        assertEquals(List.of(Milestone.TRANSMITTED, Milestone.ROUTED, Milestone.ACKNOWLEDGED),
                facts.stream().map(StatusChanged::milestone).toList());
        Instant transmittedAt = facts.get(0).occurredAt();
        Instant routedAt = facts.get(1).occurredAt();
        Instant acknowledgedAt = facts.get(2).occurredAt();
        assertEquals(routedAt, transmittedAt, "a transmission stated after its routing counts at the routing");
        assertEquals(routedAt, acknowledgedAt, "an acknowledgement stated before the routing counts at the routing");
        assertTrue(acknowledgedAt.isBefore(Instant.now()), "no fact is counted in the future: " + acknowledgedAt);
    }

    @Test
    void laterActionsTravelToTheOtherPartyAndToTracking() {
        Envelope transmitted = RelayTestMessages.transmitted("TH", "MY", AssistanceType.TAKING_EVIDENCE);
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.TH), transmitted));
        awaitKeyed(kafka, Topics.inbound(Countries.MY), transmitted);

        Envelope refused = action(transmitted, "MY", RequestAction.REFUSE, RequestStatus.REFUSED);
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.MY), refused));
        Envelope toRequester = KafkaWire.fromRecord(kafka.await(Topics.inbound(Countries.TH),
                r -> new String(r.value(), StandardCharsets.UTF_8).contains(refused.id()), BOUND)
                .orElseThrow(() -> new AssertionError("refusal never reached TH")));
        assertEquals(RequestAction.REFUSE, toRequester.dataAs(RequestActionTaken.class).action());
        assertEquals("TH-CA-OAG", toRequester.contactPoint());

        Envelope withdrawn = action(transmitted, "TH", RequestAction.WITHDRAW, RequestStatus.WITHDRAWN);
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.TH), withdrawn));
        assertEquals("MY-CA-AGC", KafkaWire.fromRecord(kafka.await(Topics.inbound(Countries.MY),
                r -> new String(r.value(), StandardCharsets.UTF_8).contains(withdrawn.id()), BOUND)
                .orElseThrow(() -> new AssertionError("withdrawal never reached MY"))).contactPoint());
        assertEquals(List.of(Milestone.TRANSMITTED, Milestone.ROUTED, Milestone.REFUSED, Milestone.WITHDRAWN),
                milestones(kafka, transmitted, 4));

        Envelope outsider = action(transmitted, "PH", RequestAction.ACCEPT, RequestStatus.ACCEPTED);
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.PH), outsider));
        assertTrue(header(awaitDeadLetter(kafka, outsider.id())).contains("PH is not a party to request"));
    }

    private static Envelope action(Envelope about, String sender, RequestAction action, RequestStatus status) {
        return Envelope.create(URI.create("/counterpart/mla-request/" + sender), Country.of(sender), about.correlationId(),
                new RequestActionTaken(about.requestId(), Countries.TH, Countries.MY, action, status, null, null, null,
                        Instant.now().truncatedTo(ChronoUnit.MILLIS),
                        RelayTestMessages.note(sender, sender.equals("TH") ? "MY" : "TH", about.requestId(), "note")));
    }

    @Test
    void forwardToTheCompetentAuthorityReroutesAndRecordsTheMisroute() {
        given().auth().oauth2(Tokens.DIRECTORY_MY).contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("id", "MY-EXEC-JOHOR", "authority", "Johor State Prosecution", "role",
                        "EXECUTING_AUTHORITY", "languages", List.of("ms"), "channel", "counterpart", "owner", "MY",
                        "regions", List.of("MY-01")))
                .post("/directory/contact-points").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        Envelope transmitted = RelayTestMessages.transmitted("TH", "MY", AssistanceType.TAKING_EVIDENCE);
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.TH), transmitted));
        awaitKeyed(kafka, Topics.inbound(Countries.MY), transmitted);
        Envelope forward = Envelope.create(java.net.URI.create("/counterpart/mla-request/MY"), Countries.MY, transmitted.correlationId(),
                new RequestActionTaken(transmitted.requestId(), Countries.TH, Countries.MY, RequestAction.FORWARD, RequestStatus.FORWARDED, null, null,
                        "MY-EXEC-JOHOR", Instant.now().truncatedTo(ChronoUnit.MILLIS),
                        RelayTestMessages.note("MY", "TH", transmitted.requestId(), "Johor is competent.")));
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.MY), forward));
        kafka.await(Topics.inbound(Countries.TH), r -> new String(r.value(), StandardCharsets.UTF_8).contains(forward.id()), BOUND)
                .orElseThrow(() -> new AssertionError("the forward never reached TH"));

        given().auth().oauth2(Tokens.TH_AUTHORITY).get("/routing/records/{id}", transmitted.requestId()).then()
                .statusCode(200)
                .body("contactPointId", equalTo("MY-EXEC-JOHOR"))
                .body("misroutedFrom", equalTo("MY-CA-AGC"))
                .body("decisionPath[-1]", equalTo(
                        "forwarded by the counterpart from MY-CA-AGC to MY-EXEC-JOHOR"));
    }

    @Test
    void countryCannotSpeakForAnotherOrAcknowledgeWhatItNeverReceived() {
        Envelope spoofed = RelayTestMessages.transmitted("TH", "MY", AssistanceType.TAKING_EVIDENCE);
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        // PH writes on its own topic, signed with its own key, a request that claims to be Thailand's.
        kafka.sendAs(Signer.country(Countries.PH), KafkaWire.toRecord(Topics.outbound(Countries.PH), spoofed));
        ConsumerRecord<String, byte[]> letter = awaitDeadLetter(kafka, spoofed.id());
        assertTrue(header(letter).contains("claims to come from TH"), header(letter));

        Envelope routedToMy = RelayTestMessages.transmitted("TH", "MY", AssistanceType.TAKING_EVIDENCE);
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.TH), routedToMy));
        awaitKeyed(kafka, Topics.inbound(Countries.MY), routedToMy);
        Envelope impostor = Envelope.create(URI.create("/counterpart/mla-request/PH"), Countries.PH,
                routedToMy.correlationId(), new RequestAcknowledged(routedToMy.requestId(), Countries.TH, Countries.PH, "PH-1",
                        Instant.now()));
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.PH), impostor));
        assertTrue(header(awaitDeadLetter(kafka, impostor.id())).contains("is between TH and MY, not TH and PH"));
        given().auth().oauth2(Tokens.PH_AUTHORITY).get("/routing/records/{id}", routedToMy.requestId())
                .then().statusCode(404);
    }

    private List<Milestone> milestones(KafkaProbe kafka, Envelope about, int count) {
        return kafka.awaitAll(Topics.LIFECYCLE, r -> about.requestId().toString().equals(r.key()), count, BOUND)
                .stream()
                .map(r -> EventCodec.deserialize(r.value()).dataAs(StatusChanged.class).milestone())
                .toList();
    }

    private static ConsumerRecord<String, byte[]> awaitKeyed(KafkaProbe kafka, String topic, Envelope about) {
        return kafka.await(topic, r -> about.requestId().toString().equals(r.key()), BOUND)
                .orElseThrow(() -> new AssertionError("nothing about " + about.requestId() + " on " + topic));
    }

    private static ConsumerRecord<String, byte[]> awaitDeadLetter(KafkaProbe kafka, String eventId) {
        return kafka.await(Topics.DEADLETTER, r -> new String(r.value(), StandardCharsets.UTF_8).contains(eventId), BOUND)
                .orElseThrow(() -> new AssertionError("event " + eventId + " was not dead-lettered"));
    }

    private static String header(ConsumerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader(DeadLetters.REASON).value(), StandardCharsets.UTF_8);
    }
}
