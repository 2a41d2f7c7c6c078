package org.counterpart.mla;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.counterpart.events.ActionParticulars;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.AttachmentManifestEntry;
import org.counterpart.events.Country;
import org.counterpart.events.Envelope;
import org.counterpart.events.KafkaWire;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.MessageContent;
import org.counterpart.events.MessageKind;
import org.counterpart.events.MessagePosted;
import org.counterpart.events.RequestActionTaken;
import org.counterpart.events.RequestEvent;
import org.counterpart.events.RequestParticulars;
import org.counterpart.events.RequestRevision;
import org.counterpart.events.RequestTransmitted;
import org.counterpart.events.Topics;
import org.counterpart.events.Urgency;
import org.counterpart.events.sealing.Sealed;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.events.workflow.RequestAction;
import org.counterpart.events.workflow.RequestStatus;
import org.counterpart.network.Countries;
import org.counterpart.network.KafkaProbe;

/** Plays Malaysia's service and the hub for the Thai instance under test: writes what routing would deliver to TH. */
public final class Malaysia {

    public static final URI SOURCE = URI.create("/counterpart/mla-request/MY");
    public static final Duration BOUND = Duration.ofSeconds(30);

    private Malaysia() {
    }

    /** A message from Malaysia as routing delivers it to Thailand's central authority. */
    public static Envelope message(RequestEvent payload) {
        return Envelope.create(SOURCE, Countries.MY, UUID.randomUUID(), payload).deliveredTo("TH-CA-OAG");
    }

    public static Envelope send(String exchange, RequestEvent payload) {
        Envelope envelope = message(payload);
        KafkaProbe.admin(exchange).sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), envelope));
        return envelope;
    }

    /** Content as Malaysia's service seals it for Thailand's. */
    public static <T> Sealed<T> sealed(String exchange, UUID requestId, T content) {
        return Seals.forThailand(exchange, "MY", requestId, content);
    }

    /** What Thailand's service sealed for Malaysia, opened as Malaysia's would. */
    public static <T> T opened(String exchange, Sealed<T> sealed, Class<T> type, UUID requestId) {
        return Seals.openedBy(exchange, "MY", sealed, type, requestId);
    }

    /** A routine request Malaysia transmits to Thailand, its particulars sealed for Thailand. */
    public static RequestTransmitted transmitted(String exchange, UUID requestId, String reference, AssistanceType measure,
            String summaryOfFacts) {
        return new RequestTransmitted(requestId, reference, Countries.MY, Countries.TH, CooperationKind.MLA, measure, LegalBasis.ASEAN_MLAT, null, Urgency.ROUTINE,
                null, "en", null, null, null, null, null, Instant.now().truncatedTo(ChronoUnit.MILLIS),
                sealed(exchange, requestId, new RequestParticulars("Trafficking in persons", summaryOfFacts, null)));
    }

    /** An action Malaysia took on a request between {@code requesting} and {@code requested}, its words sealed for Thailand. */
    public static RequestActionTaken action(String exchange, UUID requestId, String requesting, String requested,
            RequestAction action, RequestStatus status, String note, RequestRevision revision) {
        return new RequestActionTaken(requestId, Country.of(requesting), Country.of(requested), action, status, null, null, null,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), note == null && revision == null ? null
                        : sealed(exchange, requestId, new ActionParticulars(note, revision, null, null, null)));
    }

    /** A thread message Malaysia's central authority writes on a request Malaysia sent, its content sealed for Thailand. */
    public static MessagePosted posted(String exchange, UUID requestId, UUID messageId, MessageKind kind, UUID inReplyTo,
            String body, List<AttachmentManifestEntry> manifest, List<MessageContent.AttachedFile> files) {
        return new MessagePosted(requestId, messageId, Countries.MY, Countries.TH, kind, inReplyTo, "central-authority", manifest,
                Instant.now().truncatedTo(ChronoUnit.MILLIS),
                sealed(exchange, requestId, new MessageContent("authority-my", body, files)));
    }

    /** A request Malaysia sent to Thailand, once Thailand's service has stored it. */
    public static UUID incomingRequest(String exchange) {
        UUID requestId = UUID.randomUUID();
        send(exchange, transmitted(exchange, requestId, "MY-2026-000042", AssistanceType.TAKING_EVIDENCE,
                "Witnesses in Chiang Mai."));
        await().atMost(BOUND).untilAsserted(() -> given().auth().oauth2(Drafts.TH_AUTHORITY)
                .get("/requests/{id}", requestId).then().statusCode(200));
        return requestId;
    }
}
