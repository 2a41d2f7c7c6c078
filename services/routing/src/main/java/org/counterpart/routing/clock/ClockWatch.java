package org.counterpart.routing.clock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.counterpart.events.ClockAlert.Level;
import org.counterpart.events.ClockAlert;
import org.counterpart.events.Envelope;
import org.counterpart.events.Topics;
import org.counterpart.platform.outbox.Outbox;
import org.counterpart.events.Sources;
import org.counterpart.routing.decision.RoutingRecord;
import org.jboss.logging.Logger;

/**
 * Raises warnings and breaches from the stored thresholds: a restart of the hub delays an alert by at
 * most one round, never loses it. Each alert goes to both countries and to tracking through the outbox,
 * in the transaction that marks it raised, so it is raised exactly once.
 */
@ApplicationScoped
public class ClockWatch {

    private static final Logger LOG = Logger.getLogger(ClockWatch.class);
    private static final int BATCH = 200;

    private final Outbox outbox;
    private final InstantSource clock;

    ClockWatch(Outbox outbox, InstantSource clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(every = "${counterpart.clocks.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        int raised;
        do {
            raised = QuarkusTransaction.requiringNew().call(this::raiseDue);
        } while (raised == BATCH);
    }

    /** {@code skip locked}: several hub instances share the clocks without raising an alert twice. */
    @SuppressWarnings("unchecked")
    int raiseDue() {
        Instant now = clock.instant();
        List<RequestClock> due = RequestClock.getEntityManager().createNativeQuery("""
                        select * from request_clock
                        where state = 'RUNNING' and ((warned_at is null and warn_at <= :now) or (breached_at is null and due_at <= :now))
                        order by warn_at limit :batch for update skip locked""", RequestClock.class)
                .setParameter("now", now)
                .setParameter("batch", BATCH)
                .getResultList();
        for (RequestClock clock : due) {
            RoutingRecord record = RoutingRecord.findById(clock.key.requestId());
            if (clock.warnedAt == null && !clock.warnAt.isAfter(now)) {
                clock.warnedAt = now;
                alert(record, clock, Level.WARNING, now);
            }
            if (clock.breachedAt == null && !clock.dueAt.isAfter(now)) {
                clock.breachedAt = now;
                alert(record, clock, Level.BREACH, now);
            }
        }
        if (!due.isEmpty()) {
            LOG.infof("clocks: %d alert(s) raised", due.size());
        }
        return due.size();
    }

    private void alert(RoutingRecord record, RequestClock clock, Level level, Instant now) {
        ClockAlert alert = new ClockAlert(record.requestId, record.requestingCountry, record.requestedCountry,
                clock.key.clock(), level, Duration.ofSeconds(clock.targetSeconds), clock.dueAt, now);
        outbox.enqueue(Topics.inbound(record.requestingCountry),
                Envelope.create(Sources.HUB, record.requestingCountry, record.correlationId, alert));
        outbox.enqueue(Topics.inbound(record.requestedCountry),
                Envelope.create(Sources.HUB, record.requestingCountry, record.correlationId, alert));
        outbox.enqueue(Topics.LIFECYCLE, Envelope.create(Sources.HUB, record.requestingCountry, record.correlationId, alert));
    }
}
