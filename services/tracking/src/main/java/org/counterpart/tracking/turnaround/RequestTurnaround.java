package org.counterpart.tracking.turnaround;

import java.time.Instant;
import java.util.UUID;

/**
 * Time to acknowledge for one request; {@code hoursWaiting} counts while a delivered request is still
 * unacknowledged.
 */
public record RequestTurnaround(
        UUID requestId,
        String requestingCountry,
        String requestedCountry,
        Instant transmittedAt,
        Instant acknowledgedAt,
        Double hoursToAcknowledge,
        Double hoursWaiting,
        boolean unroutable,
        boolean overTarget) {
}
