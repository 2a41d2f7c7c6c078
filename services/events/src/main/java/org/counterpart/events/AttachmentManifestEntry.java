package org.counterpart.events;

import java.util.UUID;

/**
 * One file announced with a thread message. The file itself never travels on Kafka: the receiver
 * fetches it by {@code attachmentId} through the hub and keeps it only if size and SHA-256 match.
 */
public record AttachmentManifestEntry(
        UUID attachmentId,
        String filename,
        String mediaType,
        long sizeBytes,
        String sha256) {
}
