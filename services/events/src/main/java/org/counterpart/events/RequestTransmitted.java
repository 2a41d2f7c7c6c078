package org.counterpart.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.counterpart.events.sealing.Sealed;
import org.counterpart.events.workflow.CooperationKind;

/**
 * A requesting country's central authority has sent a formal request into the network. In clear only
 * what routing and tracking need (docs/events.md lists it): the countries, the kind of cooperation
 * (whose workflow governs every later message of the request), the measure and its legal
 * basis (for the formal kinds that have them), the agency an informal exchange is addressed to, urgency, how to handle it, the language it is written in, the region where it is to be executed
 * (an ISO 3166-2 code), the date it is wanted by, the forms of exploitation and the number of victims
 * (counts and codes, never identities) and when it was submitted to the own central authority. Everything that describes the case or names anyone
 * is in {@code particulars}, sealed for the requested country.
 */
public record RequestTransmitted(
        UUID requestId,
        String requesterReference,
        Country requestingCountry,
        Country requestedCountry,
        CooperationKind kind,
        @MayBeAbsent AssistanceType assistanceType,
        @MayBeAbsent LegalBasis legalBasis,
        @MayBeAbsent Agency receivingAgency,
        Urgency urgency,
        @MayBeAbsent RequestContent.HandlingLevel handlingLevel,
        @MayBeAbsent String language,
        @MayBeAbsent String regionOfExecution,
        @MayBeAbsent LocalDate wantedBy,
        @MayBeAbsent List<ExploitationForm> exploitationForms,
        @MayBeAbsent Integer victimCount,
        @MayBeAbsent Instant submittedAt,
        Instant transmittedAt,
        Sealed<RequestParticulars> particulars) implements RequestEvent {
}
