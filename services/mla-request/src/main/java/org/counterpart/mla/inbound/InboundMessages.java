package org.counterpart.mla.inbound;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.counterpart.events.ClockAlert;
import org.counterpart.events.ConsumerGroups;
import org.counterpart.events.Country;
import org.counterpart.events.Envelope;
import org.counterpart.events.MessagePosted;
import org.counterpart.events.MessageRead;
import org.counterpart.events.RequestAcknowledged;
import org.counterpart.events.RequestActionTaken;
import org.counterpart.events.RequestRouted;
import org.counterpart.events.RequestTransmitted;
import org.counterpart.events.RequestUnroutable;
import org.counterpart.events.Topics;
import org.counterpart.events.TransportReceipt;
import org.counterpart.mla.CountryConfig;
import org.counterpart.mla.request.CounterpartActions;
import org.counterpart.mla.thread.ThreadService;
import org.counterpart.mla.transport.TransportReceipts;
import org.counterpart.platform.inbox.EventConsumers;
import org.counterpart.platform.inbox.EventHandler;
import org.counterpart.platform.inbox.ReceivedEvent;
import org.counterpart.platform.inbox.RejectedEventException;

/**
 * Applies what routing delivers to this country: new incoming requests, the other side's actions and
 * thread messages, and transport evidence about its own messages. Every message from another country is
 * answered with a retrieval receipt committed together with its effect, or a non-retrieval receipt
 * saying why it was refused.
 */
@ApplicationScoped
public class InboundMessages implements EventHandler {

    private final CountryConfig config;
    private final EventConsumers consumers;
    private final CounterpartActions actions;
    private final ThreadService threads;
    private final TransportReceipts receipts;

    InboundMessages(CountryConfig config, EventConsumers consumers, CounterpartActions actions, ThreadService threads,
            TransportReceipts receipts) {
        this.config = config;
        this.consumers = consumers;
        this.actions = actions;
        this.threads = threads;
        this.receipts = receipts;
    }

    void start(@Observes StartupEvent event) {
        consumers.start(ConsumerGroups.country(config.country()), List.of(Topics.inbound(config.country())), this);
    }

    @Override
    public void handle(ReceivedEvent event) {
        Provenance.check(event, config.country(), config.networkCountries());
        Envelope envelope = event.envelope();
        Country sender = envelope.sourceCountry();
        switch (envelope.type()) {
            case REQUEST_TRANSMITTED -> actions.receive(envelope.dataAs(RequestTransmitted.class),
                    envelope.correlationId(), envelope.source().toString());
            case REQUEST_ACKNOWLEDGED -> actions.acknowledged(envelope.dataAs(RequestAcknowledged.class), sender);
            case REQUEST_ACTION_TAKEN -> actions.actionTaken(envelope.dataAs(RequestActionTaken.class), sender);
            case MESSAGE_POSTED -> threads.received(envelope.dataAs(MessagePosted.class), sender);
            case MESSAGE_READ -> threads.readByCounterpart(envelope.dataAs(MessageRead.class), sender);
            case REQUEST_UNROUTABLE -> actions.unroutable(envelope.dataAs(RequestUnroutable.class));
            case REQUEST_ROUTED -> actions.routed(envelope.dataAs(RequestRouted.class));
            case CLOCK_ALERT -> actions.clockAlert(envelope.dataAs(ClockAlert.class));
            case TRANSPORT_RECEIPT -> receipts.record(envelope.dataAs(TransportReceipt.class), sender);
            default -> throw new RejectedEventException(envelope.type().ceType() + " is not addressed to a country");
        }
        if (envelope.type().isCountryMessage()) {
            receipts.confirmRetrieval(envelope);
        }
    }

    /** A country's message this service refused is answered to its signer, who provably sent it. */
    @Override
    public void rejected(ReceivedEvent event, String reason) {
        if (event.envelope().type().isCountryMessage()
                && Provenance.fromCounterpart(event, config.country(), config.networkCountries())) {
            receipts.reportNonRetrieval(event.envelope(), reason);
        }
    }
}
