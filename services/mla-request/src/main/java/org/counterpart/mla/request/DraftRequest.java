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
import org.counterpart.events.workflow.CooperationKind;

/**
 * What the drafter fills in; {@code content} may stay incomplete until the draft is marked ready. The
 * {@code kind} defaults to MLA and is fixed once drafted; only MLA names a measure ({@code assistanceType}),
 * and whether a legal basis is needed is the kind's completeness rule. {@code caseReference} is the
 * country's own domestic case, which groups its requests of every kind; it never travels.
 */
@MeasureOnlyForMla
public record DraftRequest(
        CooperationKind kind,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as MY") String requestedCountry,
        AssistanceType assistanceType,
        LegalBasis legalBasis,
        @NotBlank @Size(max = 2000) String offence,
        @NotBlank @Size(max = 20000) String summaryOfFacts,
        @NotNull Urgency urgency,
        RequestContent content,
        @Size(max = 64) String caseReference) {

    /** The requested country; only once validated, which refuses anything but a code. */
    Country requested() {
        return Country.of(requestedCountry);
    }

    CooperationKind kindOrDefault() {
        return kind == null ? CooperationKind.MLA : kind;
    }
}
