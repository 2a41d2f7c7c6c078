package org.counterpart.mla.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of the audit trail; written once, never changed (the database refuses to). */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    public long seq;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(nullable = false)
    public String actor;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] roles;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AuditAction action;

    @Column(name = "request_id")
    public UUID requestId;

    public String target;

    public String client;

    public String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AuditOutcome outcome;

    @Column(nullable = false)
    public int status;

    @Column(name = "previous_hash", nullable = false)
    public byte[] previousHash;

    @Column(nullable = false)
    public byte[] hash;

    static AuditEntry of(AuditChain.Link link) {
        AuditRecord record = link.record();
        AuditEntry entry = new AuditEntry();
        entry.seq = record.seq();
        entry.recordedAt = record.recordedAt();
        entry.actor = record.actor();
        entry.roles = record.roles().toArray(String[]::new);
        entry.action = record.action();
        entry.requestId = record.requestId();
        entry.target = record.target();
        entry.client = record.client();
        entry.address = record.address();
        entry.outcome = record.outcome();
        entry.status = record.status();
        entry.previousHash = link.previousHash();
        entry.hash = link.hash();
        return entry;
    }

    AuditChain.Link link() {
        return new AuditChain.Link(new AuditRecord(seq, recordedAt, actor, List.of(roles), action, requestId, target,
                client, address, outcome, status), previousHash, hash);
    }
}
