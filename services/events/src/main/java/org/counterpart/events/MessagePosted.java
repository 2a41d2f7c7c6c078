package org.counterpart.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A message in the thread between the two authorities of a request. A status enquiry is the requester's
 * right to ask about progress (UNTOC art. 18); its answer names the enquiry in {@code inReplyTo}.
 */
public record MessagePosted(
        UUID requestId,
        UUID messageId,
        String requestingCountry,
        String requestedCountry,
        MessageKind kind,
        @MayBeAbsent UUID inReplyTo,
        String authorName,
        String authorRole,
        String body,
        Instant postedAt) implements RequestEvent {
}
