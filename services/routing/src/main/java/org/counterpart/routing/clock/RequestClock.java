package org.counterpart.routing.clock;

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
import org.counterpart.events.ClockAlert.Clock;

/** One clock of one request, with its thresholds as absolute times so the watch needs no memory. */
@Entity
@Table(name = "request_clock")
public class RequestClock extends PanacheEntityBase {

    public enum State {
        RUNNING, PAUSED, STOPPED
    }

    @Embeddable
    public record Key(@Column(name = "request_id") UUID requestId,
            @Enumerated(EnumType.STRING) @Column(name = "clock") Clock clock) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    /** The target, excluding paused time. */
    @Column(name = "target_seconds", nullable = false)
    public long targetSeconds;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "paused_at")
    public Instant pausedAt;

    @Column(name = "warn_at", nullable = false)
    public Instant warnAt;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "warned_at")
    public Instant warnedAt;

    @Column(name = "breached_at")
    public Instant breachedAt;

    @Column(name = "stopped_at")
    public Instant stoppedAt;

    void pause(Instant at) {
        if (state == State.RUNNING) {
            state = State.PAUSED;
            pausedAt = at;
        }
    }

    /** The time paused moves both thresholds on: the requester's delay does not count against the counterpart. */
    void resume(Instant at) {
        if (state == State.PAUSED) {
            Duration paused = Duration.between(pausedAt, at);
            warnAt = warnAt.plus(paused);
            dueAt = dueAt.plus(paused);
            pausedAt = null;
            state = State.RUNNING;
        }
    }

    void stop(Instant at) {
        if (state != State.STOPPED) {
            state = State.STOPPED;
            stoppedAt = at;
        }
    }

    /** A request's clock as the two countries see it: where it stands and when it is due. */
    public record View(Clock clock, State state, Duration target, Instant dueAt, Instant warnedAt, Instant breachedAt) {
    }

    /** Every clock of {@code requestId}, in the order of {@link Clock}. */
    public static List<View> of(UUID requestId) {
        return RequestClock.<RequestClock>list("key.requestId", requestId).stream()
                .sorted(java.util.Comparator.comparing((RequestClock c) -> c.key.clock()))
                .map(c -> new View(c.key.clock(), c.state, Duration.ofSeconds(c.targetSeconds), c.dueAt, c.warnedAt,
                        c.breachedAt))
                .toList();
    }
}
