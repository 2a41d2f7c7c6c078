package org.counterpart.mla.request;

import jakarta.validation.constraints.Size;

/** The domestic case to file a request under; blank or absent takes it out of its case. */
public record CaseFiling(@Size(max = 64) String caseReference) {
}
