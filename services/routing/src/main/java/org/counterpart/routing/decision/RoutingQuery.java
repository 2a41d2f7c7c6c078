package org.counterpart.routing.decision;

import org.counterpart.events.Agency;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Country;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.RequestTransmitted;
import org.counterpart.events.Urgency;
import org.counterpart.events.workflow.CooperationKind;

/**
 * What routing asks of a request, in the order the decision tree asks it: the requested country, the
 * kind of cooperation, the agency an informal exchange is addressed to, the measure (MLA only), the legal
 * basis, urgency, region of execution (an ISO 3166-2 code) and language. Any but the country and kind may
 * be unknown while drafting.
 */
public record RoutingQuery(
        Country requestedCountry,
        CooperationKind kind,
        Agency agency,
        AssistanceType measure,
        LegalBasis legalBasis,
        Urgency urgency,
        String regionOfExecution,
        String language) {

    static RoutingQuery of(RequestTransmitted request) {
        return new RoutingQuery(request.requestedCountry(), request.kind(), request.receivingAgency(),
                request.assistanceType(), request.legalBasis(), request.urgency(), request.regionOfExecution(),
                request.language());
    }
}
