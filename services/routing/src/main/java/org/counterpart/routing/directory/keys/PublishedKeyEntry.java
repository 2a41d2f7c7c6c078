package org.counterpart.routing.directory.keys;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.counterpart.events.signature.KeyId;
import org.counterpart.events.signature.Signer;
import org.counterpart.platform.signing.PublishedKey;

/** One published public key of one signer. */
@Entity
@Table(name = "published_key")
public class PublishedKeyEntry extends PanacheEntityBase {

    @Embeddable
    public record Id(@Column(name = "signer") String signer, @Column(name = "version") int version) implements Serializable {

        static Id of(KeyId key) {
            return new Id(key.signer().name(), key.version());
        }
    }

    @EmbeddedId
    public Id id;

    @Column(name = "public_jwk", nullable = false)
    public String publicJwk;

    @Column
    public String endorsement;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    public KeyId keyId() {
        return new KeyId(new Signer(id.signer()), id.version());
    }

    public PublishedKey published() {
        return new PublishedKey(keyId(), publicJwk, endorsement);
    }

    static PublishedKeyEntry find(KeyId key) {
        return findById(Id.of(key));
    }

    static PublishedKeyEntry newestOf(Signer signer) {
        List<PublishedKeyEntry> keys = list("id.signer = ?1 order by id.version desc", signer.name());
        return keys.isEmpty() ? null : keys.get(0);
    }
}
