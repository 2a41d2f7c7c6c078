package org.counterpart.mla.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.counterpart.events.audit.AuditAnchor;

/**
 * This country's audit trail: appends one entry per access to case data, chained to the one before,
 * and verifies the whole chain. Appends take a transaction-scoped advisory lock, so entries from
 * concurrent requests (and instances) get consecutive numbers and each follows the one before it.
 */
@ApplicationScoped
public class AuditTrail {

    // Any fixed number: the lock is only ever taken here.
    private static final long APPEND_LOCK = 0x617564697454L;

    private final EntityManager entityManager;
    private final InstantSource clock;

    AuditTrail(EntityManager entityManager, InstantSource clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Who did what to which request, with which outcome: one entry, in a transaction of its own. */
    public AuditRecord append(String actor, List<String> roles, AuditAction action, UUID requestId, String target,
            String client, String address, int status) {
        return QuarkusTransaction.requiringNew().call(() -> write(actor, roles, action, requestId, target, client, address,
                status));
    }

    /** The same, in the caller's transaction: the entry commits (or not) with what it records. */
    public AuditRecord appendWithin(String actor, List<String> roles, AuditAction action, UUID requestId, String target,
            String client, String address, int status) {
        return QuarkusTransaction.joiningExisting().call(() -> write(actor, roles, action, requestId, target, client,
                address, status));
    }

    private AuditRecord write(String actor, List<String> roles, AuditAction action, UUID requestId, String target,
            String client, String address, int status) {
        // Held until the transaction ends, so the next entry is numbered after this one has committed.
        entityManager.createNativeQuery("select pg_advisory_xact_lock(:lock)").setParameter("lock", APPEND_LOCK)
                .getSingleResult();
        List<AuditEntry> last = AuditEntry.find("order by seq desc").page(0, 1).list();
        long seq = last.isEmpty() ? 1 : last.get(0).seq + 1;
        byte[] previous = last.isEmpty() ? AuditChain.GENESIS : last.get(0).hash;
        // Stored to the microsecond, so hashed to the microsecond: verification reads back the same bytes.
        AuditRecord record = new AuditRecord(seq, clock.instant().truncatedTo(ChronoUnit.MICROS), actor,
                roles.stream().sorted().toList(), action, requestId, target, client, address,
                AuditOutcome.of(status), status);
        AuditEntry.of(new AuditChain.Link(record, previous, AuditChain.hash(previous, record))).persist();
        return record;
    }

    /** The newest entry, if any. */
    public Optional<AuditChain.Link> head() {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>find("order by seq desc")
                .firstResultOptional().map(AuditEntry::link));
    }

    /** Checks every entry from the first, and each entry {@code anchors} name against its anchor. */
    public AuditChain.Verification verify(List<AuditAnchor> anchors) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Stream<AuditEntry> entries = AuditEntry.<AuditEntry>find("order by seq").stream()) {
                // Detached as read, so a long trail does not accumulate in the session.
                return AuditChain.verify(entries.map(entry -> {
                    entityManager.detach(entry);
                    return entry.link();
                }).iterator(), anchors);
            }
        });
    }

    /** The entries about one request, oldest first. */
    public List<AuditRecord> ofRequest(UUID requestId) {
        return AuditEntry.<AuditEntry>list("requestId = ?1 order by seq", requestId).stream()
                .map(entry -> entry.link().record()).toList();
    }
}
