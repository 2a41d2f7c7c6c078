package org.counterpart.routing.relay;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.counterpart.events.ConsumerGroups;
import org.counterpart.events.CountryCode;
import org.counterpart.events.Envelope;
import org.counterpart.events.MessagePosted;
import org.counterpart.events.MessageRead;
import org.counterpart.events.Milestone;
import org.counterpart.events.RequestAcknowledged;
import org.counterpart.events.RequestActionTaken;
import org.counterpart.events.RequestTransmitted;
import org.counterpart.events.RequestUnroutable;
import org.counterpart.events.SharedAction;
import org.counterpart.events.Sources;
import org.counterpart.events.Topics;
import org.counterpart.platform.inbox.EventConsumers;
import org.counterpart.platform.inbox.EventHandler;
import org.counterpart.platform.inbox.ReceivedEvent;
import org.counterpart.platform.inbox.RejectedEventException;
import org.counterpart.platform.outbox.Outbox;
import org.counterpart.routing.decision.RoutingOutcome;
import org.counterpart.routing.decision.RoutingRecord;
import org.counterpart.routing.decision.RoutingService;
import org.counterpart.routing.relay.Provenance.Side;

/**
 * The hub's relay: reads every country's outbound topic, routes new requests, carries answers back
 * along the conversation, and reports each step to tracking. Every message it writes goes through the
 * outbox in the same transaction as the routing record and the processed-event mark; every message it
 * passes on keeps its writer's bytes and signature.
 */
@ApplicationScoped
public class OutboundMessages implements EventHandler {

    private final EventConsumers consumers;
    private final RoutingService routing;
    private final Outbox outbox;
    private final HubReceipts receipts;
    private final HubMessages messages;

    OutboundMessages(EventConsumers consumers, RoutingService routing, Outbox outbox, HubReceipts receipts,
            HubMessages messages) {
        this.consumers = consumers;
        this.routing = routing;
        this.outbox = outbox;
        this.receipts = receipts;
        this.messages = messages;
    }

    void start(@Observes StartupEvent event) {
        consumers.start(ConsumerGroups.HUB, Topics.ALL_OUTBOUND, this);
    }

    @Override
    public void handle(ReceivedEvent event) {
        Provenance.writer(event);
        Envelope envelope = event.envelope();
        switch (envelope.type()) {
            case REQUEST_TRANSMITTED -> transmitted(event);
            case REQUEST_ACKNOWLEDGED -> acknowledged(event);
            case REQUEST_ACTION_TAKEN -> actionTaken(event);
            case MESSAGE_POSTED -> {
                MessagePosted posted = envelope.dataAs(MessagePosted.class);
                messages.relayToOtherParty(event, Provenance.deliveredBetween(posted.requestId(), posted.requestingCountry(),
                        posted.requestedCountry()), null, null);
            }
            case MESSAGE_READ -> {
                MessageRead read = envelope.dataAs(MessageRead.class);
                messages.relayToOtherParty(event, Provenance.deliveredBetween(read.requestId(), read.requestingCountry(),
                        read.requestedCountry()), null, null);
            }
            case TRANSPORT_RECEIPT -> receipts.returnToSender(event);
            default -> throw new RejectedEventException(envelope.type().ceType() + " is not for the hub to relay");
        }
    }

    /**
     * The writer hears why the hub refused its message, when it provably wrote it (its topic, its key);
     * receipts that fail are not answered in turn.
     */
    @Override
    public void rejected(ReceivedEvent event, String reason) {
        if (event.envelope().type().isCountryMessage() && Provenance.writtenByTopicOwner(event)) {
            receipts.rejected(event.envelope(), event.signer().name(), reason);
        }
    }

    private void transmitted(ReceivedEvent event) {
        Envelope envelope = event.envelope();
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
        messages.lifecycle(envelope, record, Milestone.TRANSMITTED, request.transmittedAt(), request.requestingCountry());
        if (record.outcome == RoutingOutcome.ROUTED) {
            messages.deliverRequest(event, record, record.decidedAt);
        } else {
            record.heldMessage = new String(event.content(), StandardCharsets.UTF_8);
            record.heldSignature = event.signature();
            outbox.enqueue(Topics.inbound(request.requestingCountry()), Envelope.create(Sources.HUB,
                    request.requestingCountry(), envelope.correlationId(), new RequestUnroutable(request.requestId(),
                            request.requestingCountry(), request.requestedCountry(), request.assistanceType(),
                            record.reason, record.decidedAt)));
            receipts.rejected(envelope, request.requestingCountry(), record.reason);
            messages.lifecycle(envelope, record, Milestone.UNROUTABLE, record.decidedAt, request.requestingCountry());
        }
    }

    private void acknowledged(ReceivedEvent event) {
        RequestAcknowledged acknowledged = event.envelope().dataAs(RequestAcknowledged.class);
        RoutingRecord record = Provenance.deliveredBetween(acknowledged.requestId(), acknowledged.requestingCountry(),
                acknowledged.requestedCountry());
        Provenance.requireOn(record, event.envelope().sourceCountry(), Side.REQUESTED, "the acknowledgement");
        messages.relayToOtherParty(event, record, Milestone.ACKNOWLEDGED, acknowledged.acknowledgedAt());
    }

    private void actionTaken(ReceivedEvent event) {
        Envelope envelope = event.envelope();
        RequestActionTaken taken = envelope.dataAs(RequestActionTaken.class);
        SharedAction action = SharedAction.named(taken.action())
                .orElseThrow(() -> new RejectedEventException("unknown action " + taken.action()));
        if (!action.leadsTo().name().equals(taken.status())) {
            throw new RejectedEventException(taken.action() + " leads to " + action.leadsTo() + ", not " + taken.status());
        }
        // Locked from the first read: a later locked find would keep these values, not re-read them.
        RoutingRecord held = RoutingRecord.findById(taken.requestId(), LockModeType.PESSIMISTIC_WRITE);
        if (action == SharedAction.WITHDRAW && held != null && held.outcome == RoutingOutcome.UNROUTABLE) {
            withdrawnWhileUnroutable(envelope, held);
            return;
        }
        RoutingRecord record = Provenance.deliveredBetween(taken.requestId(), taken.requestingCountry(),
                taken.requestedCountry());
        Provenance.requireOn(record, envelope.sourceCountry(), Side.of(action.byRequester()), taken.action());
        if (action == SharedAction.FORWARD) {
            routing.forwarded(record, taken.forwardedTo());
        }
        messages.relayToOtherParty(event, record, action.leadsTo(), taken.occurredAt());
    }

    /** Nobody else ever held it: the hub drops its held copy, so the desk cannot deliver it any more. */
    private void withdrawnWhileUnroutable(Envelope envelope, RoutingRecord record) {
        Provenance.requireOn(record, envelope.sourceCountry(), Side.REQUESTING, "the withdrawal");
        record.heldMessage = null;
        record.heldSignature = null;
        messages.lifecycle(envelope, record, Milestone.WITHDRAWN, Instant.now().truncatedTo(ChronoUnit.MICROS),
                record.requestingCountry);
    }
}
