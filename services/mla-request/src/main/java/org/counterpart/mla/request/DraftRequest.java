package org.counterpart.mla.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Country;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.RequestContent;
import org.counterpart.events.Urgency;

/** What a prosecutor fills in; {@code content} may stay incomplete until the draft is marked ready. */
public record DraftRequest(
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as MY") String requestedCountry,
        @NotNull AssistanceType assistanceType,
        @NotNull LegalBasis legalBasis,
        @NotBlank @Size(max = 2000) String offence,
        @NotBlank @Size(max = 20000) String summaryOfFacts,
        @NotNull Urgency urgency,
        RequestContent content) {

    /** The requested country; only once validated, which refuses anything but a code. */
    Country requested() {
        return Country.of(requestedCountry);
    }
}
