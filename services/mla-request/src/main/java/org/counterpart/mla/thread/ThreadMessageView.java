package org.counterpart.mla.thread;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.counterpart.events.Country;
import org.counterpart.events.MessageKind;
import org.counterpart.mla.attachment.AttachmentView;

/**
 * A thread message as the API shows it. {@code answered} says, for a status enquiry, whether an answer
 * names it; it is null for other kinds.
 */
public record ThreadMessageView(
        UUID id,
        ThreadMessage.Direction direction,
        MessageKind kind,
        UUID inReplyTo,
        String authorName,
        String authorRole,
        Country authorCountry,
        String body,
        Instant postedAt,
        Instant readAt,
        String readBy,
        Boolean answered,
        List<AttachmentView> attachments) {

    static ThreadMessageView of(ThreadMessage m, boolean answered, List<AttachmentView> attachments) {
        return new ThreadMessageView(m.id, m.direction, m.kind, m.inReplyTo, m.authorName, m.authorRole,
                m.authorCountry, m.body, m.postedAt, m.readAt, m.readBy,
                m.kind == MessageKind.STATUS_ENQUIRY ? answered : null, attachments);
    }
}
