package org.counterpart.mla.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.counterpart.events.audit.AuditAnchor;

/**
 * The hash chain over the audit trail: entry n's hash is SHA-256 of entry n-1's hash and entry n's
 * canonical bytes; the first entry (seq 1) follows {@link #GENESIS}. Pure, so the rules are tested
 * without a database.
 */
public final class AuditChain {

    public static final byte[] GENESIS = new byte[32];

    /** Where a trail nobody pruned starts: before entry 1, after the genesis hash. */
    public static final Start FROM_THE_FIRST = new Start(0, GENESIS, null, null, Duration.ZERO);

    private AuditChain() {
    }

    /**
     * The entry a trail follows: nothing yet ({@link #FROM_THE_FIRST}), or the last one retention removed,
     * recorded at {@code recordedAt} and removed at {@code prunedAt} under a {@code retention} of that long.
     */
    public record Start(long seq, byte[] hash, Instant recordedAt, Instant prunedAt, Duration retention) {
    }

    /** What the entry recording a removal names as its target: it must follow the checkpoint. */
    public static String prunedThrough(long seq) {
        return "audit entries through " + seq;
    }

    /** A stored entry: its record and the two hashes it was stored with. */
    public record Link(AuditRecord record, byte[] previousHash, byte[] hash) {
    }

    /**
     * What a verification found: how many entries held, the first that did not (if any) and why, and
     * up to which entry the trail was also checked against the anchor the hub holds.
     */
    public record Verification(long verified, Long firstBroken, String reason, Long anchoredThrough) {

        @JsonProperty("intact")
        public boolean intact() {
            return firstBroken == null;
        }
    }

    public static byte[] hash(byte[] previousHash, AuditRecord record) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash);
            sha256.update(record.canonical());
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * Walks {@code links} in the order stored (by seq) and names the first that breaks the chain; every
     * entry an anchor names must also be the one the country anchored: a trail rewritten consistently from some entry on still breaks at the first anchor
     * after it. Every anchor counts, not only the last, since a rewriter could anchor the rewritten head.
     */
    public static Verification verify(Iterator<Link> links, List<AuditAnchor> anchors) {
        return verify(links, anchors, FROM_THE_FIRST);
    }

    /**
     * The same for a trail retention has pruned: it starts after {@code start}, which an anchor must
     * name, which must have been as old as the retention it claims when it was removed, and whose
     * removal must be on the trail, so a country cannot cut its trail anywhere else, sooner or silently
     * and call it retention.
     */
    public static Verification verify(Iterator<Link> links, List<AuditAnchor> anchors, Start start) {
        Map<Long, AuditAnchor> bySeq = new HashMap<>();
        anchors.forEach(anchor -> bySeq.put(anchor.seq(), anchor));
        Long anchored = bySeq.keySet().stream().max(Long::compare).orElse(null);
        if (start.seq() > 0) {
            AuditAnchor at = bySeq.get(start.seq());
            if (at == null || !at.names(start.seq(), start.hash())) {
                return new Verification(0, start.seq() + 1, "the trail starts after entry " + start.seq()
                        + ", which no anchor at the hub names: entries were removed that retention may not remove", anchored);
            }
            if (Duration.between(start.recordedAt(), start.prunedAt()).compareTo(start.retention()) < 0) {
                return new Verification(0, start.seq() + 1, "entries through " + start.seq() + " were removed at "
                        + start.prunedAt() + ", before their retention of " + start.retention() + " had passed", anchored);
            }
        }
        boolean removalRecorded = start.seq() == 0;
        long expectedSeq = start.seq() + 1;
        byte[] previous = start.hash();
        long verified = 0;
        while (links.hasNext()) {
            Link link = links.next();
            long seq = link.record().seq();
            if (seq != expectedSeq) {
                return new Verification(verified, seq, "entry " + seq + " stands where entry " + expectedSeq
                        + " should be: entries are missing or out of order", anchored);
            }
            if (!Arrays.equals(previous, link.previousHash())) {
                return new Verification(verified, seq, "entry " + seq + " does not follow entry " + (seq - 1), anchored);
            }
            if (!Arrays.equals(hash(previous, link.record()), link.hash())) {
                return new Verification(verified, seq, "entry " + seq + " is not what was recorded", anchored);
            }
            AuditAnchor anchor = bySeq.get(seq);
            if (anchor != null && !anchor.names(seq, link.hash())) {
                return new Verification(verified, seq, "entry " + seq + " is not the one anchored at the hub at "
                        + anchor.anchoredAt() + ": the trail was rewritten from here or earlier", anchored);
            }
            removalRecorded |= link.record().action() == AuditAction.DESTROY
                    && prunedThrough(start.seq()).equals(link.record().target());
            previous = link.hash();
            expectedSeq++;
            verified++;
        }
        if (!removalRecorded) {
            return new Verification(verified, start.seq() + 1, "entries through " + start.seq()
                    + " were removed, but no entry of the trail records their removal", anchored);
        }
        long last = expectedSeq - 1;
        if (anchored != null && last < anchored) {
            return new Verification(verified, last + 1, "the trail ends at entry " + last + ", but entry "
                    + anchored + " was anchored at the hub at " + bySeq.get(anchored).anchoredAt(), anchored);
        }
        return new Verification(verified, null, null, anchored);
    }
}
