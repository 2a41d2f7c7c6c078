package org.counterpart.mla.transport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.InstantSource;
import org.counterpart.events.Country;
import org.counterpart.events.Envelope;
import org.counterpart.events.TransportReceipt;
import org.counterpart.events.TransportReceipt.Evidence;
import org.counterpart.mla.CountryConfig;
import org.counterpart.platform.inbox.RejectedEventException;

/**
 * Both ends of the transport loop in a country's service: confirms that it stored what it received
 * (retrieval) or says why it could not, and records the evidence others send about its own messages.
 */
@ApplicationScoped
public class TransportReceipts {

    private final CountryConfig config;
    private final Dispatch dispatch;
    private final InstantSource clock;

    TransportReceipts(CountryConfig config, Dispatch dispatch, InstantSource clock) {
        this.clock = clock;
        this.config = config;
        this.dispatch = dispatch;
    }

    /** Runs in the transaction that stored {@code received}: the receipt exists exactly when the message is kept. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void confirmRetrieval(Envelope received) {
        answer(received, Evidence.RETRIEVAL, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reportNonRetrieval(Envelope received, String reason) {
        answer(received, Evidence.NON_RETRIEVAL, reason);
    }

    private void answer(Envelope received, Evidence evidence, String reason) {
        dispatch.sendReceipt(received.correlationId(), new TransportReceipt(received.requestId(), received.id(),
                received.type().ceType(), evidence, reason, clock.instant()));
    }

    /**
     * Evidence about a message this country sent. The hub's evidence is caused by this country's own
     * message; retrieval can only be confirmed by the country the message went to.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(TransportReceipt receipt, Country sourceCountry) {
        SentMessage sent = SentMessage.findById(receipt.messageId());
        if (sent == null || !sent.requestId.equals(receipt.requestId())) {
            throw new RejectedEventException("no message " + receipt.messageId() + " about request "
                    + receipt.requestId() + " was sent by " + config.country());
        }
        Country expected = receipt.evidence().byRecipient() ? sent.recipientCountry : config.country();
        if (!expected.equals(sourceCountry)) {
            throw new RejectedEventException(receipt.evidence() + " for message " + receipt.messageId()
                    + " cannot come from " + sourceCountry);
        }
        sent.record(receipt.evidence(), receipt.reason(), receipt.issuedAt());
    }
}
