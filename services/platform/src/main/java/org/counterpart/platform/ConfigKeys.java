package org.counterpart.platform;

import java.util.Map;
import java.util.Optional;

/** Reading configuration maps keyed by country code, which environment variables deliver in lower case. */
public final class ConfigKeys {

    private ConfigKeys() {
    }

    public static <V> Optional<V> ignoringCase(Map<String, V> values, String key) {
        return values.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(key))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
