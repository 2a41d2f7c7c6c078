package org.counterpart.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Evidence about one message on its way, after the e-CODEX evidence model: the hub accepted or rejected
 * it, placed it with the recipient, and the recipient's service stored it (or could not). Receipts are
 * never themselves receipted.
 *
 * @param messageId   the envelope id of the message the evidence is about
 * @param messageType the CloudEvents type of that message
 * @param reason      why, for the failures
 */
public record TransportReceipt(
        UUID requestId,
        String messageId,
        String messageType,
        Evidence evidence,
        @MayBeAbsent String reason,
        Instant issuedAt) implements RequestEvent {

    public enum Evidence {
        RELAY_ACCEPTANCE,
        RELAY_REJECTION,
        DELIVERY,
        RETRIEVAL,
        NON_RETRIEVAL;

        /** Whether the recipient of the message issues it (otherwise the hub does). */
        public boolean byRecipient() {
            return this == RETRIEVAL || this == NON_RETRIEVAL;
        }
    }
}
