package org.counterpart.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One side of a request took a business action the other side must mirror (assess, ask for
 * information, refuse, withdraw, ...). {@code action} and {@code status} name the action and the status
 * it led to, as listed in the JSON Schema. A resubmission carries the corrected request as {@code revision};
 * a forward may name the directory entry of the competent authority as {@code forwardedTo}.
 */
public record RequestActionTaken(
        UUID requestId,
        String requestingCountry,
        String requestedCountry,
        String action,
        String status,
        @MayBeAbsent String note,
        @MayBeAbsent List<RefusalGround> refusalGrounds,
        @MayBeAbsent LocalDate until,
        @MayBeAbsent String forwardedTo,
        @MayBeAbsent RequestRevision revision,
        Instant occurredAt) implements RequestEvent {
}
