package org.counterpart.mla.request;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.counterpart.events.Agency;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Country;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.RefusalGround;
import org.counterpart.events.RequestContent;
import org.counterpart.events.RequestParticulars;
import org.counterpart.events.RequestRevision;
import org.counterpart.events.RequestTransmitted;
import org.counterpart.events.Surrender;
import org.counterpart.events.Urgency;
import org.counterpart.events.sealing.Sealed;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.events.workflow.RequestAction;
import org.counterpart.events.workflow.RequestStatus;
import org.counterpart.events.workflow.Side;
import org.counterpart.events.workflow.Transition;
import org.counterpart.events.workflow.Workflow;
import org.counterpart.events.workflow.Workflows;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A request of any kind of cooperation, as this country holds it. */
@Entity
@Table(name = "mla_request")
public class MlaRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;

    /** Which channel of cooperation this is, and so which workflow moves it. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CooperationKind kind = CooperationKind.MLA;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestStatus status;

    @Column(name = "requesting_country", nullable = false)
    public Country requestingCountry;

    @Column(name = "requested_country", nullable = false)
    public Country requestedCountry;

    /** This country's own domestic case the request belongs to; it never leaves the country. */
    @Column(name = "case_reference")
    public String caseReference;

    /** The requesting office's reference; travels with the request. */
    @Column(name = "requester_reference", nullable = false)
    public String requesterReference;

    /** The requested central authority's own registration number, known once it acknowledged. */
    @Column(name = "counterpart_reference")
    public String counterpartReference;

    /** The measure asked for; MLA only. */
    @Enumerated(EnumType.STRING)
    @Column(name = "assistance_type")
    public AssistanceType assistanceType;

    /** The instrument relied on; none for an informal exchange or a victim notice. */
    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis")
    public LegalBasis legalBasis;

    /** Gone once the content's retention has passed (see {@link #contentDestroyedAt}), as is all case content. */
    @Column
    public String offence;

    @Column(name = "summary_of_facts")
    public String summaryOfFacts;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Urgency urgency;

    /** The treaty content; may be incomplete while DRAFT. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public RequestContent content;

    @Column(name = "correlation_id", nullable = false)
    public UUID correlationId;

    /** Why the hub could not deliver the request, when it could not. */
    @Column(name = "routing_problem")
    public String routingProblem;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When the prosecutor last submitted it to the own central authority; the region times its transmission from here. */
    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "transmitted_at")
    public Instant transmittedAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "status_changed_at", nullable = false)
    public Instant statusChangedAt;

    /** What the latest action said: the information asked for, the deficiency, the reason to postpone, ... */
    @Column(name = "last_note")
    public String lastNote;

    /** The coded grounds, when refused. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "refusal_grounds")
    public List<RefusalGround> refusalGrounds;

    /** The date the latest dated action set: postponed until, answer by, agreement ends, return on. */
    @Column(name = "until_date")
    public LocalDate until;

    /** A joint investigation's team once either state changed it; before that, the proposal's members (see {@link #team()}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<TeamSeat> team;

    /** The surrender of an extradited person, once arranged. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Surrender surrender;

    /** Whether the state that recognised a victim applies non-punishment, once it said so. */
    @Column(name = "non_punishment")
    public Boolean nonPunishment;

    @Enumerated(EnumType.STRING)
    @Column(name = "fast_means_channel")
    public FastMeans.Channel fastMeansChannel;

    @Column(name = "fast_means_sent_at")
    public Instant fastMeansSentAt;

    /** When the formal transmission (the written confirmation of a fast-means request) is due. */
    @Column(name = "written_confirmation_due")
    public Instant writtenConfirmationDue;

    @Version
    public long version;

    /** When the retention job destroyed what identifies people or the case; the request's facts of record stay. */
    @Column(name = "content_destroyed_at")
    public Instant contentDestroyedAt;

    /** The refusal grounds, empty unless refused. */
    public List<RefusalGround> refusalGroundList() {
        return refusalGrounds == null ? List.of() : List.copyOf(refusalGrounds);
    }

    /** Takes what the prosecutor drafted; the requested country is fixed once drafted. */
    void takeDraft(DraftRequest draft) {
        kind = draft.kindOrDefault();
        caseReference = draft.caseReference() == null || draft.caseReference().isBlank() ? null
                : draft.caseReference().strip();
        assistanceType = draft.assistanceType();
        legalBasis = draft.legalBasis();
        offence = draft.offence();
        summaryOfFacts = draft.summaryOfFacts();
        urgency = draft.urgency();
        content = draft.content();
    }

    /** A joint investigation's team as it stands: the lead state's proposed members, then every change either state made. */
    public List<TeamSeat> team() {
        if (team != null) {
            return team;
        }
        if (content == null || content.jointInvestigation() == null || content.jointInvestigation().members() == null) {
            return List.of();
        }
        return TeamMembers.apply(List.of(), content.jointInvestigation().members(), requestingCountry);
    }

    /** The agency an informal exchange is addressed to; none for other kinds, or once retention destroyed the content. */
    public Optional<Agency> addressedAgency() {
        return content == null ? Optional.empty() : content.addressedAgency();
    }

    public Workflow workflow() {
        return Workflows.of(kind);
    }

    /** Moves the request on; the caller has checked that {@code row} is allowed now. */
    void advance(Transition row, ActionDetails details, String actor, Instant at) {
        RequestAction action = row.action();
        status = row.to();
        statusChangedAt = at;
        if (action == RequestAction.SUBMIT) {
            submittedAt = at;
        }
        if (action == RequestAction.TRANSMIT && transmittedAt == null) {
            transmittedAt = at;
        }
        if (action == RequestAction.ACKNOWLEDGE) {
            acknowledgedAt = at;
            counterpartReference = details.counterpartReference();
        }
        if (details.note() != null) {
            lastNote = details.note();
        }
        if (details.refusalGrounds() != null && !details.refusalGrounds().isEmpty()) {
            refusalGrounds = List.copyOf(details.refusalGrounds());
        }
        if (details.until() != null) {
            until = details.until();
        }
        if (details.members() != null) {
            team = TeamMembers.apply(team(), details.members(),
                    row.side() == Side.REQUESTING ? requestingCountry : requestedCountry);
        }
        if (details.surrender() != null) {
            surrender = details.surrender();
        }
        if (details.nonPunishment() != null) {
            nonPunishment = details.nonPunishment();
        }
        RequestHistoryEntry.record(id, status, action, details.note(), actor, at);
    }

    /** Registers a request another country transmitted to this one. */
    static MlaRequest received(RequestTransmitted transmitted, RequestParticulars particulars, UUID correlationId,
            String sourceService, Instant storedAt) {
        MlaRequest request = new MlaRequest();
        request.id = transmitted.requestId();
        request.direction = Direction.INCOMING;
        request.kind = transmitted.kind();
        request.status = request.workflow().transition(RequestAction.TRANSMIT).orElseThrow().to();
        request.requestingCountry = transmitted.requestingCountry();
        request.requestedCountry = transmitted.requestedCountry();
        request.requesterReference = transmitted.requesterReference();
        request.assistanceType = transmitted.assistanceType();
        request.legalBasis = transmitted.legalBasis();
        request.offence = particulars.offence();
        request.summaryOfFacts = particulars.summaryOfFacts();
        request.urgency = transmitted.urgency();
        request.content = particulars.content();
        request.correlationId = correlationId;
        request.createdBy = sourceService;
        request.createdAt = storedAt;
        request.transmittedAt = transmitted.transmittedAt();
        request.statusChangedAt = transmitted.transmittedAt();
        request.persist();
        RequestHistoryEntry.record(request.id, request.status, RequestAction.TRANSMIT, null, sourceService,
                request.createdAt);
        return request;
    }

    /** The country at the other end of this request. */
    public Country otherCountry() {
        return direction == Direction.OUTGOING ? requestedCountry : requestingCountry;
    }

    RequestRevision revision() {
        return new RequestRevision(assistanceType, legalBasis, offence, summaryOfFacts, urgency, content);
    }

    /** The requested side's copy takes what the requester corrected before resubmitting. */
    void takeRevision(RequestRevision revision) {
        assistanceType = revision.assistanceType();
        legalBasis = revision.legalBasis();
        offence = revision.offence();
        summaryOfFacts = revision.summaryOfFacts();
        urgency = revision.urgency();
        content = revision.content();
    }

    RequestParticulars particulars() {
        return new RequestParticulars(offence, summaryOfFacts, content);
    }

    /** The clear envelope copies from the content only what routing and tracking need (docs/events.md). */
    RequestTransmitted toTransmittedEvent(Sealed<RequestParticulars> particulars) {
        RequestContent.Trafficking trafficking = content == null ? null : content.trafficking();
        return new RequestTransmitted(id, requesterReference, requestingCountry, requestedCountry, kind, assistanceType,
                legalBasis, content == null ? null : content.addressedAgency().orElse(null),
                urgency, content == null ? null : content.handlingLevel(),
                content == null ? null : content.language(), content == null ? null : content.regionOfExecution(),
                content == null ? null : content.wantedBy(),
                trafficking == null ? null : trafficking.exploitationForms(),
                trafficking == null ? null : trafficking.victimCount(), submittedAt, transmittedAt, particulars);
    }
}
