package org.counterpart.mla.attachment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.counterpart.events.AttachmentManifestEntry;
import org.counterpart.events.MessageContent;

/**
 * A file of a request: uploaded here (evidence, translation, court order), or received from the
 * counterpart, fetched through the hub and checked against the digest its manifest announced.
 */
@Entity
@Table(name = "attachment")
public class Attachment extends PanacheEntityBase {

    public enum Origin {
        UPLOADED, RECEIVED
    }

    public enum State {
        /** The file is in this country's store and may be opened. */
        STORED,
        /** Announced by the counterpart; the fetcher has not got it yet. */
        AWAITING_FETCH,
        /** Fetched, but its SHA-256 or size differs from the manifest: discarded, never shown. */
        DIGEST_MISMATCH,
        /** The hub could not supply it after every attempt. */
        FETCH_FAILED,
        /** Destroyed at the end of its retention: bytes and name gone, size and digest kept. */
        DESTROYED
    }

    @Id
    public UUID id;

    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    /** The thread message it travelled with; null while an upload waits to be sent. */
    @Column(name = "message_id")
    public UUID messageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Origin origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    /** Null once the file was destroyed at the end of its retention (a name can identify a person). */
    @Column
    public String filename;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    /** Lower-case hex SHA-256 of the content. */
    @Column(nullable = false)
    public String sha256;

    @Column(name = "added_by", nullable = false)
    public String addedBy;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    @Column(name = "fetch_attempts", nullable = false)
    public int fetchAttempts;

    /** When the fetcher may try (again); a fetch in progress pushes it out as a lease. */
    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "problem")
    public String problem;

    /**
     * The key this file's bytes travel sealed with between the two countries ({@code FileSeal}): made when
     * it is sent, learnt from the sealed message when it is received; null before, and once destroyed.
     */
    @Column(name = "file_key")
    public byte[] fileKey;

    /** What the hub may know of this file. */
    public AttachmentManifestEntry manifestEntry() {
        return new AttachmentManifestEntry(id, mediaType, sizeBytes);
    }

    /** What only the other country may know of it, sealed with the message. */
    public MessageContent.AttachedFile attachedFile() {
        return new MessageContent.AttachedFile(id, filename, sha256, Base64.getEncoder().encodeToString(fileKey));
    }
}
