package org.counterpart.mla.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.counterpart.events.RequestAcknowledged;
import org.counterpart.events.RequestActionTaken;
import org.counterpart.events.RequestTransmitted;
import org.counterpart.events.RequestUnroutable;
import org.counterpart.mla.CountryConfig;
import org.counterpart.platform.inbox.RejectedEventException;

/**
 * What the other side said about a request, applied to this country's copy. Runs in the consumer's
 * transaction, so the change and the processed-event mark commit together.
 */
@ApplicationScoped
public class Correspondence {

    private final CountryConfig config;

    Correspondence(CountryConfig config) {
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void receive(RequestTransmitted transmitted, UUID correlationId, String source) {
        if (!config.country().equals(transmitted.requestedCountry())) {
            throw new RejectedEventException("request " + transmitted.requestId() + " is addressed to "
                    + transmitted.requestedCountry() + ", not " + config.country());
        }
        if (MlaRequest.findById(transmitted.requestId()) == null) {
            MlaRequest.received(transmitted, correlationId, source);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void acknowledged(RequestAcknowledged acknowledged) {
        MlaRequest request = ownOutgoing(acknowledged.requestId());
        if (!request.requestedCountry.equals(acknowledged.requestedCountry())) {
            throw new RejectedEventException("request " + request.id + " was sent to " + request.requestedCountry
                    + ", not acknowledged by " + acknowledged.requestedCountry());
        }
        if (!RequestAction.ACKNOWLEDGE.allowedOn(request.status, Direction.INCOMING)) {
            throw new RejectedEventException("request " + request.id + " cannot be acknowledged in status " + request.status);
        }
        request.advance(RequestAction.ACKNOWLEDGE,
                new ActionDetails(null, acknowledged.counterpartReference(), null, null),
                "central authority of " + acknowledged.requestedCountry(), acknowledged.acknowledgedAt());
    }

    /** Mirrors what the other side did, if this side's copy is where that action can follow from. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void actionTaken(RequestActionTaken taken, String senderCountry) {
        RequestAction action;
        try {
            action = RequestAction.valueOf(taken.action());
        } catch (IllegalArgumentException e) {
            throw new RejectedEventException("unknown action " + taken.action());
        }
        boolean takenByRequester = action.side() == Direction.OUTGOING;
        String actingCountry = takenByRequester ? taken.requestingCountry() : taken.requestedCountry();
        String ownCountry = takenByRequester ? taken.requestedCountry() : taken.requestingCountry();
        if (!actingCountry.equals(senderCountry) || !ownCountry.equals(config.country())) {
            throw new RejectedEventException(action + " on request " + taken.requestId() + " cannot come from "
                    + senderCountry + " to " + config.country());
        }
        MlaRequest request = MlaRequest.findById(taken.requestId());
        Direction ownSide = takenByRequester ? Direction.INCOMING : Direction.OUTGOING;
        if (request == null || request.direction != ownSide) {
            throw new RejectedEventException("no " + ownSide + " request " + taken.requestId() + " in " + config.country());
        }
        if (!action.startsFrom(request.status)) {
            throw new RejectedEventException("request " + request.id + " is " + request.status + " here; "
                    + action + " from " + senderCountry + " cannot follow");
        }
        request.advance(action, new ActionDetails(taken.note(), null, taken.refusalGrounds(), taken.until()),
                (takenByRequester ? "requesting" : "requested") + " authority of " + senderCountry, taken.occurredAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void unroutable(RequestUnroutable unroutable) {
        ownOutgoing(unroutable.requestId()).routingProblem = unroutable.reason();
    }

    private MlaRequest ownOutgoing(UUID requestId) {
        MlaRequest request = MlaRequest.findById(requestId);
        if (request == null || request.direction != Direction.OUTGOING) {
            throw new RejectedEventException("no outgoing request " + requestId + " in " + config.country());
        }
        return request;
    }
}
