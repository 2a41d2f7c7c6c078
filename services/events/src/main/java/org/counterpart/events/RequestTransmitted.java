package org.counterpart.events;

import java.time.Instant;
import java.util.UUID;

/** A requesting country's central authority has sent a formal request into the network. */
public record RequestTransmitted(
        UUID requestId,
        String requesterReference,
        String requestingCountry,
        String requestedCountry,
        AssistanceType assistanceType,
        LegalBasis legalBasis,
        String offence,
        String summaryOfFacts,
        Urgency urgency,
        Instant transmittedAt,
        @MayBeAbsent RequestContent content) implements RequestEvent {
}
