package org.counterpart.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A metadata-only lifecycle fact for dashboards. Carries no personal data and no case content, so
 * analysts can see every country pair without seeing any case. Some milestones carry the codes the
 * figures are cut by, and only those: {@code profile} with {@link Milestone#TRANSMITTED}, the grounds
 * with {@link Milestone#REFUSED}, and the directory entry a request reached with {@link Milestone#ROUTED} (and
 * goes to next with {@link Milestone#FORWARDED}).
 */
public record StatusChanged(
        UUID requestId,
        Country requestingCountry,
        Country requestedCountry,
        Milestone milestone,
        Instant occurredAt,
        @MayBeAbsent RequestProfile profile,
        @MayBeAbsent List<RefusalGround> refusalGrounds,
        @MayBeAbsent String contactPointId) implements RequestEvent {

    public StatusChanged {
        refusalGrounds = refusalGrounds == null ? null : List.copyOf(refusalGrounds);
    }

    /** A fact that carries nothing beyond the milestone. */
    public StatusChanged(UUID requestId, Country requestingCountry, Country requestedCountry, Milestone milestone,
            Instant occurredAt) {
        this(requestId, requestingCountry, requestedCountry, milestone, occurredAt, null, null, null);
    }

    public StatusChanged withProfile(RequestProfile what) {
        return new StatusChanged(requestId, requestingCountry, requestedCountry, milestone, occurredAt, what,
                refusalGrounds, contactPointId);
    }

    public StatusChanged withRefusalGrounds(List<RefusalGround> grounds) {
        return new StatusChanged(requestId, requestingCountry, requestedCountry, milestone, occurredAt, profile,
                grounds, contactPointId);
    }

    public StatusChanged withContactPoint(String entry) {
        return new StatusChanged(requestId, requestingCountry, requestedCountry, milestone, occurredAt, profile,
                refusalGrounds, entry);
    }
}
