package org.counterpart.mla.request;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.counterpart.events.ClockAlert;

/** A warning or breach of one of the hub's clocks about a request, kept with the request. */
@Entity
@Table(name = "request_clock_alert")
public class ClockAlertEntry extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "request_id") UUID requestId,
            @Enumerated(EnumType.STRING) @Column(name = "clock") ClockAlert.Clock clock,
            @Enumerated(EnumType.STRING) @Column(name = "level") ClockAlert.Level level) implements Serializable {
    }

    /** As the request view shows it. */
    public record View(ClockAlert.Clock clock, ClockAlert.Level level, Duration target, Instant dueAt, Instant occurredAt) {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "target_seconds", nullable = false)
    public long targetSeconds;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    static List<View> of(UUID requestId) {
        return ClockAlertEntry.<ClockAlertEntry>list("key.requestId = ?1 order by occurredAt", requestId).stream()
                .map(a -> new View(a.key.clock(), a.key.level(), Duration.ofSeconds(a.targetSeconds), a.dueAt, a.occurredAt))
                .toList();
    }
}
