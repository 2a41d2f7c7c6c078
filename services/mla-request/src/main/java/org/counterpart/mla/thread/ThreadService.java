package org.counterpart.mla.thread;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.counterpart.events.AttachmentManifestEntry;
import org.counterpart.events.Country;
import org.counterpart.events.MessageContent;
import org.counterpart.events.MessageKind;
import org.counterpart.events.MessagePosted;
import org.counterpart.events.MessageRead;
import org.counterpart.events.workflow.Role;
import org.counterpart.mla.CountryConfig;
import org.counterpart.mla.notice.NoticeKind;
import org.counterpart.mla.notice.Notices;
import org.counterpart.mla.attachment.Attachment;
import org.counterpart.mla.attachment.AttachmentService;
import org.counterpart.mla.attachment.AttachmentView;
import org.counterpart.mla.inbound.Provenance;
import org.counterpart.mla.request.Direction;
import org.counterpart.mla.request.MlaRequest;
import org.counterpart.mla.request.RequestService;
import org.counterpart.mla.sealing.Sealing;
import org.counterpart.mla.transport.Dispatch;
import org.counterpart.platform.inbox.RejectedEventException;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Caller;

/**
 * The thread between the two authorities of a request: messages, status enquiries and their answers,
 * and read receipts. Open once the request reached a counterpart, in every status after that.
 */
@ApplicationScoped
public class ThreadService {

    private final CountryConfig config;
    private final RequestService requests;
    private final Dispatch dispatch;
    private final AttachmentService attachments;
    private final Sealing sealing;
    private final Notices notices;
    private final InstantSource clock;

    ThreadService(CountryConfig config, RequestService requests, Dispatch dispatch, AttachmentService attachments,
            Sealing sealing, Notices notices, InstantSource clock) {
        this.clock = clock;
        this.sealing = sealing;
        this.notices = notices;
        this.config = config;
        this.requests = requests;
        this.dispatch = dispatch;
        this.attachments = attachments;
    }

    public List<ThreadMessageView> thread(UUID requestId, Caller caller) {
        requests.visibleTo(requestId, caller);
        List<ThreadMessage> messages = ThreadMessage.ofRequest(requestId);
        Set<UUID> answered = messages.stream()
                .filter(m -> m.kind == MessageKind.ENQUIRY_ANSWER)
                .map(m -> m.inReplyTo)
                .collect(Collectors.toSet());
        Map<UUID, List<AttachmentView>> files = Attachment.<Attachment>list("requestId = ?1 and messageId is not null "
                        + "order by filename", requestId).stream()
                .collect(Collectors.groupingBy(a -> a.messageId, Collectors.mapping(AttachmentView::of, Collectors.toList())));
        return messages.stream()
                .map(m -> ThreadMessageView.of(m, answered.contains(m.id), files.getOrDefault(m.id, List.of())))
                .toList();
    }

    public ThreadMessageView message(UUID requestId, UUID messageId, Caller caller) {
        requests.visibleTo(requestId, caller);
        return view(messageOf(requestId, messageId, LockModeType.NONE));
    }

    private static ThreadMessage messageOf(UUID requestId, UUID messageId, LockModeType lock) {
        ThreadMessage message = ThreadMessage.findById(messageId, lock);
        if (message == null || !message.requestId.equals(requestId)) {
            throw ProblemException.notFound("Message " + messageId);
        }
        return message;
    }

    private static ThreadMessageView view(ThreadMessage message) {
        boolean answered = message.kind == MessageKind.STATUS_ENQUIRY
                && ThreadMessage.count("inReplyTo = ?1 and kind = ?2", message.id, MessageKind.ENQUIRY_ANSWER) > 0;
        return ThreadMessageView.of(message, answered,
                Attachment.<Attachment>list("messageId = ?1 order by filename", message.id).stream()
                        .map(AttachmentView::of).toList());
    }

    @Transactional
    public ThreadMessageView post(UUID requestId, NewMessage draft, Caller caller) {
        MlaRequest request = requests.visibleTo(requestId, caller);
        if (request.transmittedAt == null || request.routingProblem != null) {
            throw ProblemException.conflict("The request has not reached a counterpart, so there is nobody to write to",
                    Map.of("currentStatus", request.status));
        }
        MessageKind kind = draft.kind() == null ? MessageKind.MESSAGE : draft.kind();
        checkKind(request, kind, draft.inReplyTo());

        ThreadMessage message = new ThreadMessage();
        message.id = UUID.randomUUID();
        message.requestId = requestId;
        message.direction = ThreadMessage.Direction.SENT;
        message.kind = kind;
        message.inReplyTo = draft.inReplyTo();
        message.authorName = caller.name();
        message.authorRole = authorRole(caller);
        message.authorCountry = config.country();
        message.body = draft.body();
        message.postedAt = now();
        message.persist();
        List<Attachment> attached = draft.attachmentIds() == null ? List.of()
                : attachments.attach(requestId, draft.attachmentIds(), message.id);
        List<AttachmentManifestEntry> manifest = attached.stream().map(Attachment::manifestEntry).toList();
        MessageContent content = new MessageContent(message.authorName, message.body,
                attached.stream().map(Attachment::attachedFile).toList());
        dispatch.send(request.correlationId, request.otherCountry(), new MessagePosted(requestId, message.id,
                request.requestingCountry, request.requestedCountry, kind, message.inReplyTo, message.authorRole,
                manifest.isEmpty() ? null : manifest, message.postedAt,
                sealing.sealFor(request.otherCountry(), requestId, content)));
        return view(message);
    }

    /** The role the author writes in: the central authority's when they hold it, else their workflow role. */
    private static String authorRole(Caller caller) {
        if (caller.hasRole(Role.CENTRAL_AUTHORITY)) {
            return Role.CENTRAL_AUTHORITY.claim();
        }
        return Arrays.stream(Role.values()).filter(caller::hasRole).findFirst().orElse(Role.PROSECUTOR).claim();
    }

    /** Enquiries are the requester's to make and the requested side's to answer; a reply names a message of this thread. */
    private static void checkKind(MlaRequest request, MessageKind kind, UUID inReplyTo) {
        if (kind == MessageKind.STATUS_ENQUIRY && request.direction != Direction.OUTGOING) {
            throw ProblemException.invalid("kind", "only the requesting side sends status enquiries");
        }
        ThreadMessage repliedTo = inReplyTo == null ? null : ThreadMessage.findById(inReplyTo);
        if (inReplyTo != null && (repliedTo == null || !repliedTo.requestId.equals(request.id))) {
            throw ProblemException.invalid("inReplyTo", "no message " + inReplyTo + " in this request's thread");
        }
        if (kind == MessageKind.ENQUIRY_ANSWER && (repliedTo == null || repliedTo.kind != MessageKind.STATUS_ENQUIRY
                || repliedTo.direction != ThreadMessage.Direction.RECEIVED)) {
            throw ProblemException.invalid("inReplyTo", "an answer must name a status enquiry the other side sent");
        }
    }

    /** Marks a received message read and tells its author; reading it again changes nothing. */
    @Transactional
    public ThreadMessageView markRead(UUID requestId, UUID messageId, Caller caller) {
        MlaRequest request = requests.visibleTo(requestId, caller);
        // Locked, so two officers opening it at once send one read receipt, not two.
        ThreadMessage message = messageOf(requestId, messageId, LockModeType.PESSIMISTIC_WRITE);
        if (message.direction != ThreadMessage.Direction.RECEIVED) {
            throw ProblemException.conflict("Only the receiving side can mark a message read",
                    Map.of("direction", message.direction));
        }
        if (message.readAt == null) {
            message.readAt = now();
            message.readBy = caller.name();
            dispatch.send(request.correlationId, request.otherCountry(), new MessageRead(requestId, messageId,
                    request.requestingCountry, request.requestedCountry, message.readBy, message.readAt));
        }
        return view(message);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void received(MessagePosted posted, Country senderCountry) {
        MlaRequest request = Provenance.sharedWith(posted.requestId(), posted.requestingCountry(), posted.requestedCountry(),
                senderCountry, config.country());
        if (ThreadMessage.findById(posted.messageId()) != null) {
            return;
        }
        MessageContent content = sealing.open(posted.content(), MessageContent.class, posted.requestId(), senderCountry);
        ThreadMessage message = new ThreadMessage();
        message.id = posted.messageId();
        message.requestId = posted.requestId();
        message.direction = ThreadMessage.Direction.RECEIVED;
        message.kind = posted.kind();
        message.inReplyTo = posted.inReplyTo();
        message.authorName = content.authorName();
        message.authorRole = posted.authorRole();
        message.authorCountry = senderCountry;
        message.body = content.body();
        message.postedAt = posted.postedAt();
        message.persist();
        attachments.announced(posted, content, senderCountry);
        notices.announce(request, posted.kind() == MessageKind.STATUS_ENQUIRY ? NoticeKind.ENQUIRY_RECEIVED
                : NoticeKind.MESSAGE_RECEIVED, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void readByCounterpart(MessageRead read, Country senderCountry) {
        Provenance.sharedWith(read.requestId(), read.requestingCountry(), read.requestedCountry(), senderCountry,
                config.country());
        ThreadMessage message = ThreadMessage.findById(read.messageId());
        if (message == null || !message.requestId.equals(read.requestId())
                || message.direction != ThreadMessage.Direction.SENT) {
            throw new RejectedEventException("no message " + read.messageId() + " was sent from " + config.country()
                    + " about request " + read.requestId());
        }
        if (message.readAt == null) {
            message.readAt = read.readAt();
            message.readBy = read.readBy();
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
