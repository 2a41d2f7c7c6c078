package org.counterpart.routing.decision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.CountryCode;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Caller;
import org.counterpart.platform.security.Roles;
import org.counterpart.routing.directory.ContactPoint;

/** Routing decisions: asked before drafting ("where would this go?") and looked up afterwards. */
@Path("/routing")
@Produces(MediaType.APPLICATION_JSON)
public class RoutingResource {

    public record RecordView(UUID requestId, String requestingCountry, String requestedCountry,
            AssistanceType assistanceType, RoutingOutcome outcome, String contactPointId, List<String> decisionPath,
            String reason, String directoryVersion, Instant decidedAt) {

        static RecordView of(RoutingRecord r) {
            return new RecordView(r.requestId, r.requestingCountry, r.requestedCountry, r.assistanceType, r.outcome,
                    r.contactPointId, r.pathSteps(), r.reason, r.directoryVersion, r.decidedAt);
        }
    }

    public record PreviewView(boolean routable, String contactPointId, String authority, List<String> languages,
            List<String> decisionPath, String reason) {
    }

    private final Caller caller;

    RoutingResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Path("/preview")
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY})
    public PreviewView preview(@QueryParam("requestedCountry") String requestedCountry,
            @QueryParam("assistanceType") String assistanceType) {
        if (!CountryCode.isWellFormed(requestedCountry)) {
            throw ProblemException.invalid("requestedCountry", "must be an ISO 3166-1 alpha-2 code such as MY");
        }
        AssistanceType measure = parseMeasure(assistanceType);
        RoutingDecision decision = Router.decide(requestedCountry, measure, ContactPoint.activeIn(requestedCountry));
        ContactPoint chosen = decision.contactPoint();
        return new PreviewView(decision.routed(), chosen == null ? null : chosen.id,
                chosen == null ? null : chosen.authority, chosen == null ? List.of() : chosen.languageList(),
                decision.path(), decision.reason());
    }

    /** One request's routing record, for the two countries in the conversation or the regional administration. */
    @GET
    @Path("/records/{requestId}")
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.DIRECTORY_ADMIN})
    public RecordView record(@PathParam("requestId") UUID requestId) {
        RoutingRecord record = RoutingRecord.findById(requestId);
        if (record == null || !(caller.mayView(record.requestingCountry) || caller.mayView(record.requestedCountry))) {
            throw ProblemException.notFound("Routing record of request " + requestId);
        }
        return RecordView.of(record);
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

    private static AssistanceType parseMeasure(String value) {
        try {
            return AssistanceType.valueOf(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("assistanceType", "must be one of " + List.of(AssistanceType.values()));
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
