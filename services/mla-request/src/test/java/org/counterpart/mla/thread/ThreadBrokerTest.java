package org.counterpart.mla.thread;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.counterpart.events.Envelope;
import org.counterpart.events.EventType;
import org.counterpart.events.KafkaWire;
import org.counterpart.events.MessageContent;
import org.counterpart.events.MessageKind;
import org.counterpart.events.MessagePosted;
import org.counterpart.events.MessageRead;
import org.counterpart.events.Topics;
import org.counterpart.events.TransportReceipt;
import org.counterpart.mla.Drafts;
import org.counterpart.mla.Malaysia;
import org.counterpart.mla.Seals;
import org.counterpart.network.Countries;
import org.counterpart.network.KafkaProbe;
import org.counterpart.network.TestInfrastructure;
import org.counterpart.platform.outbox.OutboxMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The correspondence thread of a request, on both sides, through the real broker and database. */
@QuarkusTest
class ThreadBrokerTest {

    @ConfigProperty(name = TestInfrastructure.EXCHANGE_SECRETS)
    String exchange;

    @Test
    void requesterAsksAboutProgressAndTheEnquiryTravelsToTheCounterpart() {
        String id = Drafts.transmittedRequest();
        String enquiryId = post(Drafts.TH_PROSECUTOR, id, Map.of("kind", "STATUS_ENQUIRY",
                "body", "The trial opens on 15 January. Where does the request stand?"))
                .statusCode(201)
                .body("direction", equalTo("SENT"))
                .body("authorRole", equalTo("prosecutor"))
                .body("answered", equalTo(false))
                .extract().path("id");

        MessagePosted sent = awaitOutbound(UUID.fromString(id), EventType.MESSAGE_POSTED).dataAs(MessagePosted.class);
        assertEquals(MessageKind.STATUS_ENQUIRY, sent.kind());
        assertEquals(enquiryId, sent.messageId().toString());
        assertEquals(Countries.MY, sent.requestedCountry());
        given().auth().oauth2(Drafts.TH_PROSECUTOR).get("/requests/{id}/messages", id).then().statusCode(200)
                .body("", hasSize(1)).body("[0].body", equalTo("The trial opens on 15 January. Where does the request stand?"));
    }

    @Test
    void requestedSideAnswersAnEnquiryAndReadsItWithOneReadReceipt() {
        UUID id = Malaysia.incomingRequest(exchange);
        UUID enquiry = UUID.randomUUID();
        Malaysia.send(exchange, Malaysia.posted(exchange, id, enquiry, MessageKind.STATUS_ENQUIRY, null,
                "Has the request been assigned?", null, List.of()));
        await().atMost(Malaysia.BOUND).untilAsserted(() -> given().auth().oauth2(Drafts.TH_AUTHORITY)
                .get("/requests/{id}/messages/{m}", id, enquiry).then().statusCode(200)
                .body("direction", equalTo("RECEIVED")).body("readAt", nullValue()).body("answered", equalTo(false)));

        given().auth().oauth2(Drafts.TH_AUTHORITY).post("/requests/{id}/messages/{m}/read", id, enquiry).then()
                .statusCode(200).body("readBy", equalTo("authority-th")).body("readAt", notNullValue());
        given().auth().oauth2(Drafts.TH_AUTHORITY).post("/requests/{id}/messages/{m}/read", id, enquiry).then()
                .statusCode(200);
        post(Drafts.TH_AUTHORITY, id.toString(), Map.of("kind", "ENQUIRY_ANSWER", "inReplyTo", enquiry.toString(),
                "body", "Assigned to the Chiang Mai provincial prosecutor.")).statusCode(201);

        given().auth().oauth2(Drafts.TH_AUTHORITY).get("/requests/{id}/messages/{m}", id, enquiry).then()
                .body("answered", equalTo(true));
        MessageRead read = awaitOutbound(id, EventType.MESSAGE_READ).dataAs(MessageRead.class);
        assertEquals(enquiry, read.messageId());
        assertEquals(1L, outboxCount(id, "org.counterpart.correspondence.message-read"), "one read receipt, not two");
    }

    @Test
    void counterpartsReadReceiptMarksTheSentMessageRead() {
        String id = Drafts.transmittedRequest();
        UUID requestId = UUID.fromString(id);
        String messageId = post(Drafts.TH_AUTHORITY, id, Map.of("body", "Translation follows next week."))
                .statusCode(201).extract().path("id");
        Instant readAt = now();
        Malaysia.send(exchange, new MessageRead(requestId, UUID.fromString(messageId), Countries.TH, Countries.MY,
                "authority-my", readAt));

        await().atMost(Malaysia.BOUND).untilAsserted(() -> given().auth().oauth2(Drafts.TH_AUTHORITY)
                .get("/requests/{id}/messages/{m}", id, messageId).then()
                .body("readBy", equalTo("authority-my")).body("readAt", equalTo(readAt.toString())));
    }

    @Test
    void invalidMessagesAreRefusedWithTheFieldAndChangeNothing() {
        String draft = Drafts.createDraft();
        post(Drafts.TH_PROSECUTOR, draft, Map.of("body", "Anyone there?")).statusCode(409)
                .contentType("application/problem+json").body("currentStatus", equalTo("DRAFT"));

        UUID incoming = Malaysia.incomingRequest(exchange);
        post(Drafts.TH_AUTHORITY, incoming.toString(), Map.of("kind", "STATUS_ENQUIRY", "body", "?")).statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        post(Drafts.TH_AUTHORITY, incoming.toString(), Map.of("kind", "ENQUIRY_ANSWER", "body", "Done.")).statusCode(400)
                .body("errors[0].field", equalTo("inReplyTo"));
        post(Drafts.TH_AUTHORITY, incoming.toString(), Map.of("body", "")).statusCode(400)
                .body("errors[0].field", equalTo("body"));
        Map<String, Object> unknownKind = new HashMap<>(Map.of("kind", "GOSSIP", "body", "Hello"));
        post(Drafts.TH_AUTHORITY, incoming.toString(), unknownKind).statusCode(400);

        given().auth().oauth2(Drafts.TH_AUTHORITY).get("/requests/{id}/messages", incoming).then().body("", hasSize(0));
        given().auth().oauth2(Drafts.TH_PROSECUTOR).get("/requests/{id}/messages", incoming).then().statusCode(404);
        given().auth().oauth2(Drafts.MY_AUTHORITY).get("/requests/{id}/messages", incoming).then().statusCode(404);
    }

    @Test
    void messageFromACountryOutsideTheRequestIsRefusedAndTheSenderToldWhy() {
        UUID id = Malaysia.incomingRequest(exchange);
        Envelope intruder = Envelope.create(java.net.URI.create("/counterpart/mla-request/PH"), Countries.PH, UUID.randomUUID(),
                new MessagePosted(id, UUID.randomUUID(), Countries.MY, Countries.TH, MessageKind.MESSAGE, null, "prosecutor", null, now(),
                        Seals.forThailand(exchange, "PH", id, new MessageContent("someone", "Let me in.", List.of()))));
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), intruder));

        TransportReceipt refusal = KafkaWire.fromRecord(kafka.await(Topics.outbound(Countries.TH),
                r -> new String(r.value(), StandardCharsets.UTF_8).contains(intruder.id()), Malaysia.BOUND)
                .orElseThrow(() -> new AssertionError("no non-retrieval receipt for the intruder"))).dataAs(TransportReceipt.class);
        assertEquals(TransportReceipt.Evidence.NON_RETRIEVAL, refusal.evidence());
        org.hamcrest.MatcherAssert.assertThat(refusal.reason(), org.hamcrest.Matchers.containsString("shared with PH"));
        given().auth().oauth2(Drafts.TH_AUTHORITY).get("/requests/{id}/messages", id).then().body("", hasSize(0));
    }

    private static ValidatableResponse post(String token, String requestId, Map<String, ?> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/requests/{id}/messages", requestId).then();
    }

    private Envelope awaitOutbound(UUID requestId, EventType type) {
        return KafkaProbe.admin(exchange).await(Topics.outbound(Countries.TH),
                        r -> requestId.toString().equals(r.key()) && KafkaWire.fromRecord(r).type() == type, Malaysia.BOUND)
                .map(KafkaWire::fromRecord)
                .orElseThrow(() -> new AssertionError(type + " about " + requestId + " never published"));
    }

    private static long outboxCount(UUID requestId, String ceType) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count(
                "messageKey = ?1 and payload like ?2", requestId.toString(), "%\"type\":\"" + ceType + "\"%"));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
