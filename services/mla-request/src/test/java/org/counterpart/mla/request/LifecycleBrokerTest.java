package org.counterpart.mla.request;

import org.counterpart.events.workflow.RequestAction;
import org.counterpart.events.workflow.RequestStatus;
import org.counterpart.network.Countries;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.counterpart.events.ActionParticulars;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Envelope;
import org.counterpart.events.EventType;
import org.counterpart.events.KafkaWire;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.RefusalGround;
import org.counterpart.events.RequestActionTaken;
import org.counterpart.events.RequestRevision;
import org.counterpart.events.Topics;
import org.counterpart.events.Urgency;
import org.counterpart.mla.Drafts;
import org.counterpart.mla.Malaysia;
import org.counterpart.network.KafkaProbe;
import org.counterpart.network.TestInfrastructure;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cooperation workflow beyond acknowledgement, on both sides, through the real broker and database. */
@QuarkusTest
class LifecycleBrokerTest {

    private static final URI MY = URI.create("/counterpart/mla-request/MY");
    private static final Duration BOUND = Duration.ofSeconds(30);

    @ConfigProperty(name = TestInfrastructure.EXCHANGE_SECRETS)
    String exchange;

    @Test
    void requestedSideAssessesAsksAndRefusesWithGroundsAndEachStepIsPublished() {
        UUID id = incomingFromMalaysia();
        act(id, "ACKNOWLEDGE", Map.of("counterpartReference", "OAG-IA-2026/77")).statusCode(200);
        act(id, "START_ASSESSMENT", Map.of()).statusCode(200).body("status", equalTo("UNDER_ASSESSMENT"));
        act(id, "REQUEST_INFO", Map.of()).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("note"));
        act(id, "REQUEST_INFO", Map.of("note", "Which witnesses speak Thai?")).statusCode(200)
                .body("status", equalTo("INFO_REQUESTED")).body("lastNote", equalTo("Which witnesses speak Thai?"));

        Envelope asked = awaitAction(id, RequestAction.REQUEST_INFO);
        assertEquals(RequestStatus.INFO_REQUESTED, asked.dataAs(RequestActionTaken.class).status());
        assertEquals("Which witnesses speak Thai?", Malaysia.opened(exchange, asked.dataAs(RequestActionTaken.class)
                .particulars(), ActionParticulars.class, id).note());
    }

    @Test
    void refusalNeedsGroundsAndOnlyTheCentralAuthorityMayRefuse() {
        UUID id = incomingFromMalaysia();
        act(id, "ACKNOWLEDGE", Map.of("counterpartReference", "OAG-IA-2026/78")).statusCode(200);
        act(id, "REFUSE", Map.of("refusalGrounds", List.of("NO_DUAL_CRIMINALITY"))).statusCode(409)
                .body("currentStatus", equalTo("ACKNOWLEDGED"));
        act(id, "START_ASSESSMENT", Map.of()).statusCode(200);
        act(id, "REFUSE", Map.of("note", "no grounds given")).statusCode(400)
                .body("errors[0].field", equalTo("refusalGrounds"));
        act(id, "REFUSE", Map.of("refusalGrounds", List.of("TREASON"))).statusCode(400)
                .body("errors[0].field", equalTo("refusalGrounds[0]"));
        // A prosecutor assigned to work on the incoming request sees it, and still may not decide it.
        given().auth().oauth2(Drafts.TH_AUTHORITY).contentType(ContentType.JSON).body(Map.of("person", "prosecutor-th"))
                .post("/requests/{id}/assignments", id).then().statusCode(200);
        given().auth().oauth2(Drafts.TH_PROSECUTOR).contentType(ContentType.JSON)
                .body(Map.of("refusalGrounds", List.of("NO_DUAL_CRIMINALITY")))
                .post("/requests/{id}/actions/REFUSE", id).then().statusCode(403);
        act(id, "REFUSE", Map.of("refusalGrounds", List.of("NO_DUAL_CRIMINALITY"), "note", "Not an offence here."))
                .statusCode(200)
                .body("status", equalTo("REFUSED"))
                .body("refusalGrounds", contains("NO_DUAL_CRIMINALITY"))
                .body("allowedActions", org.hamcrest.Matchers.empty());
        assertEquals(List.of(RefusalGround.NO_DUAL_CRIMINALITY),
                awaitAction(id, RequestAction.REFUSE).dataAs(RequestActionTaken.class).refusalGrounds());
    }

    @Test
    void postponementNeedsAReasonAndAFutureDate() {
        UUID id = incomingFromMalaysia();
        act(id, "ACKNOWLEDGE", Map.of("counterpartReference", "OAG-IA-2026/79")).statusCode(200);
        act(id, "START_ASSESSMENT", Map.of()).statusCode(200);
        act(id, "POSTPONE", Map.of("until", LocalDate.now().minusDays(1).toString())).statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("note", "until"));
        act(id, "POSTPONE", Map.of("note", "Domestic investigation ongoing",
                "until", LocalDate.now().plusDays(60).toString())).statusCode(200)
                .body("status", equalTo("POSTPONED"))
                .body("until", equalTo(LocalDate.now().plusDays(60).toString()));
    }

    @Test
    void requesterMirrorsTheCounterpartAndAnswersItsQuestion() {
        String id = Drafts.transmittedRequest();
        UUID requestId = UUID.fromString(id);
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), Envelope.create(MY, Countries.MY, UUID.randomUUID(),
                new org.counterpart.events.RequestAcknowledged(requestId, Countries.TH, Countries.MY, "AGC-9", Instant.now()))));
        kafka.sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), fromMalaysia(requestId, RequestAction.REQUEST_INFO,
                RequestStatus.INFO_REQUESTED, "Please send the victims' statements.")));

        await().atMost(BOUND).until(() -> status(id).equals("INFO_REQUESTED"));
        given().auth().oauth2(Drafts.TH_PROSECUTOR).get("/requests/{id}", id).then()
                .body("lastNote", equalTo("Please send the victims' statements."))
                .body("allowedActions", contains("PROVIDE_INFO", "WITHDRAW"));
        given().auth().oauth2(Drafts.TH_PROSECUTOR).contentType(ContentType.JSON)
                .body(Map.of("note", "Statements attached to the thread."))
                .post("/requests/{id}/actions/PROVIDE_INFO", id)
                .then().statusCode(200).body("status", equalTo("INFO_PROVIDED"));
        assertEquals(RequestStatus.INFO_PROVIDED, awaitActionOn(kafka, Topics.outbound(Countries.TH), requestId,
                RequestAction.PROVIDE_INFO)
                .dataAs(RequestActionTaken.class).status());
    }

    @Test
    void anActionThatCannotFollowTheLocalStatusIsDeadLetteredAndChangesNothing() {
        String id = Drafts.transmittedRequest();
        Envelope outOfTurn = fromMalaysia(UUID.fromString(id), RequestAction.COMPLETE_EXECUTION, RequestStatus.EXECUTED, null);
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), outOfTurn));

        ConsumerRecord<String, byte[]> letter = kafka.await(Topics.DEADLETTER,
                r -> new String(r.value(), StandardCharsets.UTF_8).contains(outOfTurn.id()), BOUND)
                .orElseThrow(() -> new AssertionError("out-of-turn action was not dead-lettered"));
        org.hamcrest.MatcherAssert.assertThat(new String(letter.headers().lastHeader("counterpart-deadletter-reason")
                .value(), StandardCharsets.UTF_8), containsString("is TRANSMITTED here"));
        assertEquals("TRANSMITTED", status(id));
    }

    /**
     * The workflow says which event carries each action: an acknowledgement smuggled in as an action
     * taken (no reference), or an action reporting a status it does not lead to, is refused here even
     * though the hub would already have stopped it.
     */
    @ParameterizedTest
    @CsvSource({"ACKNOWLEDGE, ACKNOWLEDGED, no ACKNOWLEDGE that travels as org.counterpart.request.action-taken",
            "START_ASSESSMENT, REFUSED, 'leads to UNDER_ASSESSMENT, not REFUSED'"})
    void anActionOutsideItsRowOfTheWorkflowIsDeadLettered(RequestAction action, RequestStatus reported, String reason) {
        String id = Drafts.transmittedRequest();
        Envelope stray = fromMalaysia(UUID.fromString(id), action, reported, null);
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), stray));

        ConsumerRecord<String, byte[]> letter = kafka.await(Topics.DEADLETTER,
                r -> new String(r.value(), StandardCharsets.UTF_8).contains(stray.id()), BOUND)
                .orElseThrow(() -> new AssertionError(action + " as an action taken was not dead-lettered"));
        org.hamcrest.MatcherAssert.assertThat(new String(letter.headers().lastHeader("counterpart-deadletter-reason")
                .value(), StandardCharsets.UTF_8), containsString(reason));
        assertEquals("TRANSMITTED", status(id));
    }

    @Test
    void withdrawingADraftTellsNobodyButWithdrawingATransmittedRequestDoes() {
        String draft = Drafts.createDraft();
        given().auth().oauth2(Drafts.TH_PROSECUTOR).contentType(ContentType.JSON).body(Map.of("note", "Duplicate"))
                .post("/requests/{id}/actions/WITHDRAW", draft).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(
                () -> org.counterpart.platform.outbox.OutboxMessage.count("messageKey", draft)));

        String sent = Drafts.transmittedRequest();
        given().auth().oauth2(Drafts.TH_AUTHORITY).contentType(ContentType.JSON).body(Map.of("note", "Case closed"))
                .post("/requests/{id}/actions/WITHDRAW", sent).then().statusCode(200);
        assertEquals(RequestStatus.WITHDRAWN, awaitActionOn(KafkaProbe.admin(exchange), Topics.outbound(Countries.TH),
                UUID.fromString(sent), RequestAction.WITHDRAW).dataAs(RequestActionTaken.class).status());
    }

    @Test
    void resubmissionCarriesTheCorrectedRequest() {
        String id = Drafts.transmittedRequest();
        UUID requestId = UUID.fromString(id);
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), Envelope.create(MY, Countries.MY, UUID.randomUUID(),
                new org.counterpart.events.RequestAcknowledged(requestId, Countries.TH, Countries.MY, "AGC-10", Instant.now()))));
        kafka.sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), fromMalaysia(requestId, RequestAction.RETURN_DEFICIENT,
                RequestStatus.RETURNED_DEFICIENT, "The summary does not say where the victims were recruited.")));
        await().atMost(BOUND).until(() -> status(id).equals("RETURNED_DEFICIENT"));

        Map<String, Object> corrected = new java.util.HashMap<>(Drafts.validDraft());
        corrected.put("summaryOfFacts", "Victims were recruited in Udon Thani and taken to Sabah.");
        given().auth().oauth2(Drafts.TH_PROSECUTOR).contentType(ContentType.JSON).body(corrected)
                .put("/requests/{id}", id).then().statusCode(200).body("status", equalTo("RETURNED_DEFICIENT"));
        act(requestId, "RESUBMIT", Map.of("note", "Place of recruitment added.")).statusCode(200)
                .body("status", equalTo("TRANSMITTED"));

        RequestActionTaken resubmitted = awaitActionOn(kafka, Topics.outbound(Countries.TH), requestId, RequestAction.RESUBMIT)
                .dataAs(RequestActionTaken.class);
        RequestRevision revision = Malaysia.opened(exchange, resubmitted.particulars(), ActionParticulars.class, requestId)
                .revision();
        assertEquals("Victims were recruited in Udon Thani and taken to Sabah.", revision.summaryOfFacts());
        assertEquals(Drafts.validDraft().get("offence"), revision.offence());
    }

    @Test
    void requestedSideWorksOnTheCorrectedRequestAfterResubmission() {
        UUID id = incomingFromMalaysia();
        act(id, "ACKNOWLEDGE", Map.of("counterpartReference", "OAG-IA-2026/80")).statusCode(200);
        act(id, "RETURN_DEFICIENT", Map.of("note", "Name the witnesses.")).statusCode(200);
        RequestRevision revision = new RequestRevision(AssistanceType.TAKING_EVIDENCE, LegalBasis.ASEAN_MLAT,
                "Trafficking in persons", "Witnesses A. and B. in Chiang Mai.", Urgency.URGENT, null);
        Envelope smuggled = Envelope.create(MY, Countries.MY, UUID.randomUUID(), Malaysia.action(exchange, id, "MY", "TH",
                RequestAction.WITHDRAW, RequestStatus.WITHDRAWN, "Withdrawn.", revision)).deliveredTo("TH-CA-OAG");
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), smuggled));
        kafka.await(Topics.DEADLETTER, r -> new String(r.value(), StandardCharsets.UTF_8).contains(smuggled.id()), BOUND)
                .orElseThrow(() -> new AssertionError("a revision on WITHDRAW was not refused"));
        assertEquals("RETURNED_DEFICIENT", status(id.toString()));
        Envelope resubmission = Envelope.create(MY, Countries.MY, UUID.randomUUID(), Malaysia.action(exchange, id, "MY", "TH",
                RequestAction.RESUBMIT, RequestStatus.TRANSMITTED, "Witnesses named.", revision)).deliveredTo("TH-CA-OAG");
        kafka.sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), resubmission));

        await().atMost(BOUND).untilAsserted(() -> given().auth().oauth2(Drafts.TH_AUTHORITY)
                .get("/requests/{id}", id).then()
                .body("status", equalTo("TRANSMITTED"))
                .body("summaryOfFacts", equalTo("Witnesses A. and B. in Chiang Mai."))
                .body("urgency", equalTo("URGENT"))
                .body("allowedActions", contains("ACKNOWLEDGE")));
    }

    /**
     * Withdrawal and a decision cross on the way: withdrawal wins on both sides, and the decision that
     * arrives too late is not applied; its sender gets a non-retrieval receipt saying why.
     */
    @Test
    void withdrawalCrossingTheCounterpartsDecisionEndsWithdrawnOnBothSides() {
        String id = Drafts.transmittedRequest();
        UUID requestId = UUID.fromString(id);
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), Envelope.create(MY, Countries.MY, UUID.randomUUID(),
                new org.counterpart.events.RequestAcknowledged(requestId, Countries.TH, Countries.MY, "AGC-11", Instant.now()))));
        kafka.sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), fromMalaysia(requestId, RequestAction.START_ASSESSMENT,
                RequestStatus.UNDER_ASSESSMENT, null)));
        await().atMost(BOUND).until(() -> status(id).equals("UNDER_ASSESSMENT"));
        act(requestId, "WITHDRAW", Map.of("note", "Suspect died.")).statusCode(200);

        Envelope lateAcceptance = fromMalaysia(requestId, RequestAction.ACCEPT, RequestStatus.ACCEPTED, null);
        kafka.sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), lateAcceptance));
        org.counterpart.events.TransportReceipt refusal = KafkaWire.fromRecord(kafka.await(Topics.outbound(Countries.TH),
                        r -> new String(r.value(), StandardCharsets.UTF_8).contains(lateAcceptance.id())
                                && KafkaWire.fromRecord(r).type() == EventType.TRANSPORT_RECEIPT, BOUND)
                .orElseThrow(() -> new AssertionError("no receipt for the late acceptance")))
                .dataAs(org.counterpart.events.TransportReceipt.class);
        assertEquals(org.counterpart.events.TransportReceipt.Evidence.NON_RETRIEVAL, refusal.evidence());
        org.hamcrest.MatcherAssert.assertThat(refusal.reason(), containsString("is WITHDRAWN here"));
        assertEquals("WITHDRAWN", status(id));

        UUID incoming = incomingFromMalaysia();
        act(incoming, "ACKNOWLEDGE", Map.of("counterpartReference", "OAG-IA-2026/81")).statusCode(200);
        act(incoming, "START_ASSESSMENT", Map.of()).statusCode(200);
        act(incoming, "ACCEPT", Map.of()).statusCode(200);
        kafka.sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), Envelope.create(MY, Countries.MY, UUID.randomUUID(),
                Malaysia.action(exchange, incoming, "MY", "TH", RequestAction.WITHDRAW,
                        RequestStatus.WITHDRAWN, "Case closed at home.", null))
                .deliveredTo("TH-CA-OAG")));
        await().atMost(BOUND).until(() -> status(incoming.toString()).equals("WITHDRAWN"));
    }

    @Test
    void unknownActionIsNamed() {
        given().auth().oauth2(Drafts.TH_AUTHORITY).contentType(ContentType.JSON).body(Map.of())
                .post("/requests/{id}/actions/TELEPORT", UUID.randomUUID())
                .then().statusCode(400).body("errors[0].field", equalTo("action"));
    }

    private UUID incomingFromMalaysia() {
        return Malaysia.incomingRequest(exchange);
    }

    private Envelope fromMalaysia(UUID requestId, RequestAction action, RequestStatus status, String note) {
        return Envelope.create(MY, Countries.MY, UUID.randomUUID(), Malaysia.action(exchange, requestId, "TH", "MY", action,
                status, note, null)).deliveredTo("TH-CA-OAG");
    }

    private static io.restassured.response.ValidatableResponse act(UUID id, String action, Map<String, ?> body) {
        return given().auth().oauth2(Drafts.TH_AUTHORITY).contentType(ContentType.JSON).body(body)
                .post("/requests/{id}/actions/{action}", id, action).then();
    }

    private Envelope awaitAction(UUID requestId, RequestAction action) {
        return awaitActionOn(KafkaProbe.admin(exchange), Topics.outbound(Countries.TH), requestId, action);
    }

    private static Envelope awaitActionOn(KafkaProbe kafka, String topic, UUID requestId, RequestAction action) {
        return kafka.await(topic, r -> requestId.toString().equals(r.key()) && isAction(KafkaWire.fromRecord(r), action),
                        BOUND)
                .map(KafkaWire::fromRecord)
                .orElseThrow(() -> new AssertionError(action + " of " + requestId + " never reached " + topic));
    }

    private static boolean isAction(Envelope envelope, RequestAction action) {
        return envelope.type() == EventType.REQUEST_ACTION_TAKEN
                && envelope.dataAs(RequestActionTaken.class).action() == action;
    }

    private static String status(String id) {
        return QuarkusTransaction.requiringNew().call(
                () -> MlaRequest.<MlaRequest>findById(UUID.fromString(id)).status.name());
    }
}
