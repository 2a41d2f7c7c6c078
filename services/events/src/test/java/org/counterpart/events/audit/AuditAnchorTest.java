package org.counterpart.events.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.counterpart.events.Country;
import org.junit.jupiter.api.Test;

class AuditAnchorTest {

    private static final byte[] HASH = new byte[32];

    @Test
    void aStatementReadsBackAsTheAnchorItWasWrittenFrom() {
        HASH[0] = 7;
        AuditAnchor anchor = AuditAnchor.of(Country.of("TH"), 42, HASH, Instant.parse("2026-12-01T08:00:00Z"));
        AuditAnchor read = AuditAnchor.parse(anchor.statement());
        assertEquals(anchor, read);
        assertTrue(read.names(42, HASH));
        assertFalse(read.names(42, new byte[32]));
        assertFalse(read.names(41, HASH));
    }

    @Test
    void anythingElseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> AuditAnchor.parse(
                "{\"country\":\"Thailand\",\"seq\":1,\"hash\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\","
                        + "\"anchoredAt\":\"2026-12-01T08:00:00Z\"}"));
        assertThrows(IllegalArgumentException.class, () -> AuditAnchor.of(Country.of("TH"), 0, HASH, Instant.now()));
        assertThrows(IllegalArgumentException.class, () -> AuditAnchor.of(Country.of("TH"), 1, new byte[20], Instant.now()));
        assertThrows(IllegalArgumentException.class, () -> AuditAnchor.parse(
                "{\"country\":\"TH\",\"seq\":1,\"hash\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\","
                        + "\"anchoredAt\":\"2026-12-01T08:00:00Z\",\"note\":\"extra\"}"));
        assertThrows(IllegalArgumentException.class, () -> AuditAnchor.parse("not json"));
    }
}
