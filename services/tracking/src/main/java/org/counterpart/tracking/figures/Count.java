package org.counterpart.tracking.figures;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A count as a reader may see it: the number, or {@code "< 5"} when it is below the small-count threshold
 * and the reader must not see it exactly, so that a figure about victims cannot point at a person. Its
 * OpenAPI schema (a number or that text) is given in application.properties.
 */
public record Count(long value, int threshold) {

    public boolean isProtected() {
        return value > 0 && value < threshold;
    }

    @JsonValue
    public Object shown() {
        return isProtected() ? "< " + threshold : (Object) value;
    }

    @Override
    public String toString() {
        return String.valueOf(shown());
    }
}
