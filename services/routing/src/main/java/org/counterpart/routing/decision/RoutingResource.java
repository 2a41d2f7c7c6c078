package org.counterpart.routing.decision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.counterpart.events.Agency;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Country;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.RegionCode;
import org.counterpart.events.Urgency;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.events.workflow.DirectoryRole;
import org.counterpart.platform.problem.FieldError;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Caller;
import org.counterpart.platform.security.Roles;
import org.counterpart.routing.clock.RequestClock;
import org.counterpart.routing.directory.ContactPoint;
import org.counterpart.routing.directory.DirectoryVersion;

/** Routing decisions: asked before drafting ("where would this go?") and looked up afterwards. */
@Path("/routing")
@Produces(MediaType.APPLICATION_JSON)
public class RoutingResource {

    public record RecordView(UUID requestId, Country requestingCountry, Country requestedCountry,
            CooperationKind kind, AssistanceType assistanceType, RoutingOutcome outcome, String contactPointId,
            List<String> decisionPath, String reason, List<String> warnings, String directoryVersion, Instant decidedAt,
            String assignedBy, String assignmentReason, Instant assignedAt, String misroutedFrom, Instant forwardedAt,
            List<RequestClock.View> clocks) {

        static RecordView of(RoutingRecord r) {
            return new RecordView(r.requestId, r.requestingCountry, r.requestedCountry, r.kind, r.assistanceType,
                    r.outcome, r.contactPointId, r.decisionPath, r.reason, r.warningList(), r.directoryVersion,
                    r.decidedAt, r.assignedBy, r.assignmentReason, r.assignedAt, r.misroutedFrom, r.forwardedAt,
                    RequestClock.of(r.requestId));
        }
    }

    public record PreviewView(boolean routable, String contactPointId, String authority, DirectoryRole role,
            List<String> languages, String channel, List<String> decisionPath, String reason, List<String> warnings,
            String directoryVersion) {
    }

    private final Caller caller;
    private final RoutingService routing;
    private final UnroutableDesk desk;

    RoutingResource(Caller caller, RoutingService routing, UnroutableDesk desk) {
        this.caller = caller;
        this.routing = routing;
        this.desk = desk;
    }

    /**
     * "Where would this go?" while drafting: the same decision tree and directory as real routing, with
     * the warnings the requester should act on, for every kind of cooperation. Required: the requested
     * country, an MLA request's measure and an informal exchange's agency; each further answer narrows
     * the decision as it will be narrowed on transmission.
     */
    @GET
    @Path("/preview")
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT})
    public PreviewView preview(@QueryParam("requestedCountry") String requestedCountry,
            @QueryParam("kind") String kindName, @QueryParam("agency") String agencyName,
            @QueryParam("assistanceType") String assistanceType, @QueryParam("legalBasis") String legalBasis,
            @QueryParam("urgency") String urgency,
            @QueryParam("regionOfExecution") String regionOfExecution, @QueryParam("language") String language) {
        List<FieldError> errors = new ArrayList<>();
        Country requested = Country.isWellFormed(requestedCountry) ? Country.of(requestedCountry) : null;
        if (requested == null) {
            errors.add(new FieldError("requestedCountry", "must be an ISO 3166-1 alpha-2 code such as MY"));
        }
        CooperationKind parsedKind = parse(CooperationKind.class, "kind", kindName, false, errors);
        CooperationKind kind = parsedKind == null ? CooperationKind.MLA : parsedKind;
        AssistanceType measure = parse(AssistanceType.class, "assistanceType", assistanceType,
                kind == CooperationKind.MLA, errors);
        if (measure != null && kind != CooperationKind.MLA) {
            errors.add(new FieldError("assistanceType", "only an MLA request names a measure, not " + kind));
        }
        Agency agency = parse(Agency.class, "agency", agencyName, kind.agencyToAgency(), errors);
        LegalBasis basis = parse(LegalBasis.class, "legalBasis", legalBasis, false, errors);
        Urgency urgent = parse(Urgency.class, "urgency", urgency, false, errors);
        if (regionOfExecution != null && requested != null && !RegionCode.isIn(regionOfExecution, requested)) {
            errors.add(new FieldError("regionOfExecution",
                    "must be the ISO 3166-2 code of a province or state of the requested country, e.g. MY-12 for Sabah"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        RoutingDecision decision = routing.preview(new RoutingQuery(requested, kind, agency, measure, basis,
                urgent == null ? Urgency.ROUTINE : urgent, regionOfExecution, language));
        ContactPoint chosen = decision.contactPoint();
        return new PreviewView(decision.routed(), chosen == null ? null : chosen.id,
                chosen == null ? null : chosen.authority, chosen == null ? null : chosen.role,
                chosen == null ? List.of() : chosen.languages, chosen == null ? null : chosen.channel,
                decision.path(), decision.reason(), decision.warnings(), DirectoryVersion.current());
    }

    /** One request's routing record, for the two countries in the conversation or the regional administration. */
    @GET
    @Path("/records/{requestId}")
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT,
            Roles.DIRECTORY_ADMIN})
    public RecordView record(@PathParam("requestId") UUID requestId) {
        RoutingRecord record = RoutingRecord.findById(requestId);
        if (record == null || !(caller.mayView(record.requestingCountry) || caller.mayView(record.requestedCountry))) {
            throw ProblemException.notFound("Routing record of request " + requestId);
        }
        return RecordView.of(record);
    }

    /** What the regional desk says when it assigns an unroutable request. */
    public record Assignment(String contactPointId, String reason) {
    }

    /** Assigns an unroutable request to a contact point (regional desk): delivered now, the reason recorded. */
    @POST
    @Path("/records/{requestId}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DIRECTORY_ADMIN)
    public RecordView assign(@PathParam("requestId") UUID requestId, Assignment assignment) {
        if (assignment == null) {
            throw ProblemException.invalid("body", "{contactPointId, reason} is required");
        }
        return RecordView.of(desk.assign(requestId, assignment.contactPointId(), assignment.reason(), caller));
    }

    /** Requests the hub could not deliver: the queue a directory administrator works through. */
    @GET
    @Path("/records")
    @RolesAllowed({Roles.CENTRAL_AUTHORITY, Roles.DIRECTORY_ADMIN})
    public List<RecordView> records(@QueryParam("outcome") String outcome) {
        RoutingOutcome wanted = parseOutcome(outcome);
        List<RoutingRecord> records = caller.isRegional()
                ? RoutingRecord.list("outcome = ?1 order by decidedAt desc", wanted)
                : RoutingRecord.list("outcome = ?1 and (requestingCountry = ?2 or requestedCountry = ?2) "
                        + "order by decidedAt desc", wanted, caller.country());
        return records.stream().map(RecordView::of).toList();
    }

    /** The enum constant named {@code value}, or a field error listing the choices. */
    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value, boolean required,
            List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "is required: one of " + List.of(type.getEnumConstants())));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "must be one of " + List.of(type.getEnumConstants())));
            return null;
        }
    }

    private static RoutingOutcome parseOutcome(String value) {
        if (value == null) {
            return RoutingOutcome.UNROUTABLE;
        }
        try {
            return RoutingOutcome.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("outcome", "must be ROUTED or UNROUTABLE");
        }
    }
}
