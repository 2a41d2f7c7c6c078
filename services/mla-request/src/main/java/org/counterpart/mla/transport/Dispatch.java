package org.counterpart.mla.transport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.UUID;
import org.counterpart.events.Country;
import org.counterpart.events.Envelope;
import org.counterpart.events.RequestEvent;
import org.counterpart.events.Sources;
import org.counterpart.events.Topics;
import org.counterpart.mla.CountryConfig;
import org.counterpart.platform.outbox.Outbox;
import org.counterpart.platform.outbox.OutboxPublished;

/**
 * Sends this country's messages to another country through the hub, and starts the record of their
 * journey in the same transaction, so every message sent has a transport record and vice versa.
 */
@ApplicationScoped
public class Dispatch {

    private final CountryConfig config;
    private final Outbox outbox;
    private final URI source;

    Dispatch(CountryConfig config, Outbox outbox) {
        this.config = config;
        this.outbox = outbox;
        this.source = Sources.country(config.country());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Envelope send(UUID correlationId, Country recipientCountry, RequestEvent payload) {
        Envelope envelope = Envelope.create(source, config.country(), correlationId, payload);
        outbox.enqueue(Topics.outbound(config.country()), envelope);
        SentMessage sent = new SentMessage();
        sent.messageId = envelope.id();
        sent.requestId = envelope.requestId();
        sent.messageType = envelope.type().ceType();
        sent.recipientCountry = recipientCountry;
        sent.sentAt = envelope.time();
        sent.persist();
        return envelope;
    }

    /** The broker took a message: its journey's first step, kept here as the outbox row is deleted later. */
    @Transactional(Transactional.TxType.MANDATORY)
    void submitted(@Observes OutboxPublished published) {
        if (published.topic().equals(Topics.outbound(config.country()))) {
            SentMessage.update("submittedAt = ?1 where messageId = ?2 and submittedAt is null", published.publishedAt(),
                    published.eventId());
        }
    }

    /** Receipts go out like any message but are not themselves tracked: nobody receipts a receipt. */
    @Transactional(Transactional.TxType.MANDATORY)
    void sendReceipt(UUID correlationId, RequestEvent receipt) {
        outbox.enqueue(Topics.outbound(config.country()), Envelope.create(source, config.country(), correlationId, receipt));
    }
}
