package org.counterpart.tracking.turnaround;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import org.counterpart.events.ClockAlert;
import org.counterpart.events.ConsumerGroups;
import org.counterpart.events.Envelope;
import org.counterpart.events.Milestone;
import org.counterpart.events.StatusChanged;
import org.counterpart.events.Topics;
import org.counterpart.events.signature.Signer;
import org.counterpart.platform.inbox.EventConsumers;
import org.counterpart.platform.inbox.ReceivedEvent;
import org.counterpart.platform.inbox.RejectedEventException;
import org.counterpart.tracking.clock.ClockAlertRecord;

/** Builds the timelines and the clock alerts from {@code counterpart.lifecycle}. */
@ApplicationScoped
public class LifecycleFacts {

    private final EventConsumers consumers;
    private final MeterRegistry meters;

    LifecycleFacts(EventConsumers consumers, MeterRegistry meters) {
        this.consumers = consumers;
        this.meters = meters;
    }

    void start(@Observes StartupEvent event) {
        consumers.start(ConsumerGroups.TRACKING, List.of(Topics.LIFECYCLE), this::apply);
    }

    /** The time to acknowledge as a histogram for Prometheus, once per request (the first acknowledgement). */
    private void timed(StatusChanged fact) {
        RequestTimeline timeline = RequestTimeline.apply(fact);
        if (fact.milestone() == Milestone.ACKNOWLEDGED && fact.occurredAt().equals(timeline.acknowledgedAt)
                && timeline.transmittedAt != null) {
            Timer.builder("counterpart.clock.duration").description("Time from transmission to acknowledgement")
                    .tag("clock", "acknowledge").publishPercentileHistogram()
                    // Acknowledgements take hours to weeks, far beyond the default buckets' 30 seconds.
                    .minimumExpectedValue(Duration.ofMinutes(1)).maximumExpectedValue(Duration.ofDays(90))
                    .register(meters).record(Duration.between(timeline.transmittedAt, timeline.acknowledgedAt));
        }
    }

    /** Only the hub derives lifecycle facts; anything else signed on this topic is not one. */
    void apply(ReceivedEvent event) {
        Envelope envelope = event.envelope();
        if (!event.signedBy(Signer.HUB)) {
            throw new RejectedEventException("lifecycle facts come from the hub, not from " + event.signer());
        }
        switch (envelope.type()) {
            case STATUS_CHANGED -> timed(envelope.dataAs(StatusChanged.class));
            case CLOCK_ALERT -> ClockAlertRecord.apply(envelope.dataAs(ClockAlert.class));
            default -> throw new RejectedEventException(envelope.type().ceType() + " does not belong on " + event.topic());
        }
    }
}
