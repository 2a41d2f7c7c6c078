package org.counterpart.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One invalid or missing field of a request body or query, as a client can show it next to the input;
 * {@code line} says where it is when the body is an uploaded file.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String field, String message, Integer line) {

    public FieldError(String field, String message) {
        this(field, message, null);
    }
}
