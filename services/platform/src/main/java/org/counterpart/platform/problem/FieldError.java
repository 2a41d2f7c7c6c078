package org.counterpart.platform.problem;

/** One invalid or missing field of a request body or query, as a client can show it next to the input. */
public record FieldError(String field, String message) {
}
