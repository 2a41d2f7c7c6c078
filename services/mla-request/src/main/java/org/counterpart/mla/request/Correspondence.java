package org.counterpart.mla.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.counterpart.events.RequestAcknowledged;
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
        request.counterpartReference = acknowledged.counterpartReference();
        request.advance(RequestAction.ACKNOWLEDGE, "central authority of " + acknowledged.requestedCountry(),
                acknowledged.acknowledgedAt());
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
