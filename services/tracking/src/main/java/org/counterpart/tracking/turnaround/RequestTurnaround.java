package org.counterpart.tracking.turnaround;

import java.time.Instant;
import java.util.UUID;

/** Time to acknowledge for one request; {@code hoursWaiting} counts while it is still unacknowledged. */
public record RequestTurnaround(
        UUID requestId,
        String requestingCountry,
        String requestedCountry,
        Instant transmittedAt,
        Instant acknowledgedAt,
        Double hoursToAcknowledge,
        Double hoursWaiting,
        boolean overTarget) {
}
