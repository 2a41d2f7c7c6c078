package org.counterpart.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.counterpart.events.sealing.Sealed;
import org.counterpart.events.workflow.RequestAction;
import org.counterpart.events.workflow.RequestStatus;

/**
 * One side of a request took a business action the other side must mirror (assess, ask for
 * information, refuse, withdraw, ...). {@code action} and {@code status} are the action and the status it
 * led to, a row of the kind's workflow the hub holds it to; refusal grounds are codes. A forward may name the directory
 * entry of the competent authority as {@code forwardedTo}. The officer's note and a resubmission's
 * corrected request are in {@code particulars}, sealed for the other country.
 */
public record RequestActionTaken(
        UUID requestId,
        Country requestingCountry,
        Country requestedCountry,
        RequestAction action,
        RequestStatus status,
        @MayBeAbsent List<RefusalGround> refusalGrounds,
        @MayBeAbsent LocalDate until,
        @MayBeAbsent String forwardedTo,
        Instant occurredAt,
        @MayBeAbsent Sealed<ActionParticulars> particulars) implements RequestEvent {
}
