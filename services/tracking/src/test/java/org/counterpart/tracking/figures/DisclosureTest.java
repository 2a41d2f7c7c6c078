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
    void aRateOverTooFewRequestsIsNotShown() {
        assertNull(PROTECTED.rate(1, 4));
        assertEquals(0.2, PROTECTED.rate(1, 5));
        assertEquals(0.333, EXACT.rate(1, 3));
        assertNull(EXACT.rate(0, 0));
    }
}
