package org.counterpart.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The content of a request (for MLA the ASEAN MLA treaty art. 6, to be confirmed against the text),
 * travelling with the transmitted request to the requested side. Any field may be absent in a draft; the
 * requesting service checks completeness per kind and measure before a request may leave. Each kind
 * other than MLA adds its own terms ({@code informal}, {@code extradition}, ...), present for that kind only. The
 * {@code placeOfExecution} is the address in words; {@code regionOfExecution} the ISO 3166-2 code of its
 * province or state (e.g. {@code MY-12}, Sabah), the only part of it routing sees.
 */
public record RequestContent(
        String requestingAuthority,
        String investigatingAuthority,
        String purpose,
        String matterStatus,
        String maximumPenalty,
        String lawText,
        String actsToEstablish,
        String procedureRequired,
        String procedureReasons,
        LocalDate wantedBy,
        String timeLimitReasons,
        String urgencyReason,
        Boolean confidential,
        String confidentialityReasons,
        HandlingLevel handlingLevel,
        String undertakings,
        String language,
        TranslationStatus translationStatus,
        List<AssistanceType> additionalMeasures,
        List<Person> persons,
        List<String> questions,
        String serviceMethod,
        String placeToSearch,
        String propertyToSeize,
        String propertyToTrace,
        String documentsOrThings,
        String allowances,
        String otherAssistance,
        Trafficking trafficking,
        List<String> informalExchangeReferences,
        String placeOfExecution,
        String regionOfExecution,
        InformalTerms informal,
        ExtraditionTerms extradition,
        JointInvestigationTerms jointInvestigation,
        TransferTerms transfer,
        VictimTerms victim) {

    /** The agency an informal exchange is addressed to (the hub routes by it); none for the other kinds. */
    public Optional<Agency> addressedAgency() {
        return informal == null ? Optional.empty() : Optional.ofNullable(informal.receivingAgency());
    }

    public enum HandlingLevel { STANDARD, RESTRICTED, VICTIM_SAFETY_CRITICAL }

    public enum TranslationStatus { NOT_NEEDED, REQUIRED, IN_PROGRESS, ATTACHED, WAIVED_AS_URGENT }

    public enum PersonRole { SUSPECT, VICTIM, WITNESS, EXPERT, PERSON_TO_BE_SERVED, OTHER }

    public enum VictimStatus { IDENTIFIED, PRESUMED, NOT_ASSESSED }

    /** Someone the request concerns: identity, nationality and location where relevant. */
    public record Person(PersonRole role, String name, String nationality, String location, String identification) {
    }

    /**
     * Trafficking-specific facts: who is a victim, who said so, and how they must be treated; the forms of
     * exploitation and the number of victims are codes and a count, which the clear envelope copies for
     * the region's figures.
     */
    public record Trafficking(
            VictimStatus victimStatus,
            String identifyingAgency,
            Boolean nonPunishment,
            String repatriationReference,
            Boolean videoLinkTestimonyPossible,
            List<ExploitationForm> exploitationForms,
            Integer victimCount) {
    }
}
