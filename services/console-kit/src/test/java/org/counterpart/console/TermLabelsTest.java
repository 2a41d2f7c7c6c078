package org.counterpart.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Every language names each shared term English names (each console's build checks English names every constant). */
class TermLabelsTest {

    @Test
    void malayNamesEveryTermEnglishNames() throws IOException {
        assertEquals(MessageFiles.keys("messages/terms.properties"), MessageFiles.keys("messages/terms_ms.properties"));
    }
}
