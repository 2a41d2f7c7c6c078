package org.counterpart.mla.request;

import java.time.Instant;
import java.util.UUID;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Country;
import org.counterpart.events.Urgency;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.events.workflow.RequestStatus;

/**
 * What a list shows of a request: that it exists, where it stands, and with whom; never its content
 * (facts, persons, notes), which is read one request at a time, by those who need to know.
 */
public record RequestSummary(
        UUID id,
        Direction direction,
        CooperationKind kind,
        RequestStatus status,
        Country requestingCountry,
        Country requestedCountry,
        String requesterReference,
        String counterpartReference,
        String caseReference,
        AssistanceType assistanceType,
        Urgency urgency,
        Instant createdAt,
        Instant transmittedAt,
        Instant statusChangedAt,
        CaseAccess access) {

    static RequestSummary of(MlaRequest r, CaseAccess access) {
        return new RequestSummary(r.id, r.direction, r.kind, r.status, r.requestingCountry, r.requestedCountry,
                r.requesterReference, r.counterpartReference, r.caseReference, r.assistanceType, r.urgency, r.createdAt, r.transmittedAt,
                r.statusChangedAt, access);
    }
}
