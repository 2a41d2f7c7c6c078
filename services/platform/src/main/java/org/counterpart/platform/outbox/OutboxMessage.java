package org.counterpart.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An event committed together with the state change it reports, waiting for the relay to publish it. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "message_key", nullable = false)
    public String messageKey;

    /** The structured CloudEvents JSON document, exactly as it will appear on the topic. */
    /** The message's bytes as published; gone once purged. */
    @Column
    public String payload;

    /** The writer's detached JWS over {@link #payload}: this service's own, or the original sender's on a relayed message. */
    @Column
    public String signature;

    /** On a message the hub relays: the directory entry it delivers it to (a header beside the signed bytes). */
    @Column(name = "contact_point")
    public String contactPoint;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** SHA-256 of the published bytes (base64url), kept when the content is purged. */
    @Column(name = "content_digest")
    public String contentDigest;

    @Column(name = "purged_at")
    public Instant purgedAt;

    /** Drops what the message said, keeping what was done with it and the digest of its bytes. */
    public void purgeContent(Instant now) {
        contentDigest = ContentDigest.of(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        payload = null;
        signature = null;
        purgedAt = now;
    }
}
