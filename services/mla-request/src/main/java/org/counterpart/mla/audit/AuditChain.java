package org.counterpart.mla.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

    private AuditChain() {
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
        Map<Long, AuditAnchor> bySeq = new HashMap<>();
        anchors.forEach(anchor -> bySeq.put(anchor.seq(), anchor));
        Long anchored = bySeq.keySet().stream().max(Long::compare).orElse(null);
        long expectedSeq = 1;
        byte[] previous = GENESIS;
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
            previous = link.hash();
            expectedSeq++;
            verified++;
        }
        if (anchored != null && verified < anchored) {
            return new Verification(verified, verified + 1, "the trail ends at entry " + verified + ", but entry "
                    + anchored + " was anchored at the hub at " + bySeq.get(anchored).anchoredAt(), anchored);
        }
        return new Verification(verified, null, null, anchored);
    }
}
