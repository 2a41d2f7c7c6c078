package org.counterpart.routing.relay;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.counterpart.events.Country;

/** A country's message the hub passed on; the delivery receipt is owed to its sender. */
@Entity
@Table(name = "relayed_message")
public class RelayedMessage extends PanacheEntityBase {

    @Id
    @Column(name = "message_id")
    public String messageId;

    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    @Column(name = "message_type", nullable = false)
    public String messageType;

    @Column(name = "sender_country", nullable = false)
    public Country senderCountry;

    @Column(name = "correlation_id", nullable = false)
    public UUID correlationId;

    @Column(name = "relayed_at", nullable = false)
    public Instant relayedAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
