package org.counterpart.routing.decision;

import org.counterpart.events.AssistanceType;
import org.counterpart.events.Country;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.RequestTransmitted;
import org.counterpart.events.Urgency;

/**
 * What routing asks of a request, in the order the decision tree asks it. {@code legalBasis},
 * {@code regionOfExecution} (an ISO 3166-2 code) and {@code language} may be unknown while drafting.
 */
public record RoutingQuery(
        Country requestedCountry,
        Channel channel,
        AssistanceType measure,
        LegalBasis legalBasis,
        Urgency urgency,
        String regionOfExecution,
        String language) {

    /** Formal MLA through the central authority, or informal agency-to-agency exchange (police, FIU, prosecutors). */
    public enum Channel {
        FORMAL, INFORMAL
    }

    /** A transmitted request is formal assistance by definition. */
    static RoutingQuery of(RequestTransmitted request) {
        return new RoutingQuery(request.requestedCountry(), Channel.FORMAL, request.assistanceType(),
                request.legalBasis(), request.urgency(),
                request.regionOfExecution(), request.language());
    }
}
