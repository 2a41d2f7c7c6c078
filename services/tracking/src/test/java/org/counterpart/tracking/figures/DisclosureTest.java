package org.counterpart.tracking.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class DisclosureTest {

    private static final Disclosure.Rule PROTECTED = new Disclosure.Rule(5);
    private static final Disclosure.Rule EXACT = new Disclosure.Rule(0);

    @Test
    void aCountBelowTheThresholdIsShownAsLessThanItButZeroIsZero() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertEquals("\"< 5\"", json.writeValueAsString(PROTECTED.count(4)));
        assertEquals("5", json.writeValueAsString(PROTECTED.count(5)));
        assertEquals("0", json.writeValueAsString(PROTECTED.count(0)));
        assertEquals("3", json.writeValueAsString(EXACT.count(3)));
        assertEquals("< 5", PROTECTED.count(1).toString());
    }

    @Test
    void aListShorterThanTheThresholdIsWithheld() {
        assertEquals(java.util.List.of(), PROTECTED.rows(3, java.util.List.of("a", "b", "c")));
        assertEquals(java.util.List.of("a"), EXACT.rows(1, java.util.List.of("a")));
        assertEquals(5, PROTECTED.rows(5, java.util.List.of(1, 2, 3, 4, 5)).size());
    }

    @Test
    void aRateOverTooFewRequestsIsNotShown() {
        assertNull(PROTECTED.rate(1, 4));
        assertNull(PROTECTED.rate(1, 5), "the rate and the whole would give a part under 5 away");
        assertEquals(0.5, PROTECTED.rate(5, 10));
        assertEquals(0.0, PROTECTED.rate(0, 10));
        assertEquals(0.333, EXACT.rate(1, 3));
        assertNull(EXACT.rate(0, 0));
    }
}
