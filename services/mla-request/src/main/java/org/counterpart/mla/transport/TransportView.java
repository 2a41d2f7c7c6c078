package org.counterpart.mla.transport;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.counterpart.mla.request.MlaRequest;
import org.counterpart.events.Country;
import org.counterpart.events.TransportReceipt.Evidence;

/**
 * The journey of one sent message. {@code state} is the furthest point reached: PENDING (committed, not
 * yet accepted by the broker), SUBMITTED, RELAYED, DELIVERED, RETRIEVED, or the failure.
 */
public record TransportView(
        String messageId,
        String messageType,
        Country recipientCountry,
        String state,
        boolean late,
        Instant sentAt,
        Instant submittedAt,
        Instant relayedAt,
        Instant deliveredAt,
        Instant retrievedAt,
        Evidence failure,
        String failureReason,
        Instant failedAt) {

    /**
     * Every message this country sent about {@code request}, oldest first. Takes the request itself, which
     * only {@code RequestService.visibleTo} hands out, so no caller can ask about one it may not know.
     */
    public static List<TransportView> journeysOf(MlaRequest request) {
        UUID requestId = request.id;
        return SentMessage.<SentMessage>list("requestId = ?1 order by sentAt", requestId).stream()
                .map(TransportView::of).toList();
    }

    static TransportView of(SentMessage m) {
        return new TransportView(m.messageId, m.messageType, m.recipientCountry, stateOf(m),
                m.lateSince != null && m.retrievedAt == null, m.sentAt, m.submittedAt, m.relayedAt, m.deliveredAt,
                m.retrievedAt, m.failure, m.failureReason, m.failedAt);
    }

    /** A retrieval outranks an earlier timeout: the message did arrive, only late. */
    private static String stateOf(SentMessage m) {
        if (m.retrievedAt != null) {
            return "RETRIEVED";
        }
        if (m.failure != null) {
            return m.failure.name();
        }
        if (m.deliveredAt != null) {
            return "DELIVERED";
        }
        if (m.relayedAt != null) {
            return "RELAYED";
        }
        return m.submittedAt != null ? "SUBMITTED" : "PENDING";
    }
}
