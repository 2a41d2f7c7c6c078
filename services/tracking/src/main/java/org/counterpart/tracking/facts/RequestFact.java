package org.counterpart.tracking.facts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.ClockAlert;
import org.counterpart.events.Country;
import org.counterpart.events.ExploitationForm;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.RefusalGround;
import org.counterpart.events.RequestProfile;
import org.counterpart.events.StatusChanged;
import org.counterpart.events.Urgency;
import org.counterpart.events.figures.Outcome;
import org.counterpart.events.workflow.ClockRule;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.events.workflow.RequestStatus;
import org.counterpart.events.workflow.Workflow;
import org.counterpart.events.workflow.Workflows;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One request as the region's figures see it: its codes, when each of its clocks started and stopped, the
 * time the requester owed information, how it ended. Built fact by fact, in the order the hub reported
 * them (one request's facts share a partition); {@link #record} holds every rule of it.
 */
@Entity
@Table(name = "request_fact")
public class RequestFact extends PanacheEntityBase {

    @Id
    @Column(name = "request_id")
    public UUID requestId;

    @Column(name = "requesting_country", nullable = false)
    public Country requestingCountry;

    @Column(name = "requested_country", nullable = false)
    public Country requestedCountry;

    @Enumerated(EnumType.STRING)
    public CooperationKind kind;

    @Enumerated(EnumType.STRING)
    public AssistanceType measure;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis")
    public LegalBasis legalBasis;

    @Enumerated(EnumType.STRING)
    public Urgency urgency;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "exploitation_forms", nullable = false)
    public List<ExploitationForm> exploitationForms = new ArrayList<>();

    @Column(name = "victim_count")
    public Integer victimCount;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "transmitted_at")
    public Instant transmittedAt;

    @Column(name = "routed_at")
    public Instant routedAt;

    @Column(name = "unroutable_at")
    public Instant unroutableAt;

    /** When the requested country's service stored it: from here the requested side counts it as received. */
    @Column(name = "retrieved_at")
    public Instant retrievedAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Enumerated(EnumType.STRING)
    public RequestStatus decision;

    @Column(name = "executed_at")
    public Instant executedAt;

    @Column(name = "finalised_at")
    public Instant finalisedAt;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    /** When it reached a final status of its workflow. */
    @Column(name = "closed_at")
    public Instant closedAt;

    @Enumerated(EnumType.STRING)
    public RequestStatus status;

    @Column(name = "status_at")
    public Instant statusAt;

    @Column(name = "paused_seconds", nullable = false)
    public long pausedSeconds;

    @Column(name = "paused_since")
    public Instant pausedSince;

    @Column(name = "decided_paused")
    public Long decidedPaused;

    @Column(name = "executed_paused")
    public Long executedPaused;

    @Column(name = "closed_paused")
    public Long closedPaused;

    @Column(name = "info_requests", nullable = false)
    public int infoRequests;

    @Column(name = "deficient_returns", nullable = false)
    public int deficientReturns;

    /** The directory entry the request is with now. */
    @Column(name = "contact_point")
    public String contactPoint;

    /** The counterpart forwarded it to another authority: a misroute. */
    @Column(name = "forwarded_at")
    public Instant forwardedAt;

    /** The entry the hub first delivered it to, when that entry had to forward it. */
    @Column(name = "misrouted_from")
    public String misroutedFrom;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "refusal_grounds", nullable = false)
    public List<RefusalGround> refusalGrounds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "breaches", nullable = false)
    public List<ClockAlert.Clock> breaches = new ArrayList<>();

    /** The request's row, made on its first fact. */
    public static RequestFact of(UUID requestId, Country requesting, Country requested) {
        RequestFact fact = findById(requestId);
        if (fact == null) {
            fact = new RequestFact();
            fact.requestId = requestId;
            fact.requestingCountry = requesting;
            fact.requestedCountry = requested;
            fact.persist();
        }
        return fact;
    }

    /**
     * Takes one lifecycle fact. The first report of a routing milestone wins; a business status moves the
     * request on, and pauses or resumes the time the requester owes.
     */
    public void record(StatusChanged fact) {
        Instant at = fact.occurredAt();
        switch (fact.milestone()) {
            case TRANSMITTED -> {
                transmittedAt = first(transmittedAt, at);
                profile(fact.profile());
            }
            case ROUTED -> {
                routedAt = first(routedAt, at);
                contactPoint = fact.contactPointId() != null ? fact.contactPointId() : contactPoint;
            }
            case UNROUTABLE -> unroutableAt = first(unroutableAt, at);
            case RETRIEVED -> retrievedAt = first(retrievedAt, at);
            default -> { }
        }
        fact.milestone().status().ifPresent(reached -> reached(reached, at, fact));
    }

    private void reached(RequestStatus reached, Instant at, StatusChanged fact) {
        Workflow workflow = workflow();
        if (pausedSince != null && !owedByRequester(workflow, reached)) {
            pausedSeconds += Math.max(0, Duration.between(pausedSince, at).toSeconds());
            pausedSince = null;
        } else if (pausedSince == null && owedByRequester(workflow, reached)) {
            pausedSince = at;
        }
        status = reached;
        statusAt = at;
        switch (reached) {
            case ACKNOWLEDGED -> acknowledgedAt = first(acknowledgedAt, at);
            case INFO_REQUESTED -> infoRequests++;
            case RETURNED_DEFICIENT -> deficientReturns++;
            case FORWARDED -> {
                forwardedAt = first(forwardedAt, at);
                misroutedFrom = misroutedFrom == null ? contactPoint : misroutedFrom;
                contactPoint = fact.contactPointId() != null ? fact.contactPointId() : contactPoint;
            }
            default -> { }
        }
        if (decidedAt == null && (decides(workflow, reached) || endsDecided(workflow, reached))) {
            decidedAt = at;
            decision = reached;
            decidedPaused = pausedSeconds;
        }
        if (reached == RequestStatus.REFUSED && fact.refusalGrounds() != null) {
            refusalGrounds = new ArrayList<>(fact.refusalGrounds());
        }
        if (executedAt == null && stops(workflow, ClockAlert.Clock.EXECUTE, reached)) {
            executedAt = at;
            executedPaused = pausedSeconds;
        }
        if (finalisedAt == null) {
            Outcome.of(workflow, reached).ifPresent(how -> {
                finalisedAt = at;
                outcome = how;
            });
        }
        if (closedAt == null && workflow.isFinal(reached)) {
            closedAt = at;
            closedPaused = pausedSeconds;
        }
    }

    /** A clock breach the hub reported; kept once per clock. */
    public void breached(ClockAlert.Clock clock) {
        if (!breaches.contains(clock)) {
            breaches = new ArrayList<>(breaches);
            breaches.add(clock);
        }
    }

    private void profile(RequestProfile profile) {
        if (profile == null || kind != null) {
            return;
        }
        kind = profile.kind();
        measure = profile.assistanceType();
        legalBasis = profile.legalBasis();
        urgency = profile.urgency();
        exploitationForms = profile.exploitationForms() == null ? new ArrayList<>()
                : new ArrayList<>(profile.exploitationForms());
        victimCount = profile.victimCount();
        submittedAt = profile.submittedAt();
    }

    /** Facts written before the profile travelled name no kind; those requests were all MLA. */
    private Workflow workflow() {
        return Workflows.of(kind == null ? CooperationKind.MLA : kind);
    }

    /** The statuses in which the kind's clocks wait for the requester: the workflow table says, not tracking. */
    private static boolean owedByRequester(Workflow workflow, RequestStatus status) {
        return workflow.clocks().stream().anyMatch(rule -> rule.pausesAt().contains(status));
    }

    /** Decided: the decision clock stopped for a reason other than a forward, or the request was refused. */
    private static boolean decides(Workflow workflow, RequestStatus status) {
        return status == RequestStatus.REFUSED || status == RequestStatus.DECLINED
                || status != RequestStatus.FORWARDED && stops(workflow, ClockAlert.Clock.DECIDE, status);
    }

    /**
     * A kind whose decision clock does not stop at every answer (spontaneous information taken on its
     * conditions) is decided when it ends carried out or refused, if nothing decided it before.
     */
    private static boolean endsDecided(Workflow workflow, RequestStatus status) {
        return workflow.isFinal(status) && Outcome.of(workflow, status)
                .filter(how -> how == Outcome.EXECUTED || how == Outcome.REFUSED).isPresent();
    }

    private static boolean stops(Workflow workflow, ClockAlert.Clock clock, RequestStatus status) {
        Set<RequestStatus> stopping = EnumSet.noneOf(RequestStatus.class);
        for (ClockRule rule : workflow.clocks()) {
            if (rule.clock() == clock) {
                stopping.addAll(rule.stopsAt());
            }
        }
        return stopping.contains(status);
    }

    private static Instant first(Instant current, Instant reported) {
        return current == null ? reported : current;
    }
}
