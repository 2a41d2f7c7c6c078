package org.counterpart.mla.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Object Mother: well-formed audit chains of any length, as the trail would have stored them. */
final class AuditTrails {

    private AuditTrails() {
    }

    static AuditRecord record(long seq) {
        return new AuditRecord(seq, Instant.parse("2026-12-01T08:00:00Z").plusSeconds(seq), "prosecutor-th",
                List.of("prosecutor"), AuditAction.values()[(int) (seq % AuditAction.values().length)],
                UUID.nameUUIDFromBytes(("request-" + seq % 7).getBytes()), "/requests/" + seq, "counterpart-web",
                "10.0.0." + seq % 250, AuditOutcome.SUCCEEDED, 200);
    }

    static List<AuditChain.Link> chain(int length) {
        List<AuditChain.Link> links = new ArrayList<>();
        byte[] previous = AuditChain.GENESIS;
        for (long seq = 1; seq <= length; seq++) {
            AuditRecord record = record(seq);
            byte[] hash = AuditChain.hash(previous, record);
            links.add(new AuditChain.Link(record, previous, hash));
            previous = hash;
        }
        return links;
    }
}
