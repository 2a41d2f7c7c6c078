package org.counterpart.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message in the thread between the two authorities of a request. A status enquiry is the requester's
 * right to ask about progress (UNTOC art. 18); its answer names the enquiry in {@code inReplyTo}. Files
 * go with a message as a manifest of references and digests, never as content.
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
        @MayBeAbsent List<AttachmentManifestEntry> attachments,
        Instant postedAt) implements RequestEvent {
}
