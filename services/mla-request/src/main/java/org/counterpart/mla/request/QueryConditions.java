package org.counterpart.mla.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The conditions of a list's query, joined by {@code and}, each written with {@code ?} where its values
 * go: they are numbered here, so optional conditions can be left out without renumbering the rest.
 */
final class QueryConditions {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    /** {@code condition}, with {@code values} in the order of its {@code ?}s. */
    void add(String condition, Object... values) {
        StringBuilder numbered = new StringBuilder();
        int value = 0;
        for (char c : condition.toCharArray()) {
            if (c == '?') {
                parameters.add(values[value++]);
                numbered.append('?').append(parameters.size());
            } else {
                numbered.append(c);
            }
        }
        if (value != values.length) {
            throw new IllegalArgumentException(values.length + " values for " + value + " places in " + condition);
        }
        conditions.add(numbered.toString());
    }

    /** {@code condition} on {@code value}, or nothing when there is no value to narrow by. */
    void addIf(Object value, String condition) {
        if (value != null) {
            add(condition, value);
        }
    }

    /** The Panache query: the conditions, then {@code ordering}. */
    String query(String ordering) {
        return conditions.isEmpty() ? ordering : String.join(" and ", conditions) + " " + ordering;
    }

    Object[] parameters() {
        return parameters.toArray();
    }

    /** A {@code like} pattern (lower case) for {@code text} anywhere, its own wildcards taken literally. */
    static String containing(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
