package org.counterpart.mla.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Iterator;

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

    /** What a verification found: how many entries held, and the first that did not (if any) and why. */
    public record Verification(long verified, Long firstBroken, String reason) {

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

    /** Walks {@code links} in the order stored (by seq) and names the first that breaks the chain. */
    public static Verification verify(Iterator<Link> links) {
        long expectedSeq = 1;
        byte[] previous = GENESIS;
        long verified = 0;
        while (links.hasNext()) {
            Link link = links.next();
            long seq = link.record().seq();
            if (seq != expectedSeq) {
                return new Verification(verified, seq, "entry " + seq + " stands where entry " + expectedSeq
                        + " should be: entries are missing or out of order");
            }
            if (!Arrays.equals(previous, link.previousHash())) {
                return new Verification(verified, seq, "entry " + seq + " does not follow entry " + (seq - 1));
            }
            if (!Arrays.equals(hash(previous, link.record()), link.hash())) {
                return new Verification(verified, seq, "entry " + seq + " is not what was recorded");
            }
            previous = link.hash();
            expectedSeq++;
            verified++;
        }
        return new Verification(verified, null, null);
    }
}
