package org.counterpart.routing.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.counterpart.events.RequestTransmitted;
import org.counterpart.platform.inbox.RejectedEventException;
import org.counterpart.routing.directory.ContactPoint;
import org.counterpart.routing.directory.DirectoryVersion;

/** Decides where a transmitted request goes and keeps the record of that decision. */
@ApplicationScoped
public class RoutingService {

    @Transactional(Transactional.TxType.MANDATORY)
    public RoutingRecord route(RequestTransmitted request, UUID correlationId) {
        if (RoutingRecord.findById(request.requestId()) != null) {
            throw new RejectedEventException("request " + request.requestId() + " was already routed");
        }
        RoutingDecision decision = Router.decide(request.requestedCountry(), request.assistanceType(),
                ContactPoint.activeIn(request.requestedCountry()));
        RoutingRecord record = RoutingRecord.of(request, correlationId, decision, DirectoryVersion.current(),
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        record.persist();
        return record;
    }
}
