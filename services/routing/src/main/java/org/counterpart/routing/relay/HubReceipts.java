package org.counterpart.routing.relay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.InstantSource;
import java.util.UUID;
import org.counterpart.events.Country;
import org.counterpart.events.Envelope;
import org.counterpart.events.Sources;
import org.counterpart.events.Topics;
import org.counterpart.events.TransportReceipt;
import org.counterpart.events.TransportReceipt.Evidence;
import org.counterpart.platform.inbox.ReceivedEvent;
import org.counterpart.platform.inbox.RejectedEventException;
import org.counterpart.platform.outbox.Outbox;
import org.counterpart.platform.outbox.OutboxPublished;
import org.counterpart.routing.decision.RoutingRecord;

/**
 * The hub's part of the transport evidence: it tells the sender that it accepted (or rejected) a
 * message, and that the message is on the recipient's topic (delivery). Retrieval is the recipient's to
 * confirm; the hub only carries that receipt back.
 */
@ApplicationScoped
public class HubReceipts {

    private final Outbox outbox;
    private final InstantSource clock;

    HubReceipts(Outbox outbox, InstantSource clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** In the transaction that relayed {@code message}: the acceptance exists exactly when the relay does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void accepted(Envelope message) {
        RelayedMessage relayed = new RelayedMessage();
        relayed.messageId = message.id();
        relayed.requestId = message.requestId();
        relayed.messageType = message.type().ceType();
        relayed.senderCountry = message.sourceCountry();
        relayed.correlationId = message.correlationId();
        relayed.relayedAt = now();
        relayed.persist();
        tell(message.sourceCountry(), message.correlationId(), message.id(), relayed.messageType, message.requestId(),
                Evidence.RELAY_ACCEPTANCE, null);
    }

    /** Told to the country that wrote the topic, whatever the message claims about its origin. */
    @Transactional(Transactional.TxType.MANDATORY)
    void rejected(Envelope message, Country writerCountry, String reason) {
        tell(writerCountry, message.correlationId(), message.id(), message.type().ceType(), message.requestId(),
                Evidence.RELAY_REJECTION, reason);
    }

    /**
     * Carries a recipient's retrieval (or non-retrieval) receipt back, under the recipient's signature, to
     * whoever sent the message it is about; only the country the hub delivered that message to may issue
     * it, and a country cannot issue the hub's own evidence. Returns the message the receipt is about.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    RelayedMessage returnToSender(ReceivedEvent event) {
        TransportReceipt receipt = event.envelope().dataAs(TransportReceipt.class);
        Country issuer = event.envelope().sourceCountry();
        if (!receipt.evidence().byRecipient()) {
            throw new RejectedEventException(receipt.evidence() + " is the hub's to issue, not " + issuer + "'s");
        }
        RelayedMessage original = RelayedMessage.findById(receipt.messageId());
        RoutingRecord record = RoutingRecord.findById(receipt.requestId());
        boolean recipientIssued = original != null && record != null && original.requestId.equals(receipt.requestId())
                && Provenance.isParty(record, issuer) && !original.senderCountry.equals(issuer);
        if (!recipientIssued) {
            throw new RejectedEventException(issuer + " did not receive message " + receipt.messageId()
                    + " of request " + receipt.requestId() + " from the hub");
        }
        outbox.relay(Topics.inbound(original.senderCountry), event, null);
        return original;
    }

    /**
     * Runs in the outbox relay's transaction that marks a message published: when it is a relayed
     * message on its recipient's topic, the sender gets its delivery receipt, committed with that mark.
     */
    void delivered(@Observes OutboxPublished published) {
        if (!published.topic().startsWith(Topics.INBOUND_PREFIX)) {
            return;
        }
        RelayedMessage relayed = RelayedMessage.findById(published.eventId());
        if (relayed == null || relayed.deliveredAt != null) {
            return;
        }
        relayed.deliveredAt = now();
        tell(relayed.senderCountry, relayed.correlationId, relayed.messageId, relayed.messageType, relayed.requestId,
                Evidence.DELIVERY, null);
    }

    private void tell(Country country, UUID correlationId, String messageId, String messageType,
            UUID requestId, Evidence evidence, String reason) {
        outbox.enqueue(Topics.inbound(country), Envelope.create(Sources.HUB, country, correlationId,
                new TransportReceipt(requestId, messageId, messageType, evidence, reason, now())));
    }

    private Instant now() {
        return clock.instant();
    }
}
