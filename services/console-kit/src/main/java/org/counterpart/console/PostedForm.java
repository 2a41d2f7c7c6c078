package org.counterpart.console;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a form that came back with errors had in it, so the page shows it again as it was typed. */
public record PostedForm(Map<String, String> values) {

    public static final PostedForm NONE = new PostedForm(Map.of());

    public static PostedForm of(MultivaluedMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((name, list) -> {
            if (!list.isEmpty() && !ConsoleForms.FIELD.equals(name)) {
                values.put(name, list.get(0));
            }
        });
        return new PostedForm(values);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }
}
