package org.counterpart.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.counterpart.events.sealing.Sealed;

/**
 * A message in the thread between the two authorities of a request. A status enquiry is the requester's
 * right to ask about progress (UNTOC art. 18); its answer names the enquiry in {@code inReplyTo}. Files
 * go with a message as a manifest of references and sizes, never as content. Who wrote it, what it says
 * and the files' names and keys are in {@code content}, sealed for the other country.
 */
public record MessagePosted(
        UUID requestId,
        UUID messageId,
        Country requestingCountry,
        Country requestedCountry,
        MessageKind kind,
        @MayBeAbsent UUID inReplyTo,
        String authorRole,
        @MayBeAbsent List<AttachmentManifestEntry> attachments,
        Instant postedAt,
        Sealed<MessageContent> content) implements RequestEvent {
}
