package org.counterpart.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** The keys of a console's message file, for the tests that check every language says every text. */
public final class MessageFiles {

    private MessageFiles() {
    }

    public static Set<String> keys(String resource) throws IOException {
        InputStream file = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (file == null) {
            throw new IOException("no message file " + resource + " on the class path");
        }
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
