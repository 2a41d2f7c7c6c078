package org.counterpart.events;

import java.time.Instant;
import java.util.UUID;

/** The requested country's central authority has registered the request under its own reference. */
public record RequestAcknowledged(
        UUID requestId,
        Country requestingCountry,
        Country requestedCountry,
        String counterpartReference,
        Instant acknowledgedAt) implements RequestEvent {
}
