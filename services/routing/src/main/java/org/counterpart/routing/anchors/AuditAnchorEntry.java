package org.counterpart.routing.anchors;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.counterpart.events.Country;

/** One anchor a country left with the hub: its statement and signature exactly as sent. */
@Entity
@Table(name = "audit_anchor")
public class AuditAnchorEntry extends PanacheEntityBase {

    @Embeddable
    public record Id(@Column(name = "country") String country, @Column(name = "seq") long seq) implements Serializable {
    }

    @EmbeddedId
    public Id id;

    @Column(nullable = false)
    public String hash;

    @Column(name = "anchored_at", nullable = false)
    public Instant anchoredAt;

    @Column(nullable = false)
    public String statement;

    @Column(nullable = false)
    public String signature;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    static AuditAnchorEntry latestOf(Country country) {
        return AuditAnchorEntry.<AuditAnchorEntry>find("id.country = ?1 order by id.seq desc", country.code())
                .firstResultOptional().orElse(null);
    }
}
