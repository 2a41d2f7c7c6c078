package org.counterpart.mla.request;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.counterpart.events.Country;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.events.workflow.RequestAction;
import org.counterpart.events.workflow.RequestStatus;

/**
 * One domestic case across channels: every request of this country filed under it that the caller may
 * know of, of any kind and with any country, and one timeline of what happened to them. A request the
 * caller only knows exists shows in the timeline without what its officers wrote.
 */
public record CaseView(String caseReference, List<RequestSummary> requests, List<Step> timeline) {

    /** Something that happened to one of the case's requests. */
    public record Step(Instant occurredAt, UUID requestId, String requesterReference, CooperationKind kind,
            Direction direction, Country counterpartCountry, RequestStatus status, RequestAction action, String actor,
            String note) {
    }

    static CaseView of(String caseReference, List<MlaRequest> requests, Map<UUID, CaseAccess> access) {
        Map<UUID, MlaRequest> byId = requests.stream().collect(java.util.stream.Collectors.toMap(r -> r.id, r -> r));
        List<RequestHistoryEntry> history = requests.isEmpty() ? List.of()
                : RequestHistoryEntry.list("requestId in ?1 order by occurredAt, id", List.copyOf(byId.keySet()));
        List<Step> timeline = history.stream().map(entry -> {
            MlaRequest request = byId.get(entry.requestId);
            boolean content = access.get(entry.requestId) == CaseAccess.CONTENT;
            return new Step(entry.occurredAt, request.id, request.requesterReference, request.kind, request.direction,
                    request.otherCountry(), entry.status, entry.action, content ? entry.actor : null,
                    content ? entry.note : null);
        }).sorted(Comparator.comparing(Step::occurredAt)).toList();
        return new CaseView(caseReference, requests.stream()
                .map(request -> RequestSummary.of(request, access.get(request.id))).toList(), timeline);
    }
}
