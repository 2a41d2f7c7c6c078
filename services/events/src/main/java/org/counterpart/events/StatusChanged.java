package org.counterpart.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A metadata-only lifecycle fact for dashboards. Carries no personal data and no case content, so
 * analysts can see every country pair without seeing any case.
 */
public record StatusChanged(
        UUID requestId,
        Country requestingCountry,
        Country requestedCountry,
        Milestone milestone,
        Instant occurredAt) implements RequestEvent {
}
