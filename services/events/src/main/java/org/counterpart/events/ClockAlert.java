package org.counterpart.events;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A request's clock passed its warning threshold or its target. Sent by the hub to both countries and
 * to tracking. Targets are service levels agreed in the network, not legal limits.
 *
 * @param target the clock's target, excluding time paused while the requester owed information
 * @param dueAt  when the target is (or was) reached, pauses included
 */
public record ClockAlert(
        UUID requestId,
        Country requestingCountry,
        Country requestedCountry,
        Clock clock,
        Level level,
        Duration target,
        Instant dueAt,
        Instant occurredAt) implements RequestEvent {

    public enum Clock {
        /** From delivery to the requested side's acknowledgement. */
        ACKNOWLEDGE,
        /** From acknowledgement to the decision (accept, postpone, refuse, answer); pauses while information is owed. */
        DECIDE,
        /** From acceptance to execution. */
        EXECUTE,
        /** The request's own "wanted by" date. */
        WANTED_BY,
        /** From a provisional arrest to the full extradition request, within the treaty's window. */
        FULL_REQUEST,
        /** From recognition of a victim to the verification of their nationality. */
        VERIFY_NATIONALITY
    }

    public enum Level {
        WARNING, BREACH
    }
}
