package org.counterpart.routing.relay;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import org.counterpart.events.ConsumerGroups;
import org.counterpart.events.Envelope;
import org.counterpart.events.EventType;
import org.counterpart.events.MessagePosted;
import org.counterpart.events.MessageRead;
import org.counterpart.events.Milestone;
import org.counterpart.events.RequestAcknowledged;
import org.counterpart.events.RequestActionTaken;
import org.counterpart.events.RequestProfile;
import org.counterpart.events.RequestTransmitted;
import org.counterpart.events.RequestUnroutable;
import org.counterpart.events.Sources;
import org.counterpart.events.Topics;
import org.counterpart.events.TransportReceipt;
import org.counterpart.events.workflow.RequestAction;
import org.counterpart.events.workflow.Transition;
import org.counterpart.platform.inbox.EventConsumers;
import org.counterpart.platform.inbox.EventHandler;
import org.counterpart.platform.inbox.ReceivedEvent;
import org.counterpart.platform.inbox.RejectedEventException;
import org.counterpart.platform.outbox.Outbox;
import org.counterpart.routing.decision.RoutingOutcome;
import org.counterpart.routing.decision.RoutingRecord;
import org.counterpart.routing.decision.RoutingService;

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
    private final InstantSource clock;

    OutboundMessages(EventConsumers consumers, RoutingService routing, Outbox outbox, HubReceipts receipts,
            HubMessages messages, InstantSource clock) {
        this.consumers = consumers;
        this.routing = routing;
        this.outbox = outbox;
        this.receipts = receipts;
        this.messages = messages;
        this.clock = clock;
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
            case TRANSPORT_RECEIPT -> retrieved(event, receipts.returnToSender(event));
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
            receipts.rejected(event.envelope(), event.signer().country(), reason);
        }
    }

    private void transmitted(ReceivedEvent event) {
        Envelope envelope = event.envelope();
        RequestTransmitted request = envelope.dataAs(RequestTransmitted.class);
        if (!request.requestingCountry().equals(envelope.sourceCountry())) {
            throw new RejectedEventException(envelope.sourceCountry() + " cannot transmit a request of "
                    + request.requestingCountry());
        }
        RoutingRecord record = routing.route(request, envelope.correlationId());
        messages.lifecycle(envelope, HubMessages.factOf(record, Milestone.TRANSMITTED,
                FactTimes.transmitted(request.transmittedAt(), record.decidedAt))
                .withProfile(RequestProfile.of(request)), request.requestingCountry());
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

    /** The requested side counts a request as received from its retrieval: the figures reconcile both sides on it. */
    private void retrieved(ReceivedEvent event, RelayedMessage about) {
        TransportReceipt receipt = event.envelope().dataAs(TransportReceipt.class);
        if (receipt.evidence() == TransportReceipt.Evidence.RETRIEVAL
                && EventType.REQUEST_TRANSMITTED.ceType().equals(about.messageType)) {
            RoutingRecord record = RoutingRecord.findById(receipt.requestId());
            messages.lifecycle(event.envelope(), record, Milestone.RETRIEVED,
                    FactTimes.afterRouting(receipt.issuedAt(), record.decidedAt, clock.instant()), event.envelope().sourceCountry());
        }
    }

    private void acknowledged(ReceivedEvent event) {
        RequestAcknowledged acknowledged = event.envelope().dataAs(RequestAcknowledged.class);
        RoutingRecord record = Provenance.deliveredBetween(acknowledged.requestId(), acknowledged.requestingCountry(),
                acknowledged.requestedCountry());
        Transition row = relayed(record, RequestAction.ACKNOWLEDGE, EventType.REQUEST_ACKNOWLEDGED);
        Provenance.requireOn(record, event.envelope().sourceCountry(), row.side(), "the acknowledgement");
        messages.relayToOtherParty(event, record, Milestone.reached(row.to()), acknowledged.acknowledgedAt());
    }

    private void actionTaken(ReceivedEvent event) {
        Envelope envelope = event.envelope();
        RequestActionTaken taken = envelope.dataAs(RequestActionTaken.class);
        // Locked from the first read: a later locked find would keep these values, not re-read them.
        RoutingRecord held = RoutingRecord.findById(taken.requestId(), LockModeType.PESSIMISTIC_WRITE);
        if (held == null) {
            throw new RejectedEventException("request " + taken.requestId() + " was never delivered by the hub");
        }
        Transition row = relayed(held, taken.action(), EventType.REQUEST_ACTION_TAKEN);
        if (row.to() != taken.status()) {
            throw new RejectedEventException(taken.action() + " leads to " + row.to() + ", not " + taken.status());
        }
        if (row.action() == RequestAction.WITHDRAW && held.outcome == RoutingOutcome.UNROUTABLE) {
            withdrawnWhileUnroutable(envelope, held, row);
            return;
        }
        RoutingRecord record = Provenance.deliveredBetween(taken.requestId(), taken.requestingCountry(),
                taken.requestedCountry());
        Provenance.requireOn(record, envelope.sourceCountry(), row.side(), taken.action().verb());
        if (row.action() == RequestAction.FORWARD) {
            routing.forwarded(record, taken.forwardedTo());
        }
        messages.relayToOtherParty(event, record, Milestone.reached(row.to()), taken.occurredAt());
    }

    /** The row of the request's workflow for {@code action}, if that row travels as {@code carrier}. */
    private static Transition relayed(RoutingRecord record, RequestAction action, EventType carrier) {
        return record.workflow().carriedAs(action, carrier).orElseThrow(() -> new RejectedEventException(
                record.kind + " requests have no " + action + " that travels as " + carrier.ceType()));
    }

    /** Nobody else ever held it: the hub drops its held copy, so the desk cannot deliver it any more. */
    private void withdrawnWhileUnroutable(Envelope envelope, RoutingRecord record, Transition withdrawal) {
        Provenance.requireOn(record, envelope.sourceCountry(), withdrawal.side(), "the withdrawal");
        record.heldMessage = null;
        record.heldSignature = null;
        messages.lifecycle(envelope, record, Milestone.WITHDRAWN, clock.instant(),
                record.requestingCountry);
    }
}
