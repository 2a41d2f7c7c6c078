package org.counterpart.mla.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.counterpart.events.audit.AuditAnchor;
import org.counterpart.network.Countries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 1,000 seeded single-row tamperings of a stored chain (a field changed, a row removed, two rows
 * swapped, a hash rewritten, a row rewritten with a fresh hash): every one is found, at the row
 * where the chain first stops holding.
 */
class AuditChainPropertyTest {

    private static final int LENGTH = 60;

    static LongStream seeds() {
        return LongStream.range(0, 1000);
    }

    @Test
    void anUntouchedChainHolds() {
        AuditChain.Verification verification = AuditChain.verify(AuditTrails.chain(LENGTH).iterator(), List.of());
        assertTrue(verification.intact(), verification.reason());
        assertEquals(LENGTH, verification.verified());
    }

    /**
     * Pruned by retention through an anchored entry old enough, with the removal on the trail, the rest
     * verifies from there; cut where no anchor is, too soon, or without saying so, it does not.
     */
    @Test
    void aTrailPrunedThroughAnAnchoredEntryHoldsAndOneCutOtherwiseDoesNot() {
        List<AuditChain.Link> stored = new ArrayList<>(AuditTrails.chain(LENGTH));
        AuditRecord last = stored.get(LENGTH - 1).record();
        AuditRecord removal = new AuditRecord(LENGTH + 1, last.recordedAt().plusSeconds(1), "retention", List.of(),
                AuditAction.DESTROY, null, AuditChain.prunedThrough(20), null, null, AuditOutcome.SUCCEEDED, 200);
        byte[] lastHash = stored.get(LENGTH - 1).hash();
        stored.add(new AuditChain.Link(removal, lastHash, AuditChain.hash(lastHash, removal)));
        AuditChain.Link cut = stored.get(19);
        AuditAnchor anchor = AuditAnchor.of(Countries.TH, 20, cut.hash(), Instant.parse("2026-12-01T09:00:00Z"));
        Duration retention = Duration.ofDays(3650);
        Instant prunedAt = cut.record().recordedAt().plus(retention).plusSeconds(1);
        AuditChain.Start checkpoint = new AuditChain.Start(20, cut.hash(), cut.record().recordedAt(), prunedAt, retention);
        List<AuditChain.Link> rest = stored.subList(20, stored.size());

        AuditChain.Verification pruned = AuditChain.verify(rest.iterator(), List.of(anchor), checkpoint);
        assertTrue(pruned.intact(), pruned.reason());
        assertEquals(LENGTH + 1 - 20, pruned.verified());

        AuditChain.Verification unanchored = AuditChain.verify(rest.iterator(), List.of(), checkpoint);
        assertEquals(21L, unanchored.firstBroken());
        assertTrue(unanchored.reason().contains("no anchor at the hub names"), unanchored.reason());

        AuditChain.Verification tooSoon = AuditChain.verify(rest.iterator(), List.of(anchor), new AuditChain.Start(20,
                cut.hash(), cut.record().recordedAt(), prunedAt.minus(Duration.ofDays(1)), retention));
        assertTrue(tooSoon.reason().contains("before their retention"), tooSoon.reason());

        AuditChain.Verification unrecorded = AuditChain.verify(rest.subList(0, rest.size() - 1).iterator(),
                List.of(anchor), checkpoint);
        assertTrue(unrecorded.reason().contains("no entry of the trail records their removal"), unrecorded.reason());
    }

    /**
     * Rewritten by someone who controls the whole database, every hash recomputed from a random entry
     * on: the chain alone holds, and the first anchor at or after that entry does not.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void aConsistentRewriteIsFoundAtTheNextAnchor(long seed) {
        Random random = new Random(seed);
        List<AuditChain.Link> stored = AuditTrails.chain(LENGTH);
        List<AuditAnchor> anchors = new ArrayList<>();
        for (int seq = 10; seq <= LENGTH - 10; seq += 10) {
            anchors.add(AuditAnchor.of(Countries.TH, seq, stored.get(seq - 1).hash(), Instant.parse("2026-12-01T09:00:00Z")));
        }
        int from = 1 + random.nextInt(LENGTH - 10);
        List<AuditChain.Link> rewritten = new ArrayList<>(stored.subList(0, from - 1));
        byte[] previous = from == 1 ? AuditChain.GENESIS : stored.get(from - 2).hash();
        for (AuditChain.Link link : stored.subList(from - 1, LENGTH)) {
            AuditRecord r = link.record();
            AuditRecord forged = new AuditRecord(r.seq(), r.recordedAt(), "nobody", r.roles(), r.action(), r.requestId(),
                    r.target(), r.client(), r.address(), r.outcome(), r.status());
            byte[] hash = AuditChain.hash(previous, forged);
            rewritten.add(new AuditChain.Link(forged, previous, hash));
            previous = hash;
        }
        assertTrue(AuditChain.verify(rewritten.iterator(), List.of()).intact(), "a consistent rewrite holds as a chain");
        AuditChain.Verification verification = AuditChain.verify(rewritten.iterator(), anchors);
        long nextAnchor = (long) Math.ceil(from / 10.0) * 10;
        assertFalse(verification.intact(), "rewrite from " + from + " not found (seed " + seed + ")");
        assertEquals(nextAnchor, verification.firstBroken(), verification.reason());
        assertEquals((long) LENGTH - 10, verification.anchoredThrough());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everySingleTamperingIsFound(long seed) {
        Random random = new Random(seed);
        List<AuditChain.Link> links = new ArrayList<>(AuditTrails.chain(LENGTH));
        int row = random.nextInt(LENGTH - 1);
        AuditChain.Link original = links.get(row);
        AuditRecord r = original.record();
        long expectedBreak = r.seq();
        long expectedVerified = r.seq() - 1;
        switch (random.nextInt(6)) {
            case 0 -> links.set(row, new AuditChain.Link(new AuditRecord(r.seq(), r.recordedAt(), "someone-else",
                    r.roles(), r.action(), r.requestId(), r.target(), r.client(), r.address(), r.outcome(), r.status()),
                    original.previousHash(), original.hash()));
            case 1 -> links.set(row, new AuditChain.Link(new AuditRecord(r.seq(), r.recordedAt().plusSeconds(1), r.actor(),
                    r.roles(), r.action(), r.requestId(), r.target(), r.client(), r.address(), AuditOutcome.REFUSED, 403),
                    original.previousHash(), original.hash()));
            case 2 -> {
                links.remove(row);
                expectedBreak = r.seq() + 1;
            }
            case 3 -> {
                Collections.swap(links, row, row + 1);
                expectedBreak = r.seq() + 1;
            }
            case 4 -> {
                byte[] hash = original.hash().clone();
                hash[random.nextInt(hash.length)] ^= (byte) (1 + random.nextInt(255));
                links.set(row, new AuditChain.Link(r, original.previousHash(), hash));
            }
            default -> {
                // Rewritten by someone who knows the rule: the row holds, the next one no longer follows it.
                AuditRecord forged = new AuditRecord(r.seq(), r.recordedAt(), r.actor(), r.roles(), AuditAction.VIEW,
                        null, "/requests", r.client(), r.address(), r.outcome(), r.status());
                links.set(row, new AuditChain.Link(forged, original.previousHash(),
                        AuditChain.hash(original.previousHash(), forged)));
                expectedBreak = r.seq() + 1;
                expectedVerified = r.seq();
            }
        }
        AuditChain.Verification verification = AuditChain.verify(links.iterator(), List.of());
        assertFalse(verification.intact(), "tampering not found (seed " + seed + ")");
        assertEquals(expectedBreak, verification.firstBroken(), verification.reason() + " (seed " + seed + ")");
        assertEquals(expectedVerified, verification.verified());
    }
}
