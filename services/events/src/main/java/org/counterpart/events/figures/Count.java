package org.counterpart.events.figures;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count as a reader may see it: the number, or {@code "< 5"} when it is below the small-count threshold
 * and the reader must not see it exactly, so that a figure about victims cannot point at a person. On the
 * wire it is that number or that text (tracking's OpenAPI document says so in its own schema).
 *
 * @param value the count, or null when it is protected
 * @param under the threshold it is below, when protected; 0 otherwise
 */
public record Count(Long value, int under) {

    private static final Pattern PROTECTED = Pattern.compile("< (\\d+)");

    /** {@code value} as a reader under {@code threshold} sees it (0: every count exact). */
    public static Count of(long value, int threshold) {
        return value > 0 && value < threshold ? new Count(null, threshold) : new Count(value, 0);
    }

    public boolean isProtected() {
        return value == null;
    }

    @JsonValue
    public Object shown() {
        return value != null ? (Object) value : "< " + under;
    }

    /** Reads what {@link #shown()} wrote. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Count read(Object shown) {
        if (shown instanceof Number number) {
            return new Count(number.longValue(), 0);
        }
        Matcher protectedCount = shown instanceof String text ? PROTECTED.matcher(text) : null;
        if (protectedCount == null || !protectedCount.matches()) {
            throw new IllegalArgumentException("a count is a number or \"< n\", not " + shown);
        }
        return new Count(null, Integer.parseInt(protectedCount.group(1)));
    }

    @Override
    public String toString() {
        return String.valueOf(shown());
    }
}
