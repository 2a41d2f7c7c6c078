package org.counterpart.system;

import java.util.LinkedHashMap;
import java.util.Map;

/** JSON objects with more members than Map.of takes, for request bodies. */
final class JsonObjects {

    private JsonObjects() {
    }

    /** key, value, key, value, ... */
    static Map<String, Object> of(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }
}
