package org.counterpart.mla.attachment;

import java.time.Instant;
import java.util.UUID;

/** An attachment as the API shows it; {@code problem} says why a received file is not available. */
public record AttachmentView(
        UUID id,
        UUID messageId,
        Attachment.Origin origin,
        Attachment.State state,
        String filename,
        String mediaType,
        long sizeBytes,
        String sha256,
        String addedBy,
        Instant addedAt,
        String problem) {

    public static AttachmentView of(Attachment a) {
        return new AttachmentView(a.id, a.messageId, a.origin, a.state, a.filename, a.mediaType, a.sizeBytes, a.sha256,
                a.addedBy, a.addedAt, a.problem);
    }
}
