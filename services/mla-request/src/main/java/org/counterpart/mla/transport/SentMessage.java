package org.counterpart.mla.transport;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.counterpart.events.Country;
import org.counterpart.events.TransportReceipt.Evidence;

/**
 * One message this country sent about a request, and the evidence of its journey so far. Kept apart
 * from the business status: a refusal can be retrieved, and an acceptance can be lost on the way.
 */
@Entity
@Table(name = "sent_message")
public class SentMessage extends PanacheEntityBase {

    /** The envelope id, which every receipt names. */
    @Id
    @Column(name = "message_id")
    public String messageId;

    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    /** CloudEvents type of the message. */
    @Column(name = "message_type", nullable = false)
    public String messageType;

    @Column(name = "recipient_country", nullable = false)
    public Country recipientCountry;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    /** When the broker took it (the sending relay's acknowledgement); the retrieval clock starts here. */
    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "relayed_at")
    public Instant relayedAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "retrieved_at")
    public Instant retrievedAt;

    /** Set when the retrieval receipt is later than the warning threshold. */
    @Column(name = "late_since")
    public Instant lateSince;

    @Enumerated(EnumType.STRING)
    public Evidence failure;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "failed_at")
    public Instant failedAt;

    /** Records the first evidence of each kind; a redelivered or repeated receipt changes nothing. */
    void record(Evidence evidence, String reason, Instant at) {
        switch (evidence) {
            case RELAY_ACCEPTANCE -> relayedAt = relayedAt == null ? at : relayedAt;
            case DELIVERY -> deliveredAt = deliveredAt == null ? at : deliveredAt;
            case RETRIEVAL -> retrievedAt = retrievedAt == null ? at : retrievedAt;
            case RELAY_REJECTION, NON_RETRIEVAL -> fail(evidence, reason, at);
        }
    }

    void fail(Evidence evidence, String reason, Instant at) {
        if (failure == null) {
            failure = evidence;
            failureReason = reason;
            failedAt = at;
        }
    }
}
