package org.counterpart.routing.decision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Country;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.RequestTransmitted;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.events.workflow.Workflow;
import org.counterpart.events.workflow.Workflows;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The hub's record of one request: the counterpart it chose, the path that chose it, the directory version. */
@Entity
@Table(name = "routing_record")
public class RoutingRecord extends PanacheEntityBase {

    @Id
    @Column(name = "request_id")
    public UUID requestId;

    @Column(name = "correlation_id", nullable = false)
    public UUID correlationId;

    @Column(name = "requesting_country", nullable = false)
    public Country requestingCountry;

    @Column(name = "requested_country", nullable = false)
    public Country requestedCountry;

    /** The measure; MLA only. */
    @Enumerated(EnumType.STRING)
    @Column(name = "assistance_type")
    public AssistanceType assistanceType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RoutingOutcome outcome;

    @Column(name = "contact_point_id")
    public String contactPointId;

    /** One step per entry, in the order the decision tree asked. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "decision_path", nullable = false)
    public List<String> decisionPath;

    @Column
    public String reason;

    @Column(name = "directory_version", nullable = false)
    public String directoryVersion;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    /**
     * The request as it arrived, kept only while it is unroutable so the regional desk can still deliver
     * it; cleared on assignment.
     */
    @Column(name = "held_message")
    public String heldMessage;

    /** The requester's signature over {@link #heldMessage}, delivered with it. */
    @Column(name = "held_signature")
    public String heldSignature;

    /** The manual override, when the regional desk assigned the request. */
    @Column(name = "assigned_by")
    public String assignedBy;

    @Column(name = "assignment_reason")
    public String assignmentReason;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    /** The channel of cooperation, whose workflow the hub holds every later message to. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CooperationKind kind;

    /** Targets may differ by instrument. */
    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis")
    public LegalBasis legalBasis;

    /** The request's own deadline, from its content. */
    @Column(name = "wanted_by")
    public LocalDate wantedBy;

    /** The contact point a forwarded request first reached: the misroute tracking counts. */
    @Column(name = "misrouted_from")
    public String misroutedFrom;

    @Column(name = "forwarded_at")
    public Instant forwardedAt;

    public Workflow workflow() {
        return Workflows.of(kind);
    }

    /** Null when there is nothing to warn about. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column
    public List<String> warnings;

    static RoutingRecord of(RequestTransmitted request, UUID correlationId, RoutingDecision decision,
            String directoryVersion, Instant at) {
        RoutingRecord record = new RoutingRecord();
        record.requestId = request.requestId();
        record.correlationId = correlationId;
        record.requestingCountry = request.requestingCountry();
        record.requestedCountry = request.requestedCountry();
        record.kind = request.kind();
        record.assistanceType = request.assistanceType();
        record.legalBasis = request.legalBasis();
        record.wantedBy = request.wantedBy();
        record.outcome = decision.routed() ? RoutingOutcome.ROUTED : RoutingOutcome.UNROUTABLE;
        record.contactPointId = decision.routed() ? decision.contactPoint().id : null;
        record.decisionPath = List.copyOf(decision.path());
        record.reason = decision.reason();
        record.directoryVersion = directoryVersion;
        record.decidedAt = at;
        record.warnings = decision.warnings().isEmpty() ? null : List.copyOf(decision.warnings());
        return record;
    }

    public List<String> warningList() {
        return warnings == null ? List.of() : warnings;
    }

    /** The record's path goes on: a forward or the desk's assignment adds its step. */
    public void extendPath(String step) {
        List<String> path = new ArrayList<>(decisionPath);
        path.add(step);
        decisionPath = path;
    }
}
