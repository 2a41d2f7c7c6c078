package org.counterpart.tracking.facts;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.counterpart.events.ClockAlert;
import org.counterpart.events.ConsumerGroups;
import org.counterpart.events.Envelope;
import org.counterpart.events.StatusChanged;
import org.counterpart.events.Topics;
import org.counterpart.events.signature.Signer;
import org.counterpart.platform.inbox.EventConsumers;
import org.counterpart.platform.inbox.ReceivedEvent;
import org.counterpart.platform.inbox.RejectedEventException;
import org.counterpart.tracking.clock.ClockAlertRecord;

/** Builds the requests' figures and the clock alerts from {@code counterpart.lifecycle}. */
@ApplicationScoped
public class LifecycleFacts {

    private final EventConsumers consumers;
    private final MeterRegistry meters;
    /** Facts written before a rebuild began were timed when they first came: replayed, they are not timed again. */
    private volatile Instant replayedBefore = Instant.MIN;

    LifecycleFacts(EventConsumers consumers, MeterRegistry meters) {
        this.consumers = consumers;
        this.meters = meters;
    }

    void start(@Observes StartupEvent event) {
        consumers.start(ConsumerGroups.TRACKING, List.of(Topics.LIFECYCLE), this::apply);
    }

    /** Only the hub derives lifecycle facts; anything else signed on this topic is not one. */
    void apply(ReceivedEvent event) {
        Envelope envelope = event.envelope();
        if (!event.signedBy(Signer.HUB)) {
            throw new RejectedEventException("lifecycle facts come from the hub, not from " + event.signer());
        }
        switch (envelope.type()) {
            case STATUS_CHANGED -> changed(envelope.dataAs(StatusChanged.class), envelope.time().isAfter(replayedBefore));
            case CLOCK_ALERT -> alert(envelope.dataAs(ClockAlert.class));
            default -> throw new RejectedEventException(envelope.type().ceType() + " does not belong on " + event.topic());
        }
    }

    /** A rebuild replays the facts written before {@code began}. */
    void replayedBefore(Instant began) {
        replayedBefore = began;
    }

    private void changed(StatusChanged fact, boolean timed) {
        RequestFact request = RequestFact.of(fact.requestId(), fact.requestingCountry(), fact.requestedCountry());
        Instant acknowledged = request.acknowledgedAt;
        Instant decided = request.decidedAt;
        Instant executed = request.executedAt;
        Instant closed = request.closedAt;
        request.record(fact);
        if (request.transmittedAt == null || !timed) {
            return;
        }
        if (acknowledged == null && request.acknowledgedAt != null) {
            timed("acknowledge", Duration.between(request.transmittedAt, request.acknowledgedAt));
        }
        if (decided == null && request.decidedAt != null) {
            timed("decide", elapsed(request.transmittedAt, request.decidedAt, request.decidedPaused));
        }
        if (executed == null && request.executedAt != null) {
            timed("execute", elapsed(request.transmittedAt, request.executedAt, request.executedPaused));
        }
        if (closed == null && request.closedAt != null) {
            timed("close", elapsed(request.transmittedAt, request.closedAt, request.closedPaused));
        }
    }

    private static void alert(ClockAlert alert) {
        ClockAlertRecord.apply(alert);
        if (alert.level() == ClockAlert.Level.BREACH) {
            RequestFact.of(alert.requestId(), alert.requestingCountry(), alert.requestedCountry()).breached(alert.clock());
        }
    }

    /** From the clock's start to its stop, less the time the requester owed information meanwhile. */
    private static Duration elapsed(Instant start, Instant stop, Long pausedSeconds) {
        return Duration.between(start, stop).minusSeconds(pausedSeconds == null ? 0 : pausedSeconds);
    }

    /** A clock's duration as a histogram for Prometheus, once per request: when the clock first stops. */
    private void timed(String clock, Duration duration) {
        Timer.builder("counterpart.clock.duration").description("Time from transmission until a clock stops, pauses excluded")
                .tag("clock", clock).publishPercentileHistogram()
                // Request clocks run hours to months, far beyond the default buckets' 30 seconds.
                .minimumExpectedValue(Duration.ofMinutes(1)).maximumExpectedValue(Duration.ofDays(365))
                .register(meters).record(duration);
    }
}
