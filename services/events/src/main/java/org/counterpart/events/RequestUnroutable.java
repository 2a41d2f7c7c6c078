package org.counterpart.events;

import java.time.Instant;
import java.util.UUID;

/** Routing found no counterpart contact point; the requester is told why instead of waiting forever. */
public record RequestUnroutable(
        UUID requestId,
        Country requestingCountry,
        Country requestedCountry,
        @MayBeAbsent AssistanceType assistanceType,
        String reason,
        Instant decidedAt) implements RequestEvent {
}
