package org.counterpart.mla.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The requested central authority's registration of an incoming request. */
public record Acknowledgement(@NotBlank @Size(max = 64) String counterpartReference) {
}
