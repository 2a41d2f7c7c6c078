package org.counterpart.events.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CountTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aProtectedCountTravelsAsItsTextAndReadsBackProtected() throws Exception {
        Count small = Count.of(3, 5);
        assertEquals("\"< 5\"", json.writeValueAsString(small));
        Count read = json.readValue("\"< 5\"", Count.class);
        assertTrue(read.isProtected());
        assertEquals(small, read);
        assertEquals(Count.of(12, 5), json.readValue("12", Count.class));
        assertEquals("0", json.writeValueAsString(Count.of(0, 5)));
    }

    @Test
    void anythingElseIsNotACount() {
        assertThrows(Exception.class, () -> json.readValue("\"about ten\"", Count.class));
    }
}
