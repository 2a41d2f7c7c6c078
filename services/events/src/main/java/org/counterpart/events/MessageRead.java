package org.counterpart.events;

import java.time.Instant;
import java.util.UUID;

/** A person at the receiving authority opened a thread message: a read receipt, unlike the transport's retrieval. */
public record MessageRead(
        UUID requestId,
        UUID messageId,
        Country requestingCountry,
        Country requestedCountry,
        String readBy,
        Instant readAt) implements RequestEvent {
}
