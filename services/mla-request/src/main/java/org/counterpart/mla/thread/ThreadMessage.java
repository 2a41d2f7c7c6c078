package org.counterpart.mla.thread;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.counterpart.events.Country;
import org.counterpart.events.MessageKind;

/** A message of the thread between the two authorities of a request, as this country holds it. */
@Entity
@Table(name = "thread_message")
public class ThreadMessage extends PanacheEntityBase {

    public enum Direction {
        SENT, RECEIVED
    }

    @Id
    public UUID id;

    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MessageKind kind;

    @Column(name = "in_reply_to")
    public UUID inReplyTo;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    @Column(name = "author_role", nullable = false)
    public String authorRole;

    @Column(name = "author_country", nullable = false)
    public Country authorCountry;

    /** Null once the request's content was destroyed at the end of its retention. */
    @Column
    public String body;

    @Column(name = "posted_at", nullable = false)
    public Instant postedAt;

    /** When a person on the receiving side opened it; for sent messages, the other side's read receipt. */
    @Column(name = "read_at")
    public Instant readAt;

    @Column(name = "read_by")
    public String readBy;

    static List<ThreadMessage> ofRequest(UUID requestId) {
        return list("requestId = ?1 order by postedAt, id", requestId);
    }
}
