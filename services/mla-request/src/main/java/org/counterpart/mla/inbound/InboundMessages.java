package org.counterpart.mla.inbound;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.counterpart.events.Envelope;
import org.counterpart.events.RequestAcknowledged;
import org.counterpart.events.RequestActionTaken;
import org.counterpart.events.RequestTransmitted;
import org.counterpart.events.RequestUnroutable;
import org.counterpart.events.Topics;
import org.counterpart.mla.CountryConfig;
import org.counterpart.mla.request.Correspondence;
import org.counterpart.platform.inbox.EventConsumers;
import org.counterpart.platform.inbox.RejectedEventException;

/** Applies what routing delivers to this country: new incoming requests and answers to its own requests. */
@ApplicationScoped
public class InboundMessages {

    private final CountryConfig config;
    private final EventConsumers consumers;
    private final Correspondence correspondence;

    InboundMessages(CountryConfig config, EventConsumers consumers, Correspondence correspondence) {
        this.config = config;
        this.consumers = consumers;
        this.correspondence = correspondence;
    }

    void start(@Observes StartupEvent event) {
        consumers.start("mla-request-" + config.country(), List.of(Topics.inbound(config.country())), this::apply);
    }

    void apply(Envelope envelope, String topic) {
        switch (envelope.type()) {
            case REQUEST_TRANSMITTED -> correspondence.receive(envelope.dataAs(RequestTransmitted.class),
                    envelope.correlationId(), envelope.source().toString());
            case REQUEST_ACKNOWLEDGED -> correspondence.acknowledged(envelope.dataAs(RequestAcknowledged.class),
                    envelope.sourceCountry());
            case REQUEST_ACTION_TAKEN -> correspondence.actionTaken(envelope.dataAs(RequestActionTaken.class),
                    envelope.sourceCountry());
            case REQUEST_UNROUTABLE -> correspondence.unroutable(envelope.dataAs(RequestUnroutable.class));
            default -> throw new RejectedEventException(envelope.type().ceType() + " is not addressed to a country");
        }
    }
}
