package org.counterpart.events;

/**
 * The request as the requester corrected it after it was returned as deficient. It travels with the
 * resubmission, so the requested side works on the corrected text and not on the one it returned.
 */
public record RequestRevision(
        AssistanceType assistanceType,
        LegalBasis legalBasis,
        String offence,
        String summaryOfFacts,
        Urgency urgency,
        RequestContent content) {
}
