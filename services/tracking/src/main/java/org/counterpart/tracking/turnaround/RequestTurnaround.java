package org.counterpart.tracking.turnaround;

import java.time.Instant;
import java.util.UUID;
import org.counterpart.events.Country;

/**
 * Time to acknowledge for one request; {@code hoursWaiting} counts while a delivered request is still
 * unacknowledged.
 */
public record RequestTurnaround(
        UUID requestId,
        Country requestingCountry,
        Country requestedCountry,
        Instant transmittedAt,
        Instant acknowledgedAt,
        Double hoursToAcknowledge,
        Double hoursWaiting,
        boolean unroutable,
        boolean overTarget) {
}
