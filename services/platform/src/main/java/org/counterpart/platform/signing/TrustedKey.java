package org.counterpart.platform.signing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.counterpart.events.signature.KeyId;
import org.counterpart.events.signature.Signer;

/** A public key this service checks signatures with, and how it came to trust it (or stopped). */
@Entity
@Table(name = "trusted_key")
public class TrustedKey extends PanacheEntityBase {

    public enum Status {
        /** Signatures by this key are accepted. */
        TRUSTED,
        /** Published, but neither endorsed by the signer's previous key nor confirmed by this country's operator. */
        PENDING,
        /** Never accepted again, whatever it signed before. */
        REVOKED
    }

    public enum Source {
        /** Given by configuration when the service was set up (the trust anchors). */
        ANCHOR,
        /** Published through the directory; neither endorsed nor confirmed yet (the key is PENDING). */
        DIRECTORY,
        /** Published through the directory, signed by the signer's previous key. */
        ENDORSED,
        /** Confirmed, or handed over, by this service's operator after checking its thumbprint with the signer. */
        CONFIRMED
    }

    @Embeddable
    public record Id(@Column(name = "signer") String signer, @Column(name = "version") int version) implements Serializable {

        static Id of(KeyId key) {
            return new Id(key.signer().name(), key.version());
        }

        KeyId keyId() {
            return new KeyId(new Signer(signer), version);
        }
    }

    @EmbeddedId
    public Id id;

    /** The public JWK, as published. */
    @Column(name = "public_jwk", nullable = false)
    public String publicJwk;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Source source;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** Set when a newer key of the same signer was accepted: signatures by this one stop counting after it. */
    @Column(name = "retire_after")
    public Instant retireAfter;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public Instant changedAt;
}
