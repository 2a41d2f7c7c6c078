package org.counterpart.routing.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.counterpart.events.Envelope;
import org.counterpart.events.EventCodec;
import org.counterpart.events.RequestRouted;
import org.counterpart.events.Sources;
import org.counterpart.events.Topics;
import org.counterpart.events.signature.Signer;
import org.counterpart.platform.inbox.ReceivedEvent;
import org.counterpart.platform.outbox.Outbox;
import org.counterpart.platform.problem.FieldError;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Caller;
import org.counterpart.routing.directory.ContactPoint;
import org.counterpart.routing.directory.DirectoryVersion;
import org.counterpart.routing.relay.HubMessages;

/**
 * The regional desk's queue of requests the directory could not place. Assigning one to a contact point
 * records who and why on the routing record, delivers the held request, tells the requester and
 * tracking, all in one transaction.
 */
@ApplicationScoped
public class UnroutableDesk {

    private final Outbox outbox;
    private final HubMessages messages;
    private final InstantSource clock;

    UnroutableDesk(Outbox outbox, HubMessages messages, InstantSource clock) {
        this.clock = clock;
        this.outbox = outbox;
        this.messages = messages;
    }

    /** The requests held for the desk, oldest first. */
    public static List<RoutingRecord> waiting() {
        return RoutingRecord.list("outcome = ?1 and heldMessage is not null order by decidedAt", RoutingOutcome.UNROUTABLE);
    }

    public static long countWaiting() {
        return RoutingRecord.count("outcome = ?1 and heldMessage is not null", RoutingOutcome.UNROUTABLE);
    }

    @Transactional
    public RoutingRecord assign(UUID requestId, String contactPointId, String reason, Caller caller) {
        if (!caller.isRegional()) {
            throw new ForbiddenException("unroutable requests are assigned by the regional desk");
        }
        RoutingRecord record = RoutingRecord.findById(requestId, LockModeType.PESSIMISTIC_WRITE);
        if (record == null) {
            throw ProblemException.notFound("Routing record of request " + requestId);
        }
        if (record.outcome != RoutingOutcome.UNROUTABLE || record.heldMessage == null) {
            throw ProblemException.conflict("Request " + requestId + " is not waiting for assignment",
                    Map.of("outcome", record.outcome, "contactPointId", String.valueOf(record.contactPointId)));
        }
        ContactPoint point = contactPointId == null ? null : ContactPoint.findById(contactPointId);
        List<FieldError> errors = new ArrayList<>();
        if (point == null || !point.active || !point.country.equals(record.requestedCountry)) {
            errors.add(new FieldError("contactPointId", "must be an active contact point of " + record.requestedCountry));
        }
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("reason", "is required: say why this authority, for the record"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Instant now = clock.instant();
        byte[] heldContent = record.heldMessage.getBytes(StandardCharsets.UTF_8);
        ReceivedEvent held = new ReceivedEvent(EventCodec.deserialize(heldContent), Topics.outbound(record.requestingCountry),
                Signer.country(record.requestingCountry), heldContent, record.heldSignature);
        record.outcome = RoutingOutcome.ROUTED;
        record.contactPointId = point.id;
        record.assignedBy = caller.name();
        record.assignmentReason = reason.strip();
        record.assignedAt = now;
        record.directoryVersion = DirectoryVersion.current();
        record.extendPath("assigned by the regional desk (" + caller.name() + ") to " + point.id + ": "
                + record.assignmentReason);
        record.heldMessage = null;
        record.heldSignature = null;

        messages.deliverRequest(held, record, now);
        outbox.enqueue(Topics.inbound(record.requestingCountry), Envelope.create(Sources.HUB, record.requestingCountry,
                record.correlationId, new RequestRouted(requestId, record.requestingCountry, record.requestedCountry,
                        point.id, point.authority, record.assignmentReason, now)));
        return record;
    }
}
