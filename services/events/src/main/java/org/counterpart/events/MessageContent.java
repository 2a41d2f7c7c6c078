package org.counterpart.events;

import java.util.List;
import java.util.UUID;

/**
 * What a thread message says and who wrote it, with each file's name, digest and the key its bytes are
 * sealed with. Sealed for the other country (see {@link MessagePosted}).
 *
 * @param files one per entry of the message's manifest, by attachment id
 */
public record MessageContent(String authorName, String body, List<AttachedFile> files) {

    /**
     * @param sha256  of the file's own bytes, as the receiver must find them once opened
     * @param fileKey the AES key the file's bytes travel sealed with, base64 ({@code FileSeal})
     */
    public record AttachedFile(UUID attachmentId, String filename, String sha256, String fileKey) {
    }
}
