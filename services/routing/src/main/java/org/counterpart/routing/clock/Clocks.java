package org.counterpart.routing.clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.counterpart.events.ClockAlert.Clock;
import org.counterpart.events.Milestone;
import org.counterpart.events.workflow.Workflows;
import org.counterpart.routing.decision.RoutingRecord;

/**
 * Starts, pauses, resumes and stops a request's clocks as its milestones pass through the hub:
 * acknowledgement from delivery (again after a resubmission or a forward), decision from acknowledgement
 * (paused while the requester owes information or a corrected request), execution from acceptance, and the
 * request's wanted-by date. Milestone times are the hub's own.
 */
@ApplicationScoped
public class Clocks {

    private final ClockConfig config;

    Clocks(ClockConfig config) {
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void delivered(RoutingRecord record, Instant at) {
        start(record, Clock.ACKNOWLEDGE, config.target(Clock.ACKNOWLEDGE, record.requestedCountry, record.legalBasis), at);
        if (record.wantedBy != null) {
            // Wanted by a date means by the end of that day; a date already past is breached at once.
            Instant wanted = record.wantedBy.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            start(record, Clock.WANTED_BY, wanted.isAfter(at) ? Duration.between(at, wanted) : Duration.ZERO, at);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void passed(RoutingRecord record, Milestone milestone, Instant at) {
        if (milestone.status().filter(Workflows.finalStatuses()::contains).isPresent()) {
            // The request's story has ended: nothing is owed by anyone any more.
            for (Clock clock : Clock.values()) {
                stop(record, clock, at);
            }
            return;
        }
        switch (milestone) {
            case ACKNOWLEDGED -> {
                stop(record, Clock.ACKNOWLEDGE, at);
                decisionAfterAcknowledgement(record, at);
            }
            case FORWARDED -> {
                // The competent authority has to register it afresh: its own acknowledgement clock runs.
                stop(record, Clock.DECIDE, at);
                restart(record, Clock.ACKNOWLEDGE,
                        config.target(Clock.ACKNOWLEDGE, record.requestedCountry, record.legalBasis), at);
            }
            case INFO_REQUESTED, RETURNED_DEFICIENT -> pause(record, Clock.DECIDE, at);
            case INFO_PROVIDED, UNDER_ASSESSMENT -> resume(record, Clock.DECIDE, at);
            // A resubmission: the corrected request is registered afresh; the decision clock waits for that.
            case TRANSMITTED -> restart(record, Clock.ACKNOWLEDGE,
                    config.target(Clock.ACKNOWLEDGE, record.requestedCountry, record.legalBasis), at);
            case ACCEPTED -> {
                stop(record, Clock.DECIDE, at);
                start(record, Clock.EXECUTE, config.target(Clock.EXECUTE, record.requestedCountry, record.legalBasis), at);
            }
            case POSTPONED -> stop(record, Clock.DECIDE, at);
            case IN_EXECUTION -> start(record, Clock.EXECUTE,
                    config.target(Clock.EXECUTE, record.requestedCountry, record.legalBasis), at);
            case EXECUTED -> {
                stop(record, Clock.EXECUTE, at);
                stop(record, Clock.WANTED_BY, at);
            }
            default -> { }
        }
    }

    /**
     * First acknowledgement: the decision clock starts. After a resubmission it resumes where it paused; after
     * a forward (stopped) the competent authority's decision clock starts afresh.
     */
    private void decisionAfterAcknowledgement(RoutingRecord record, Instant at) {
        RequestClock decide = locked(record, Clock.DECIDE);
        Duration target = config.target(Clock.DECIDE, record.requestedCountry, record.legalBasis);
        if (decide == null) {
            start(record, Clock.DECIDE, target, at);
        } else if (decide.state == RequestClock.State.PAUSED) {
            decide.resume(at);
        } else if (decide.state == RequestClock.State.STOPPED) {
            restart(record, Clock.DECIDE, target, at);
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
