package org.counterpart.mla.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.RequestContent;
import org.counterpart.events.Urgency;

/** What a prosecutor fills in; {@code content} may stay incomplete until the draft is marked ready. */
public record DraftRequest(
        @NotBlank @Size(min = 2, max = 2) String requestedCountry,
        @NotNull AssistanceType assistanceType,
        @NotNull LegalBasis legalBasis,
        @NotBlank @Size(max = 2000) String offence,
        @NotBlank @Size(max = 20000) String summaryOfFacts,
        @NotNull Urgency urgency,
        RequestContent content) {
}
