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
import org.counterpart.events.Country;
import org.counterpart.events.sealing.PublishedSealingKey;
import org.counterpart.events.sealing.SealingKeyId;

/** One published public sealing key of one country. */
@Entity
@Table(name = "sealing_key")
public class SealingKeyEntry extends PanacheEntityBase {

    @Embeddable
    public record Id(@Column(name = "country") String country, @Column(name = "version") int version) implements Serializable {
    }

    @EmbeddedId
    public Id id;

    @Column(name = "public_jwk", nullable = false)
    public String publicJwk;

    @Column(nullable = false)
    public String endorsement;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    public PublishedSealingKey published() {
        return new PublishedSealingKey(new SealingKeyId(Country.of(id.country()), id.version()), publicJwk, endorsement);
    }

    static SealingKeyEntry newestOf(Country country) {
        List<SealingKeyEntry> keys = list("id.country = ?1 order by id.version desc", country.code());
        return keys.isEmpty() ? null : keys.get(0);
    }
}
