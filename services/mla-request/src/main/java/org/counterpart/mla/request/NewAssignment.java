package org.counterpart.mla.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Whom the central authority gives a request to: the person's user name in the realm. */
public record NewAssignment(@NotBlank @Size(max = 200) String person) {
}
