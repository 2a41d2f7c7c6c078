package org.counterpart.mla.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.counterpart.events.audit.AuditAnchor;

/**
 * This country's audit trail: appends one entry per access to case data, chained to the one before,
 * and verifies the whole chain. Appends take a transaction-scoped advisory lock, so entries from
 * concurrent requests (and instances) get consecutive numbers and each follows the one before it.
 *
 * <p>The chain makes appends sequential, and one transaction per entry made the lock the service's
 * bottleneck under load (each call queued for a commit of its own). Concurrent calls therefore write
 * together: whichever holds {@link #writing} writes every entry waiting, in one transaction, and each
 * caller returns once its own entry has committed (group commit).
 */
@ApplicationScoped
public class AuditTrail {

    // Any fixed number: the lock is only ever taken here.
    private static final long APPEND_LOCK = 0x617564697454L;

    // Bounds one transaction (and the time the lock is held) however long the queue has grown.
    private static final int MOST_PER_COMMIT = 200;

    private final EntityManager entityManager;
    private final InstantSource clock;
    private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writing = new ReentrantLock();

    AuditTrail(EntityManager entityManager, InstantSource clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Who did what to which request, with which outcome: one entry, committed when this returns, in a
     * transaction of its own (shared with the entries of concurrent calls).
     */
    public AuditRecord append(String actor, List<String> roles, AuditAction action, UUID requestId, String target,
            String client, String address, int status) {
        Waiting mine = new Waiting(new Entry(actor, roles, action, requestId, target, client, address, status));
        waiting.add(mine);
        while (!mine.written.isDone()) {
            writing.lock();
            try {
                if (!mine.written.isDone()) {
                    writeWaiting();
                }
            } finally {
                writing.unlock();
            }
        }
        try {
            return mine.written.join();
        } catch (CompletionException e) {
            // Rethrown as it was raised, so a database outage still reads as one (503, not 500).
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The same, in the caller's transaction: the entry commits (or not) with what it records. */
    public AuditRecord appendWithin(String actor, List<String> roles, AuditAction action, UUID requestId, String target,
            String client, String address, int status) {
        return QuarkusTransaction.joiningExisting().call(() -> write(List.of(new Entry(actor, roles, action, requestId,
                target, client, address, status))).get(0));
    }

    /**
     * Writes what is waiting in one transaction. Should that fail, each entry is tried in a transaction
     * of its own, so one bad entry fails only its own call.
     */
    private void writeWaiting() {
        List<Waiting> batch = new ArrayList<>();
        for (Waiting next; batch.size() < MOST_PER_COMMIT && (next = waiting.poll()) != null; ) {
            batch.add(next);
        }
        try {
            List<AuditRecord> records = QuarkusTransaction.requiringNew()
                    .call(() -> write(batch.stream().map(Waiting::entry).toList()));
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).written.complete(records.get(i));
            }
        } catch (RuntimeException together) {
            for (Waiting alone : batch) {
                try {
                    alone.written.complete(QuarkusTransaction.requiringNew().call(() -> write(List.of(alone.entry)).get(0)));
                } catch (RuntimeException e) {
                    alone.written.completeExceptionally(e);
                }
            }
        } finally {
            // Taken off the queue, so no one else would write them: their callers must not wait forever.
            batch.forEach(left -> left.written.completeExceptionally(new IllegalStateException("the entry was not written")));
        }
    }

    private List<AuditRecord> write(List<Entry> entries) {
        lockForAppend();
        List<AuditEntry> last = AuditEntry.find("order by seq desc").page(0, 1).list();
        long seq;
        byte[] previous;
        if (last.isEmpty()) {
            // Nothing stored yet, or a pruning left nothing: the next entry follows the checkpoint, if any.
            AuditChain.Start start = start();
            seq = start.seq();
            previous = start.hash();
        } else {
            seq = last.get(0).seq;
            previous = last.get(0).hash;
        }
        // Stored to the microsecond, so hashed to the microsecond: verification reads back the same bytes.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<AuditRecord> written = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            AuditRecord record = new AuditRecord(++seq, now, entry.actor, entry.roles.stream().sorted().toList(),
                    entry.action, entry.requestId, entry.target, entry.client, entry.address,
                    AuditOutcome.of(entry.status), entry.status);
            byte[] hash = AuditChain.hash(previous, record);
            AuditEntry.of(new AuditChain.Link(record, previous, hash)).persist();
            previous = hash;
            written.add(record);
        }
        return written;
    }

    private record Entry(String actor, List<String> roles, AuditAction action, UUID requestId, String target,
            String client, String address, int status) {
    }

    private record Waiting(Entry entry, CompletableFuture<AuditRecord> written) {
        Waiting(Entry entry) {
            this(entry, new CompletableFuture<>());
        }
    }

    /** Held until the transaction ends, so the next entry is numbered after this one has committed. */
    private void lockForAppend() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(:lock)").setParameter("lock", APPEND_LOCK)
                .getSingleResult();
    }

    /** What the first stored entry follows: the last one retention removed, or nothing. */
    private static AuditChain.Start start() {
        return AuditCheckpoint.latest().map(AuditCheckpoint::start).orElse(AuditChain.FROM_THE_FIRST);
    }

    /**
     * Removes the entries older than {@code retention}, through the newest one an anchor names, and
     * records that removal as the entry after them ({@code actor}, DESTROY): the trail then starts at a
     * checkpoint the hub vouches for. Says through which entry, if any.
     */
    public OptionalLong prune(List<AuditAnchor> anchors, Duration retention, String actor) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant before = now.minus(retention);
        return QuarkusTransaction.requiringNew().call(() -> {
            lockForAppend();
            long from = start().seq();
            // An anchor made before the cut-off names an entry recorded before it: one look-up, not one per anchor.
            List<AuditAnchor> newestFirst = anchors.stream()
                    .filter(anchor -> anchor.seq() > from && anchor.anchoredAt().isBefore(before))
                    .sorted(Comparator.comparingLong(AuditAnchor::seq).reversed()).toList();
            for (AuditAnchor anchor : newestFirst) {
                AuditEntry entry = AuditEntry.findById(anchor.seq());
                if (entry != null && entry.recordedAt.isBefore(before) && anchor.names(entry.seq, entry.hash)) {
                    entityManager.createNativeQuery("select prune_audit_trail(:seq, :at, :retention)")
                            .setParameter("seq", entry.seq).setParameter("at", now)
                            .setParameter("retention", retention.toString()).getSingleResult();
                    entityManager.clear();
                    write(List.of(new Entry(actor, List.of(), AuditAction.DESTROY, null,
                            AuditChain.prunedThrough(anchor.seq()), null, null, 200)));
                    return OptionalLong.of(anchor.seq());
                }
            }
            return OptionalLong.empty();
        });
    }

    /** The newest entry, if any. */
    public Optional<AuditChain.Link> head() {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>find("order by seq desc")
                .firstResultOptional().map(AuditEntry::link));
    }

    /** Checks every entry from where the trail starts, and each entry {@code anchors} name against its anchor. */
    public AuditChain.Verification verify(List<AuditAnchor> anchors) {
        return QuarkusTransaction.requiringNew().call(() -> {
            // One snapshot for the checkpoint and the entries, so a pruning in between cannot show as a gap.
            entityManager.createNativeQuery("set transaction isolation level repeatable read").executeUpdate();
            AuditChain.Start start = start();
            try (Stream<AuditEntry> entries = AuditEntry.<AuditEntry>find("order by seq").stream()) {
                // Detached as read, so a long trail does not accumulate in the session.
                return AuditChain.verify(entries.map(entry -> {
                    entityManager.detach(entry);
                    return entry.link();
                }).iterator(), anchors, start);
            }
        });
    }

    /** The entries about one request, oldest first. */
    public List<AuditRecord> ofRequest(UUID requestId) {
        return AuditEntry.<AuditEntry>list("requestId = ?1 order by seq", requestId).stream()
                .map(entry -> entry.link().record()).toList();
    }
}
