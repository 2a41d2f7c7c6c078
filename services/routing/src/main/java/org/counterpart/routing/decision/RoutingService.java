package org.counterpart.routing.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.InstantSource;
import java.time.Period;
import java.util.UUID;
import org.counterpart.events.RequestTransmitted;
import org.counterpart.platform.inbox.RejectedEventException;
import org.counterpart.platform.time.Days;
import org.counterpart.routing.directory.ContactPoint;
import org.counterpart.routing.directory.DirectoryVersion;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Decides where a transmitted request goes and keeps the record of that decision. */
@ApplicationScoped
public class RoutingService {

    private final Period staleAfter;
    private final InstantSource clock;

    RoutingService(@ConfigProperty(name = "counterpart.directory.stale-after") Period staleAfter, InstantSource clock) {
        this.staleAfter = staleAfter;
        this.clock = clock;
    }

    /**
     * The counterpart forwarded the request to the authority that is competent after all: the record now
     * points there when the directory lists it for that country, and keeps where it first went wrong.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forwarded(RoutingRecord record, String forwardedTo) {
        ContactPoint target = forwardedTo == null ? null : ContactPoint.findById(forwardedTo);
        boolean listed = target != null && target.active && target.country.equals(record.requestedCountry);
        String from = record.contactPointId;
        if (record.misroutedFrom == null) {
            record.misroutedFrom = from;
        }
        record.forwardedAt = clock.instant();
        if (listed) {
            record.contactPointId = target.id;
        }
        // The forwarding note is case content between the two authorities; the record names entries only.
        record.extendPath("forwarded by the counterpart from " + from
                + (forwardedTo == null ? "" : listed ? " to " + forwardedTo
                        : " to " + forwardedTo + ", which the directory does not list for " + record.requestedCountry));
    }

    /** "Where would this go?": the same tree as real routing, over the directory as it is now. */
    public RoutingDecision preview(RoutingQuery query) {
        return Router.decide(query, ContactPoint.activeIn(query.requestedCountry()), staleAfter, Days.today(clock));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public RoutingRecord route(RequestTransmitted request, UUID correlationId) {
        if (RoutingRecord.findById(request.requestId()) != null) {
            throw new RejectedEventException("request " + request.requestId() + " was already routed");
        }
        RoutingDecision decision = Router.decide(RoutingQuery.of(request), ContactPoint.activeIn(request.requestedCountry()),
                staleAfter, Days.today(clock));
        RoutingRecord record = RoutingRecord.of(request, correlationId, decision, DirectoryVersion.current(),
                clock.instant());
        record.persist();
        return record;
    }
}
