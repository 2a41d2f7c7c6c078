package org.counterpart.routing.relay;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.counterpart.events.CountryCode;
import org.counterpart.events.Envelope;
import org.counterpart.events.EventCodec;
import org.counterpart.events.MessagePosted;
import org.counterpart.events.MessageRead;
import org.counterpart.events.Milestone;
import org.counterpart.events.RequestAcknowledged;
import org.counterpart.events.RequestActionTaken;
import org.counterpart.events.RequestTransmitted;
import org.counterpart.events.RequestUnroutable;
import org.counterpart.events.SharedAction;
import org.counterpart.events.StatusChanged;
import org.counterpart.events.Topics;
import org.counterpart.platform.inbox.EventConsumers;
import org.counterpart.platform.inbox.EventHandler;
import org.counterpart.platform.inbox.RejectedEventException;
import org.counterpart.platform.outbox.Outbox;
import org.counterpart.routing.Hub;
import org.counterpart.routing.clock.Clocks;
import org.counterpart.routing.decision.RoutingOutcome;
import org.counterpart.routing.decision.RoutingRecord;
import org.counterpart.routing.decision.RoutingService;
import org.counterpart.routing.directory.ContactPoint;
import org.counterpart.routing.directory.ContactPointRole;

/**
 * The hub's relay: reads every country's outbound topic, routes new requests, carries answers back
 * along the conversation, and reports each step to tracking. Every message it writes goes through the
 * outbox in the same transaction as the routing record and the processed-event mark.
 */
@ApplicationScoped
public class OutboundMessages implements EventHandler {

    private final EventConsumers consumers;
    private final RoutingService routing;
    private final Outbox outbox;
    private final HubReceipts receipts;
    private final Clocks clocks;

    OutboundMessages(EventConsumers consumers, RoutingService routing, Outbox outbox, HubReceipts receipts,
            Clocks clocks) {
        this.consumers = consumers;
        this.routing = routing;
        this.outbox = outbox;
        this.receipts = receipts;
        this.clocks = clocks;
    }

    void start(@Observes StartupEvent event) {
        consumers.start("routing", Topics.ALL_OUTBOUND, this);
    }

    @Override
    public void handle(Envelope envelope, String topic) {
        String writer = writerOf(topic);
        if (!writer.equals(envelope.sourceCountry())) {
            throw new RejectedEventException("message on " + topic + " claims to come from " + envelope.sourceCountry());
        }
        switch (envelope.type()) {
            case REQUEST_TRANSMITTED -> transmitted(envelope);
            case REQUEST_ACKNOWLEDGED -> acknowledged(envelope);
            case REQUEST_ACTION_TAKEN -> actionTaken(envelope);
            case MESSAGE_POSTED -> {
                MessagePosted posted = envelope.dataAs(MessagePosted.class);
                relayToOtherParty(envelope, betweenParties(posted.requestId(), posted.requestingCountry(),
                        posted.requestedCountry()), null, null);
            }
            case MESSAGE_READ -> {
                MessageRead read = envelope.dataAs(MessageRead.class);
                relayToOtherParty(envelope, betweenParties(read.requestId(), read.requestingCountry(),
                        read.requestedCountry()), null, null);
            }
            case TRANSPORT_RECEIPT -> receipts.returnToSender(envelope);
            default -> throw new RejectedEventException(envelope.type().ceType() + " is not for the hub to relay");
        }
    }

    /** The sender hears why the hub refused its message; receipts that fail are not answered in turn. */
    @Override
    public void rejected(Envelope envelope, String topic, String reason) {
        if (envelope.type().isCountryMessage()) {
            receipts.rejected(envelope, writerOf(topic), reason);
        }
    }

    private static String writerOf(String outboundTopic) {
        return outboundTopic.substring(Topics.OUTBOUND_PREFIX.length());
    }

    private void transmitted(Envelope envelope) {
        RequestTransmitted request = envelope.dataAs(RequestTransmitted.class);
        if (!request.requestingCountry().equals(envelope.sourceCountry())) {
            throw new RejectedEventException(envelope.sourceCountry() + " cannot transmit a request of "
                    + request.requestingCountry());
        }
        if (!CountryCode.isWellFormed(request.requestedCountry())) {
            throw new RejectedEventException("requested country '" + request.requestedCountry()
                    + "' is not an ISO 3166-1 alpha-2 code");
        }
        RoutingRecord record = routing.route(request, envelope.correlationId());
        lifecycle(envelope, request.requestingCountry(), request.requestedCountry(), Milestone.TRANSMITTED,
                request.transmittedAt(), request.requestingCountry());
        if (record.outcome == RoutingOutcome.ROUTED) {
            outbox.enqueue(Topics.inbound(request.requestedCountry()), envelope.deliveredTo(record.contactPointId));
            receipts.accepted(envelope);
            clocks.delivered(record, record.decidedAt);
            lifecycle(envelope, request.requestingCountry(), request.requestedCountry(), Milestone.ROUTED,
                    record.decidedAt, request.requestingCountry());
        } else {
            record.heldMessage = new String(EventCodec.serialize(envelope), StandardCharsets.UTF_8);
            outbox.enqueue(Topics.inbound(request.requestingCountry()), Envelope.create(Hub.SOURCE,
                    request.requestingCountry(), envelope.correlationId(), new RequestUnroutable(request.requestId(),
                            request.requestingCountry(), request.requestedCountry(), request.assistanceType(),
                            record.reason, record.decidedAt)));
            receipts.rejected(envelope, request.requestingCountry(), record.reason);
            lifecycle(envelope, request.requestingCountry(), request.requestedCountry(), Milestone.UNROUTABLE,
                    record.decidedAt, request.requestingCountry());
        }
    }

    private void acknowledged(Envelope envelope) {
        RequestAcknowledged acknowledged = envelope.dataAs(RequestAcknowledged.class);
        RoutingRecord record = deliveredRecord(acknowledged.requestId());
        if (!record.requestedCountry.equals(envelope.sourceCountry())
                || !record.requestedCountry.equals(acknowledged.requestedCountry())) {
            throw new RejectedEventException("request " + record.requestId + " was delivered to "
                    + record.requestedCountry + ", not to " + envelope.sourceCountry());
        }
        relayToOtherParty(envelope, record, Milestone.ACKNOWLEDGED, acknowledged.acknowledgedAt());
    }

    private void actionTaken(Envelope envelope) {
        RequestActionTaken taken = envelope.dataAs(RequestActionTaken.class);
        SharedAction action = SharedAction.named(taken.action())
                .orElseThrow(() -> new RejectedEventException("unknown action " + taken.action()));
        String actingCountry = action.byRequester() ? taken.requestingCountry() : taken.requestedCountry();
        if (!actingCountry.equals(envelope.sourceCountry()) || !action.leadsTo().name().equals(taken.status())) {
            throw new RejectedEventException(taken.action() + " leading to " + taken.status() + " cannot come from "
                    + envelope.sourceCountry() + "; it is taken by " + actingCountry + " and leads to " + action.leadsTo());
        }
        RoutingRecord held = RoutingRecord.findById(taken.requestId());
        if (action == SharedAction.WITHDRAW && held != null && held.outcome == RoutingOutcome.UNROUTABLE) {
            withdrawnWhileUnroutable(envelope, held);
            return;
        }
        RoutingRecord record = betweenParties(taken.requestId(), taken.requestingCountry(), taken.requestedCountry());
        if (action == SharedAction.FORWARD) {
            routing.forwarded(record, taken.forwardedTo());
        }
        relayToOtherParty(envelope, record, action.leadsTo(), taken.occurredAt());
    }

    /** Nobody else ever held it: the hub drops its held copy, so the desk cannot deliver it any more. */
    private void withdrawnWhileUnroutable(Envelope envelope, RoutingRecord record) {
        if (!record.requestingCountry.equals(envelope.sourceCountry())) {
            throw new RejectedEventException(envelope.sourceCountry() + " cannot withdraw request " + record.requestId);
        }
        record.heldMessage = null;
        lifecycle(envelope, record.requestingCountry, record.requestedCountry, Milestone.WITHDRAWN,
                Instant.now().truncatedTo(ChronoUnit.MICROS), record.requestingCountry);
    }

    /** The record of a delivered request, if the message names the same two countries as the record. */
    private static RoutingRecord betweenParties(UUID requestId, String requesting, String requested) {
        RoutingRecord record = deliveredRecord(requestId);
        if (!record.requestingCountry.equals(requesting) || !record.requestedCountry.equals(requested)) {
            throw new RejectedEventException("request " + record.requestId + " is between " + record.requestingCountry
                    + " and " + record.requestedCountry + ", not " + requesting + " and " + requested);
        }
        return record;
    }

    private static RoutingRecord deliveredRecord(UUID requestId) {
        RoutingRecord record = RoutingRecord.findById(requestId);
        if (record == null || record.outcome != RoutingOutcome.ROUTED) {
            throw new RejectedEventException("request " + requestId + " was never delivered by the hub");
        }
        return record;
    }

    /**
     * Every message after delivery goes to the other party of the routing record, and its sender gets the
     * hub's acceptance receipt; status changes also go to tracking ({@code milestone} is null for thread
     * messages).
     */
    private void relayToOtherParty(Envelope envelope, RoutingRecord record, Milestone milestone, Instant at) {
        String sender = envelope.sourceCountry();
        if (sender.equals(record.requestingCountry)) {
            outbox.enqueue(Topics.inbound(record.requestedCountry), envelope.deliveredTo(record.contactPointId));
        } else if (sender.equals(record.requestedCountry)) {
            outbox.enqueue(Topics.inbound(record.requestingCountry),
                    envelope.deliveredTo(centralAuthorityOf(record.requestingCountry)));
        } else {
            throw new RejectedEventException(sender + " is not a party to request " + record.requestId);
        }
        receipts.accepted(envelope);
        if (milestone != null) {
            // The hub's own time: countries' clocks may disagree, and a pause must not run backwards.
            clocks.passed(record, milestone, Instant.now().truncatedTo(ChronoUnit.MICROS));
            lifecycle(envelope, record.requestingCountry, record.requestedCountry, milestone, at, sender);
        }
    }

    private static String centralAuthorityOf(String country) {
        return ContactPoint.activeIn(country).stream()
                .filter(point -> point.role == ContactPointRole.CENTRAL_AUTHORITY)
                .map(point -> point.id)
                .findFirst().orElse(null);
    }

    /** Metadata only: which request, which pair, what happened when. No case content reaches tracking. */
    private void lifecycle(Envelope cause, String requesting, String requested, Milestone milestone, Instant at,
            String sourceCountry) {
        outbox.enqueue(Topics.LIFECYCLE, Envelope.create(Hub.SOURCE, sourceCountry, cause.correlationId(),
                new StatusChanged(cause.requestId(), requesting, requested, milestone, at)));
    }
}
