package org.counterpart.routing.relay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.InstantSource;
import org.counterpart.events.Country;
import org.counterpart.events.Envelope;
import org.counterpart.events.Milestone;
import org.counterpart.events.RequestActionTaken;
import org.counterpart.events.Sources;
import org.counterpart.events.StatusChanged;
import org.counterpart.events.Topics;
import org.counterpart.events.workflow.DirectoryRole;
import org.counterpart.events.workflow.Side;
import org.counterpart.platform.inbox.ReceivedEvent;
import org.counterpart.platform.outbox.Outbox;
import org.counterpart.routing.clock.Clocks;
import org.counterpart.routing.decision.RoutingRecord;
import org.counterpart.routing.directory.ContactPoint;

/**
 * What the hub writes when it passes a country's message on: the message itself (its bytes and its
 * writer's signature unchanged, stamped with the contact point), the sender's acceptance receipt, the
 * clocks, and the metadata-only fact for tracking. The one home of that sequence, whether the message
 * came off a topic or the regional desk releases a held request.
 */
@ApplicationScoped
public class HubMessages {

    private final Outbox outbox;
    private final HubReceipts receipts;
    private final Clocks clocks;
    private final InstantSource clock;

    HubMessages(Outbox outbox, HubReceipts receipts, Clocks clocks, InstantSource clock) {
        this.outbox = outbox;
        this.receipts = receipts;
        this.clocks = clocks;
        this.clock = clock;
    }

    /** A new request reaches the contact point {@code record} names; its acknowledgement clock starts {@code at}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deliverRequest(ReceivedEvent request, RoutingRecord record, Instant at) {
        outbox.relay(Topics.inbound(record.requestedCountry), request, record.contactPointId);
        receipts.accepted(request.envelope());
        clocks.delivered(record, at);
        lifecycle(request.envelope(), factOf(record, Milestone.ROUTED, at).withContactPoint(record.contactPointId),
                record.requestingCountry);
    }

    /**
     * A later message of a delivered request goes to the other party: to the contact point on the
     * requested side, or to the requesting country's central authority. Status changes also reach the
     * clocks and tracking ({@code milestone} is null for thread messages), at {@code at} as the sender states
     * it, within what the hub saw ({@link FactTimes}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void relayToOtherParty(ReceivedEvent message, RoutingRecord record, Milestone milestone, Instant at) {
        Country sender = message.envelope().sourceCountry();
        if (Provenance.sideOf(record, sender) == Side.REQUESTING) {
            outbox.relay(Topics.inbound(record.requestedCountry), message, record.contactPointId);
        } else {
            outbox.relay(Topics.inbound(record.requestingCountry), message, centralAuthorityOf(record.requestingCountry));
        }
        receipts.accepted(message.envelope());
        if (milestone != null) {
            // The hub's own time: countries' clocks may disagree, and a pause must not run backwards.
            Instant read = clock.instant();
            clocks.passed(record, milestone, read);
            StatusChanged fact = factOf(record, milestone, FactTimes.afterRouting(at, record.decidedAt, read));
            if (message.envelope().data() instanceof RequestActionTaken taken && taken.refusalGrounds() != null) {
                fact = fact.withRefusalGrounds(taken.refusalGrounds());
            }
            if (milestone == Milestone.FORWARDED) {
                // Where the request goes now; tracking counts the misroute against the entry it leaves.
                fact = fact.withContactPoint(record.contactPointId);
            }
            lifecycle(message.envelope(), fact, sender);
        }
    }

    /** Metadata only: which request, which pair, what happened when. No case content reaches tracking. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lifecycle(Envelope cause, RoutingRecord record, Milestone milestone, Instant at, Country sourceCountry) {
        lifecycle(cause, factOf(record, milestone, at), sourceCountry);
    }

    /** {@code fact} carries codes only: a profile, refusal grounds, a directory entry (see {@link StatusChanged}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lifecycle(Envelope cause, StatusChanged fact, Country sourceCountry) {
        outbox.enqueue(Topics.LIFECYCLE, Envelope.create(Sources.HUB, sourceCountry, cause.correlationId(), fact));
    }

    public static StatusChanged factOf(RoutingRecord record, Milestone milestone, Instant at) {
        return new StatusChanged(record.requestId, record.requestingCountry, record.requestedCountry, milestone, at);
    }

    private static String centralAuthorityOf(Country country) {
        return ContactPoint.activeIn(country).stream()
                .filter(point -> point.role == DirectoryRole.CENTRAL_AUTHORITY)
                .map(point -> point.id)
                .findFirst().orElse(null);
    }
}
