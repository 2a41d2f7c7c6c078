package org.counterpart.mla.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Country;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.RefusalGround;
import org.counterpart.events.RequestContent;
import org.counterpart.events.Surrender;
import org.counterpart.events.Urgency;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.events.workflow.RequestAction;
import org.counterpart.events.workflow.RequestStatus;
import org.counterpart.mla.profiles.DraftingAdvice;

/** A request as the API shows it, with the actions the caller may take now. */
public record RequestView(
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
        LegalBasis legalBasis,
        String offence,
        String summaryOfFacts,
        Urgency urgency,
        RequestContent content,
        String routingProblem,
        String lastNote,
        List<RefusalGround> refusalGrounds,
        LocalDate until,
        List<TeamSeat> team,
        Surrender surrender,
        Boolean nonPunishment,
        Instant createdAt,
        Instant transmittedAt,
        Instant acknowledgedAt,
        Instant statusChangedAt,
        Instant contentDestroyedAt,
        FastMeansView fastMeans,
        List<ClockAlertEntry.View> clockAlerts,
        List<RequestAction> allowedActions,
        List<CooperationKind> followUps,
        Boolean intelligenceOnly,
        List<DraftingAdvice.Advice> draftingAdvice) {

    /** An informal exchange is not for use as evidence unless its sender said so; null for the formal kinds. */
    private static Boolean intelligenceOnly(MlaRequest r) {
        if (!r.kind.agencyToAgency()) {
            return null;
        }
        return r.content == null || r.content.informal() == null || !r.content.informal().mayBeUsedAsEvidence();
    }

    static RequestView of(MlaRequest r, List<RequestAction> allowedActions, List<DraftingAdvice.Advice> advice, Instant now) {
        return new RequestView(r.id, r.direction, r.kind, r.status, r.requestingCountry, r.requestedCountry,
                r.requesterReference, r.counterpartReference, r.caseReference, r.assistanceType, r.legalBasis, r.offence,
                r.summaryOfFacts, r.urgency, r.content, r.routingProblem, r.lastNote,
                r.refusalGroundList(), r.until, r.team(), r.surrender, r.nonPunishment,
                r.createdAt, r.transmittedAt, r.acknowledgedAt, r.statusChangedAt, r.contentDestroyedAt,
                FastMeansView.of(r, now),
                ClockAlertEntry.of(r.id), allowedActions, FollowUps.of(r), intelligenceOnly(r), advice);
    }
}
