package org.counterpart.mla.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.UUID;
import org.counterpart.events.ActionParticulars;
import org.counterpart.events.Agency;
import org.counterpart.events.ClockAlert;
import org.counterpart.events.Country;
import org.counterpart.events.EventType;
import org.counterpart.events.RequestAcknowledged;
import org.counterpart.events.RequestActionTaken;
import org.counterpart.events.RequestParticulars;
import org.counterpart.events.RequestRouted;
import org.counterpart.events.RequestTransmitted;
import org.counterpart.events.RequestUnroutable;
import org.counterpart.events.workflow.RequestAction;
import org.counterpart.events.workflow.RequestStatus;
import org.counterpart.events.workflow.Side;
import org.counterpart.events.workflow.Transition;
import org.counterpart.mla.CountryConfig;
import org.counterpart.mla.notice.NoticeKind;
import org.counterpart.mla.notice.Notices;
import org.counterpart.mla.inbound.Provenance;
import org.counterpart.mla.sealing.Sealing;
import org.counterpart.platform.inbox.RejectedEventException;

/**
 * What the other side said about a request, applied to this country's copy. Runs in the consumer's
 * transaction, so the change and the processed-event mark commit together.
 */
@ApplicationScoped
public class CounterpartActions {

    private final CountryConfig config;

    private final Sealing sealing;
    private final Notices notices;
    private final InstantSource clock;

    CounterpartActions(CountryConfig config, Sealing sealing, Notices notices, InstantSource clock) {
        this.clock = clock;
        this.config = config;
        this.sealing = sealing;
        this.notices = notices;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void receive(RequestTransmitted transmitted, UUID correlationId, String source) {
        if (!config.country().equals(transmitted.requestedCountry())) {
            throw new RejectedEventException("request " + transmitted.requestId() + " is addressed to "
                    + transmitted.requestedCountry() + ", not " + config.country());
        }
        if (MlaRequest.findById(transmitted.requestId()) == null) {
            RequestParticulars particulars = sealing.open(transmitted.particulars(), RequestParticulars.class,
                    transmitted.requestId(), transmitted.requestingCountry());
            checkAddressedAgency(transmitted, particulars);
            notices.announce(MlaRequest.received(transmitted, particulars, correlationId, source, clock.instant()),
                    NoticeKind.NEW_INCOMING_REQUEST, null);
        }
    }

    /**
     * The hub routed an informal exchange by the agency named in clear; who reads it here goes by the
     * sealed content. If the two differ, one agency's entry received what another agency is to read.
     */
    private static void checkAddressedAgency(RequestTransmitted transmitted, RequestParticulars particulars) {
        Optional<Agency> sealed = particulars.content() == null ? Optional.empty()
                : particulars.content().addressedAgency();
        if (!sealed.equals(Optional.ofNullable(transmitted.receivingAgency()))) {
            throw new RejectedEventException("request " + transmitted.requestId() + " was routed to "
                    + transmitted.receivingAgency() + " but its content is addressed to " + sealed.orElse(null));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void acknowledged(RequestAcknowledged acknowledged, Country senderCountry) {
        mirror(RequestAction.ACKNOWLEDGE, EventType.REQUEST_ACKNOWLEDGED, null, acknowledged.requestId(),
                acknowledged.requestingCountry(), acknowledged.requestedCountry(), senderCountry,
                new ActionDetails(null, acknowledged.counterpartReference(), null, null, null, null, null, null),
                acknowledged.acknowledgedAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void actionTaken(RequestActionTaken taken, Country senderCountry) {
        RequestAction action = taken.action();
        ActionParticulars particulars = taken.particulars() == null ? ActionParticulars.NONE
                : sealing.open(taken.particulars(), ActionParticulars.class, taken.requestId(), senderCountry);
        if (action.sendsTheRequest() != (particulars.revision() != null)) {
            throw new RejectedEventException(action + " of request " + taken.requestId()
                    + (particulars.revision() == null ? " carries no revision" : " cannot revise the request"));
        }
        MlaRequest request = mirror(action, EventType.REQUEST_ACTION_TAKEN, taken.status(), taken.requestId(),
                taken.requestingCountry(), taken.requestedCountry(), senderCountry,
                new ActionDetails(particulars.note(), null, taken.refusalGrounds(), taken.until(), taken.forwardedTo(),
                        particulars.members(), particulars.surrender(), particulars.nonPunishment()),
                taken.occurredAt());
        if (particulars.revision() != null) {
            request.takeRevision(particulars.revision());
        }
        if (action == RequestAction.REQUEST_INFO) {
            notices.announce(request, NoticeKind.INFORMATION_REQUESTED, null);
        } else if (action == RequestAction.RETURN_DEFICIENT) {
            notices.announce(request, NoticeKind.REQUEST_RETURNED, null);
        }
    }

    /**
     * Applies what the other side did to this side's copy: only an action of the request's workflow that
     * travels as {@code carrier} and leads to {@code reported} (when the message names a status), only
     * from the country whose side took it, only on a copy between the same two countries, and only if
     * this copy's status allows it.
     */
    private MlaRequest mirror(RequestAction action, EventType carrier, RequestStatus reported, UUID requestId,
            Country requesting, Country requested, Country sender, ActionDetails details, Instant at) {
        MlaRequest request = Provenance.sharedWith(requestId, requesting, requested, sender, config.country());
        Transition row = request.workflow().carriedAs(action, carrier).orElseThrow(() -> new RejectedEventException(
                request.kind + " requests have no " + action + " that travels as " + carrier.ceType()));
        if (reported != null && reported != row.to()) {
            throw new RejectedEventException(action + " leads to " + row.to() + ", not " + reported);
        }
        Provenance.requireActingSide(request, sender, row.side(), action.verb());
        if (!row.startsFrom(request.status)) {
            throw new RejectedEventException("request " + request.id + " is " + request.status + " here; "
                    + action + " from " + sender + " cannot follow");
        }
        request.advance(row, details, (row.side() == Side.REQUESTING ? "requesting" : "requested") + " authority of "
                + sender, at);
        return request;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void unroutable(RequestUnroutable unroutable) {
        Provenance.ownOutgoing(unroutable.requestId(), config.country()).routingProblem = unroutable.reason();
    }

    /** A clock of the hub warned or breached; both sides keep it with the request, once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void clockAlert(ClockAlert alert) {
        MlaRequest request = MlaRequest.findById(alert.requestId());
        if (request == null || !request.requestingCountry.equals(alert.requestingCountry())
                || !request.requestedCountry.equals(alert.requestedCountry())) {
            throw new RejectedEventException("no request " + alert.requestId() + " between " + alert.requestingCountry()
                    + " and " + alert.requestedCountry() + " in " + config.country());
        }
        ClockAlertEntry.Key key = new ClockAlertEntry.Key(alert.requestId(), alert.clock(), alert.level());
        if (ClockAlertEntry.findById(key) == null) {
            ClockAlertEntry entry = new ClockAlertEntry();
            entry.key = key;
            entry.targetSeconds = alert.target().toSeconds();
            entry.dueAt = alert.dueAt();
            entry.occurredAt = alert.occurredAt();
            entry.persist();
            notices.announce(request, alert.level() == ClockAlert.Level.BREACH ? NoticeKind.CLOCK_BREACHED
                    : NoticeKind.CLOCK_WARNING, null);
        }
    }

    /** The regional desk placed a request the directory could not: it is on its way, the problem is gone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void routed(RequestRouted routed) {
        MlaRequest request = Provenance.ownOutgoing(routed.requestId(), config.country());
        if (request.workflow().isFinal(request.status)) {
            throw new RejectedEventException("request " + request.id + " is " + request.status + "; it cannot be delivered now");
        }
        request.routingProblem = null;
        RequestHistoryEntry.record(request.id, request.status, null, "assigned by the regional desk to "
                + routed.authority() + " (" + routed.contactPointId() + "): " + routed.reason(), "routing hub",
                routed.decidedAt());
    }
}
