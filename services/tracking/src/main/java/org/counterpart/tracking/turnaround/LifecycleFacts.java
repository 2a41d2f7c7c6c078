package org.counterpart.tracking.turnaround;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.counterpart.events.Envelope;
import org.counterpart.events.EventType;
import org.counterpart.events.StatusChanged;
import org.counterpart.events.Topics;
import org.counterpart.platform.inbox.EventConsumers;
import org.counterpart.platform.inbox.RejectedEventException;

/** Builds the timelines from {@code counterpart.lifecycle}. */
@ApplicationScoped
public class LifecycleFacts {

    private final EventConsumers consumers;

    LifecycleFacts(EventConsumers consumers) {
        this.consumers = consumers;
    }

    void start(@Observes StartupEvent event) {
        consumers.start("tracking", List.of(Topics.LIFECYCLE), this::apply);
    }

    void apply(Envelope envelope, String topic) {
        if (envelope.type() != EventType.STATUS_CHANGED) {
            throw new RejectedEventException(envelope.type().ceType() + " does not belong on " + topic);
        }
        RequestTimeline.apply(envelope.dataAs(StatusChanged.class));
    }
}
