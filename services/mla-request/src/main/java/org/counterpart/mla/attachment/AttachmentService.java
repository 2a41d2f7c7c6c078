package org.counterpart.mla.attachment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.counterpart.events.AttachmentManifestEntry;
import org.counterpart.events.Country;
import org.counterpart.events.MessageContent;
import org.counterpart.events.MessagePosted;
import org.counterpart.events.sealing.FileSeal;
import org.counterpart.mla.idempotency.IdempotencyKey;
import org.counterpart.mla.idempotency.IdempotentCalls;
import org.counterpart.mla.idempotency.IdempotentCalls.Created;
import org.counterpart.mla.request.MlaRequest;
import org.counterpart.mla.request.RequestService;
import org.counterpart.platform.inbox.RejectedEventException;
import org.counterpart.platform.problem.FieldError;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Caller;

/**
 * Files of a request: uploads are checked (type, name, the counterpart's size limit) and streamed into
 * this country's store; they leave it only as a manifest entry on a thread message, and the counterpart
 * fetches the content through the hub.
 */
@ApplicationScoped
public class AttachmentService {

    private static final Pattern SAFE_FILENAME = Pattern.compile("[^/\\\\\\p{Cntrl}]{1,255}");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final RequestService requests;
    private final AttachmentStore store;
    private final AttachmentConfig config;
    private final IdempotentCalls idempotentCalls;
    private final InstantSource clock;

    /** What makes two uploads the same one: the file's bytes by their digest, under its name and type. */
    private record UploadedFile(UUID requestId, String filename, String mediaType, String sha256) {
    }

    AttachmentService(RequestService requests, AttachmentStore store, AttachmentConfig config,
            IdempotentCalls idempotentCalls, InstantSource clock) {
        this.clock = clock;
        this.idempotentCalls = idempotentCalls;
        this.requests = requests;
        this.store = store;
        this.config = config;
    }

    public Attachment upload(UUID requestId, String filename, String contentType, InputStream content, Caller caller) {
        return upload(requestId, filename, contentType, content, caller, null, null).made();
    }

    /**
     * Not one transaction: the file is streamed first, then recorded; a failed record removes the file,
     * and so does a retry of an upload already recorded under the same {@code key}.
     */
    public Created<Attachment> upload(UUID requestId, String filename, String contentType, InputStream content,
            Caller caller, IdempotencyKey key, String operation) {
        MlaRequest request = requests.visibleTo(requestId, caller);
        if (filename == null || !SAFE_FILENAME.matcher(filename).matches()) {
            throw ProblemException.invalid("filename", "is required: 1 to 255 characters, without path separators");
        }
        String mediaType = mediaTypeOf(contentType);
        if (!config.allowedTypes().contains(mediaType)) {
            throw ProblemException.unsupportedType("Content-Type", mediaType, config.allowedTypes());
        }
        long limit = config.maxBytesFor(request.otherCountry());
        UUID id = UUID.randomUUID();
        AttachmentStore.Written written;
        try {
            written = store.write(id, content, limit);
        } catch (AttachmentStore.TooLarge e) {
            throw ProblemException.tooLarge("content", limit, request.otherCountry().code());
        }
        try {
            Created<Attachment> created = QuarkusTransaction.requiringNew().call(() -> idempotentCalls.once(key, caller,
                    operation, new UploadedFile(requestId, filename, mediaType, written.sha256()), () -> {
                Attachment attachment = new Attachment();
                attachment.id = id;
                attachment.requestId = requestId;
                attachment.origin = Attachment.Origin.UPLOADED;
                attachment.state = Attachment.State.STORED;
                attachment.filename = filename;
                attachment.mediaType = mediaType;
                attachment.sizeBytes = written.sizeBytes();
                attachment.sha256 = written.sha256();
                attachment.addedBy = caller.name();
                attachment.addedAt = now();
                attachment.nextAttemptAt = attachment.addedAt;
                attachment.persist();
                return attachment;
            }, attachment -> attachment.id,
                    // a lambda, not Attachment::findById: the method reference would bind to the unenhanced base class
                    found -> Attachment.<Attachment>findById(found)));
            if (created.replayed()) {
                store.delete(id);
            }
            return created;
        } catch (RuntimeException e) {
            store.delete(id);
            throw e;
        }
    }

    public List<Attachment> list(UUID requestId, Caller caller) {
        requests.visibleTo(requestId, caller);
        return Attachment.list("requestId = ?1 order by addedAt", requestId);
    }

    public Attachment get(UUID requestId, UUID attachmentId, Caller caller) {
        requests.visibleTo(requestId, caller);
        Attachment attachment = Attachment.findById(attachmentId);
        if (attachment == null || !attachment.requestId.equals(requestId)) {
            throw ProblemException.notFound("Attachment " + attachmentId);
        }
        return attachment;
    }

    /** Received files may be opened only once their digest matched. */
    public void checkAvailable(Attachment attachment) {
        if (attachment.state != Attachment.State.STORED) {
            throw ProblemException.conflict("Attachment " + attachment.id + " is " + attachment.state
                    + (attachment.problem == null ? "" : ": " + attachment.problem), java.util.Map.of("state", attachment.state));
        }
    }

    public InputStream content(Attachment attachment) {
        return store.open(attachment.id);
    }

    /**
     * Binds uploads to the message that sends them, each with the fresh key its bytes will travel sealed
     * with. Each must belong to the request, be this side's own upload and not have gone with another message.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Attachment> attach(UUID requestId, List<UUID> attachmentIds, UUID messageId) {
        List<FieldError> errors = new ArrayList<>();
        List<Attachment> attachments = new ArrayList<>();
        for (int i = 0; i < attachmentIds.size(); i++) {
            Attachment a = Attachment.findById(attachmentIds.get(i), LockModeType.PESSIMISTIC_WRITE);
            if (a == null || !a.requestId.equals(requestId) || a.origin != Attachment.Origin.UPLOADED) {
                errors.add(new FieldError("attachmentIds[" + i + "]", "no upload " + attachmentIds.get(i) + " of this request"));
            } else if (a.messageId != null) {
                errors.add(new FieldError("attachmentIds[" + i + "]", "already sent with message " + a.messageId));
            } else {
                attachments.add(a);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        for (Attachment a : attachments) {
            a.messageId = messageId;
            a.fileKey = FileSeal.newKey();
        }
        return attachments;
    }

    /**
     * Records what the counterpart announced; the fetcher gets each file through the hub after this
     * commits. The manifest and the sealed particulars of each file are held to the same rules as an
     * upload here (name, type, the size limit for that counterpart, a well-formed digest, a file key): a
     * message announcing anything else is refused whole.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announced(MessagePosted posted, MessageContent content, Country senderCountry) {
        if (posted.attachments() == null) {
            return;
        }
        Map<UUID, MessageContent.AttachedFile> files = new HashMap<>();
        if (content.files() != null) {
            content.files().forEach(file -> files.put(file.attachmentId(), file));
        }
        for (AttachmentManifestEntry entry : posted.attachments()) {
            String refusal = refusalOf(entry, files.get(entry.attachmentId()), senderCountry);
            if (refusal != null) {
                throw new RejectedEventException("attachment " + entry.attachmentId() + " of message "
                        + posted.messageId() + ": " + refusal);
            }
        }
        for (AttachmentManifestEntry entry : posted.attachments()) {
            if (Attachment.findById(entry.attachmentId()) != null) {
                continue;
            }
            MessageContent.AttachedFile file = files.get(entry.attachmentId());
            Attachment a = new Attachment();
            a.id = entry.attachmentId();
            a.requestId = posted.requestId();
            a.messageId = posted.messageId();
            a.origin = Attachment.Origin.RECEIVED;
            a.state = Attachment.State.AWAITING_FETCH;
            a.filename = file.filename();
            a.mediaType = entry.mediaType();
            a.sizeBytes = entry.sizeBytes();
            a.sha256 = file.sha256();
            a.fileKey = Base64.getDecoder().decode(file.fileKey());
            a.addedBy = content.authorName();
            a.addedAt = posted.postedAt();
            a.nextAttemptAt = now();
            a.persist();
        }
    }

    /**
     * For the hub, which has checked that the asking country is the other party: only files this side
     * uploaded and actually sent with a message of that request.
     */
    public Attachment sentWith(UUID requestId, UUID attachmentId) {
        Attachment a = Attachment.findById(attachmentId);
        if (a == null || !a.requestId.equals(requestId) || a.origin != Attachment.Origin.UPLOADED || a.messageId == null
                || a.state != Attachment.State.STORED) {
            throw ProblemException.notFound("Attachment " + attachmentId);
        }
        return a;
    }

    private String refusalOf(AttachmentManifestEntry entry, MessageContent.AttachedFile file, Country senderCountry) {
        if (file == null) {
            return "the sealed content says nothing of it";
        }
        if (file.filename() == null || !SAFE_FILENAME.matcher(file.filename()).matches()) {
            return "file name is missing, too long or contains path separators";
        }
        if (!config.allowedTypes().contains(mediaTypeOf(entry.mediaType()))) {
            return "type '" + entry.mediaType() + "' is not accepted here";
        }
        long limit = config.maxBytesFor(senderCountry);
        if (entry.sizeBytes() < 0 || entry.sizeBytes() > limit) {
            return entry.sizeBytes() + " bytes is outside the " + limit + " bytes accepted from " + senderCountry;
        }
        if (file.sha256() == null || !SHA256_HEX.matcher(file.sha256()).matches()) {
            return "SHA-256 is not 64 lower-case hex digits";
        }
        if (!isFileKey(file.fileKey())) {
            return "its file key is not " + FileSeal.KEY_BYTES + " bytes in base64";
        }
        return null;
    }

    private static boolean isFileKey(String base64) {
        try {
            return base64 != null && Base64.getDecoder().decode(base64).length == FileSeal.KEY_BYTES;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String mediaTypeOf(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "";
        }
        return contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    private Instant now() {
        return clock.instant();
    }
}
