package org.counterpart.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A country is its ISO 3166-1 alpha-2 code, and travels as nothing but the code. */
class CountryTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "T", "th", "THA", "Thailand", "T1", " TH"})
    void anythingButTwoCapitalLettersIsRefused(String code) {
        assertThrows(IllegalArgumentException.class, () -> Country.of(code));
    }

    @Test
    void nullIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Country.of(null));
    }

    @Test
    void itIsWrittenAndReadAsTheBareCode() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertEquals("\"MY\"", json.writeValueAsString(Country.of("MY")));
        assertEquals(Country.of("MY"), json.readValue("\"MY\"", Country.class));
        assertEquals("MY", Country.of("MY").toString());
    }
}
