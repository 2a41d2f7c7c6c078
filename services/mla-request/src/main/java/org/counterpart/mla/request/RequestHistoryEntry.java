package org.counterpart.mla.request;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.counterpart.events.workflow.RequestAction;
import org.counterpart.events.workflow.RequestStatus;

@Entity
@Table(name = "request_history")
public class RequestHistoryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestStatus status;

    /** The action that led here; null only for the creation of a draft. */
    @Enumerated(EnumType.STRING)
    @Column
    public RequestAction action;

    @Column
    public String note;

    @Column(nullable = false)
    public String actor;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    static RequestHistoryEntry record(UUID requestId, RequestStatus status, RequestAction action, String note,
            String actor, Instant at) {
        RequestHistoryEntry entry = new RequestHistoryEntry();
        entry.requestId = requestId;
        entry.status = status;
        entry.action = action;
        entry.note = note;
        entry.actor = actor;
        entry.occurredAt = at;
        entry.persist();
        return entry;
    }
}
