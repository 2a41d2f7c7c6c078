package org.counterpart.routing.clock;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.counterpart.events.ClockAlert.Clock;
import org.counterpart.events.Milestone;
import org.counterpart.events.workflow.ClockRule;
import org.counterpart.events.workflow.RequestStatus;
import org.counterpart.events.workflow.Workflow;
import org.counterpart.routing.decision.RoutingRecord;

/**
 * Starts, pauses, resumes and stops a request's clocks as its milestones pass through the hub, by the
 * clock rules of the request's kind (events: {@code Workflows}): for MLA, acknowledgement from delivery
 * (again after a resubmission or a forward), decision from acknowledgement (paused while the requester
 * owes information or a corrected request), execution from acceptance; for an extradition, the full
 * request's window from the provisional arrest; and the request's wanted-by date. Milestone times are
 * the hub's own.
 */
@ApplicationScoped
public class Clocks {

    private final ClockConfig config;

    Clocks(ClockConfig config) {
        this.config = config;
    }

    /** A target that would never apply is a mistake to refuse at startup, not to find after a breach. */
    void checkTargets(@Observes StartupEvent event) {
        config.requireKnownKeys();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void delivered(RoutingRecord record, Instant at) {
        reached(record, RequestStatus.TRANSMITTED, at);
        if (record.wantedBy != null) {
            // Wanted by a date means by the end of that day; a date already past is breached at once.
            Instant wanted = record.wantedBy.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            start(record, Clock.WANTED_BY, wanted.isAfter(at) ? Duration.between(at, wanted) : Duration.ZERO, at);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void passed(RoutingRecord record, Milestone milestone, Instant at) {
        milestone.status().ifPresent(status -> reached(record, status, at));
    }

    private void reached(RoutingRecord record, RequestStatus status, Instant at) {
        Workflow workflow = record.workflow();
        if (workflow.isFinal(status)) {
            // The request's story has ended: nothing is owed by anyone any more.
            for (Clock clock : Clock.values()) {
                stop(record, clock, at);
            }
            return;
        }
        for (ClockRule rule : workflow.clocks()) {
            if (rule.stopsAt().contains(status)) {
                stop(record, rule.clock(), at);
            } else if (rule.pausesAt().contains(status)) {
                pause(record, rule.clock(), at);
            } else if (rule.startsAt().contains(status)) {
                run(record, rule.clock(), at);
            }
        }
    }

    /**
     * A clock that is to run from here: started the first time, resumed where it paused (after the
     * requester answered), started afresh if it had stopped (a forward's competent authority, a
     * resubmission registered again). One already running is a repeated milestone and changes nothing.
     */
    private void run(RoutingRecord record, Clock clock, Instant at) {
        RequestClock existing = locked(record, clock);
        Duration target = config.target(clock, record.kind, record.requestingCountry, record.requestedCountry,
                record.legalBasis);
        if (existing == null) {
            start(record, clock, target, at);
        } else if (existing.state == RequestClock.State.PAUSED) {
            existing.resume(at);
        } else if (existing.state == RequestClock.State.STOPPED) {
            restart(record, clock, target, at);
        }
    }

    /** Starting a clock that already ran (a repeated milestone) changes nothing. */
    private void start(RoutingRecord record, Clock clock, Duration target, Instant at) {
        RequestClock.Key key = new RequestClock.Key(record.requestId, clock);
        if (RequestClock.findById(key) != null) {
            return;
        }
        RequestClock running = new RequestClock();
        running.key = key;
        running.state = RequestClock.State.RUNNING;
        running.targetSeconds = target.toSeconds();
        running.startedAt = at;
        running.warnAt = at.plusMillis((long) (target.toMillis() * config.warnAt()));
        running.dueAt = at.plus(target);
        running.persist();
    }

    /** A clock that must run again from now (a new acknowledgement after a forward, a new decision after it). */
    private void restart(RoutingRecord record, Clock clock, Duration target, Instant at) {
        RequestClock existing = locked(record, clock);
        if (existing != null) {
            existing.delete();
            RequestClock.flush();
        }
        start(record, clock, target, at);
    }

    /** Locked, so a change here and the watch raising an alert never overwrite each other. */
    private static RequestClock locked(RoutingRecord record, Clock clock) {
        return RequestClock.findById(new RequestClock.Key(record.requestId, clock), LockModeType.PESSIMISTIC_WRITE);
    }

    private static void pause(RoutingRecord record, Clock clock, Instant at) {
        RequestClock found = locked(record, clock);
        if (found != null) {
            found.pause(at);
        }
    }

    private static void resume(RoutingRecord record, Clock clock, Instant at) {
        RequestClock found = locked(record, clock);
        if (found != null) {
            found.resume(at);
        }
    }

    private static void stop(RoutingRecord record, Clock clock, Instant at) {
        RequestClock found = locked(record, clock);
        if (found != null) {
            found.stop(at);
        }
    }
}
