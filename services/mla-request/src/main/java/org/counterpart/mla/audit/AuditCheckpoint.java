package org.counterpart.mla.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where the trail now starts: the last entry retention removed, by number and hash. The entries after
 * it chain from that hash, and an anchor at the hub names it, so a cut elsewhere would show.
 */
@Entity
@Table(name = "audit_checkpoint")
public class AuditCheckpoint extends PanacheEntityBase {

    @Id
    public long seq;

    @Column(nullable = false)
    public byte[] hash;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "pruned_at", nullable = false)
    public Instant prunedAt;

    /** The retention the removal claimed, ISO-8601. */
    @Column(nullable = false)
    public String retention;

    static Optional<AuditCheckpoint> latest() {
        return AuditCheckpoint.<AuditCheckpoint>find("order by seq desc").firstResultOptional();
    }

    AuditChain.Start start() {
        return new AuditChain.Start(seq, hash, recordedAt, prunedAt, Duration.parse(retention));
    }
}
