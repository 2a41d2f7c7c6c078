package org.counterpart.events;

import java.util.UUID;

/**
 * One file announced with a thread message, as far as the hub may know it. The file itself never
 * travels on Kafka: the receiver fetches it by {@code attachmentId} through the hub, sealed, and keeps it
 * only if, opened, its size and SHA-256 (in the message's sealed content) match.
 */
public record AttachmentManifestEntry(
        UUID attachmentId,
        String mediaType,
        long sizeBytes) {
}
