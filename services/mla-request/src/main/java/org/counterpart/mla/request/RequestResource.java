package org.counterpart.mla.request;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.counterpart.events.workflow.RequestAction;
import org.counterpart.mla.audit.AuditAction;
import org.counterpart.mla.audit.Audited;
import org.counterpart.mla.idempotency.IdempotencyKey;
import org.counterpart.mla.idempotency.IdempotentCalls;
import org.counterpart.mla.idempotency.IdempotentCalls.Created;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Caller;
import org.counterpart.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/requests")
@Produces(MediaType.APPLICATION_JSON)
public class RequestResource {

    /** The most requests one page of the list holds. */
    static final int MAX_PAGE = 500;

    private final RequestService requests;
    private final Caller caller;
    private final RequestViews views;
    private final IdempotentCalls idempotentCalls;

    RequestResource(RequestService requests, Caller caller, RequestViews views, IdempotentCalls idempotentCalls) {
        this.requests = requests;
        this.caller = caller;
        this.views = views;
        this.idempotentCalls = idempotentCalls;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT})
    @Audited(AuditAction.CREATE)
    @APIResponse(responseCode = "201", description = "The draft, at its Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView.class)))
    public Response createDraft(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull DraftRequest draft, @Context UriInfo uri) {
        Created<MlaRequest> created = idempotentCalls.once(IdempotencyKey.of(idempotencyKey), caller, "POST " + uri.getPath(),
                draft, () -> requests.createDraft(draft, caller), request -> request.id, id -> requests.visibleTo(id, caller));
        RequestView view = view(created.made());
        return created.response(uri.getAbsolutePathBuilder().path(view.id().toString()).build(), view);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT})
    @Audited(AuditAction.EDIT)
    public RequestView edit(@PathParam("id") UUID id, @Valid @NotNull DraftRequest draft) {
        return view(requests.edit(id, draft, caller));
    }

    @GET
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT})
    @Audited(AuditAction.LIST)
    @APIResponse(responseCode = "200", description = "Up to limit requests, newest first; a Link header (rel=next) "
            + "gives the next page while there is one",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestSummary.class,
                    type = SchemaType.ARRAY)))
    public Response list(@QueryParam("direction") String direction, @QueryParam("limit") @DefaultValue("100") String limit,
            @QueryParam("after") String after, @Context UriInfo uri) {
        RequestService.Page page = requests.page(RequestSearch.inDirection(parseDirection(direction)), caller, parseLimit(limit),
                ListCursor.of(after, "after"));
        Response.ResponseBuilder answer = Response.ok(page.requests());
        if (page.next() != null) {
            answer.link(uri.getRequestUriBuilder().replaceQueryParam("after", page.next().encoded()).build(), "next");
        }
        return answer.build();
    }

    /** Urgent requests sent ahead by fast means whose written confirmation (the transmission) is still owed. */
    @GET
    @Path("/awaiting-written-confirmation")
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT})
    @Audited(AuditAction.LIST)
    public List<RequestSummary> awaitingWrittenConfirmation() {
        return requests.awaitingWrittenConfirmation(caller);
    }

    /** The people the central authority gave this request to, besides the prosecutor who drafted it. */
    @GET
    @Path("/{id}/assignments")
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT})
    @Audited(AuditAction.VIEW)
    public List<RequestAssignment.View> assignments(@PathParam("id") UUID id) {
        return requests.assignments(id, caller);
    }

    /** Gives the request to one more person of this country, e.g. {@code {"person": "prosecutor2-th"}}. */
    @POST
    @Path("/{id}/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CENTRAL_AUTHORITY)
    @Audited(AuditAction.ASSIGN)
    public List<RequestAssignment.View> assign(@PathParam("id") UUID id, @Valid @NotNull NewAssignment assignment) {
        return requests.assign(id, assignment, caller);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT})
    @Audited(AuditAction.VIEW)
    public RequestView get(@PathParam("id") UUID id) {
        return view(requests.visibleTo(id, caller));
    }

    /**
     * Any action of the lifecycle, e.g. {@code POST /requests/{id}/actions/REFUSE} with
     * {@code {"refusalGrounds": ["NO_DUAL_CRIMINALITY"], "note": "..."}}; {@code {}} for actions that
     * need nothing. Which roles may take it, on which side and from which status is the request's
     * kind's workflow ({@code Workflows}).
     */
    @POST
    @Path("/{id}/actions/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT})
    @Audited(AuditAction.ACT)
    public RequestView act(@PathParam("id") UUID id, @PathParam("action") String action,
            @Valid ActionDetails details) {
        return view(requests.act(id, parseAction(action), details == null ? ActionDetails.NONE : details, caller));
    }

    /** Records that an urgent request went ahead by telephone, e-mail, fax or INTERPOL; starts the written-confirmation clock. */
    @POST
    @Path("/{id}/fast-means")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CENTRAL_AUTHORITY)
    @Audited(AuditAction.ACT)
    public RequestView recordFastMeans(@PathParam("id") UUID id, @Valid @NotNull FastMeans fastMeans) {
        return view(requests.recordFastMeans(id, fastMeans, caller));
    }

    /** Files the request under one of the country's domestic cases. */
    @PUT
    @Path("/{id}/case")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT})
    @Audited(AuditAction.EDIT)
    public RequestSummary fileUnder(@PathParam("id") UUID id, @Valid @NotNull CaseFiling filing) {
        MlaRequest request = requests.fileUnder(id, filing.caseReference(), caller);
        return RequestSummary.of(request, CaseAccess.CONTENT);
    }

    /** An extradition refused on nationality, turned into a transfer of proceedings: the new draft. */
    @POST
    @Path("/{id}/transfer-of-proceedings")
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT})
    @Audited(AuditAction.CREATE)
    @APIResponse(responseCode = "201", description = "The transfer of proceedings drafted, at its Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView.class)))
    public Response transferInstead(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @PathParam("id") UUID id,
            @Context UriInfo uri) {
        Created<MlaRequest> created = idempotentCalls.once(IdempotencyKey.of(idempotencyKey), caller, "POST " + uri.getPath(),
                id, () -> requests.transferInstead(id, caller), request -> request.id, made -> requests.visibleTo(made, caller));
        MlaRequest transfer = created.made();
        return created.response(uri.getBaseUriBuilder().path("requests").path(transfer.id.toString()).build(), view(transfer));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT})
    @Audited(AuditAction.ACT)
    public RequestView submit(@PathParam("id") UUID id) {
        return view(requests.act(id, RequestAction.SUBMIT, ActionDetails.NONE, caller));
    }

    @POST
    @Path("/{id}/transmit")
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT})
    @Audited(AuditAction.ACT)
    public RequestView transmit(@PathParam("id") UUID id) {
        return view(requests.act(id, RequestAction.TRANSMIT, ActionDetails.NONE, caller));
    }

    @POST
    @Path("/{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT})
    @Audited(AuditAction.ACT)
    public RequestView acknowledge(@PathParam("id") UUID id, @Valid @NotNull Acknowledgement acknowledgement) {
        return view(requests.act(id, RequestAction.ACKNOWLEDGE,
                new ActionDetails(null, acknowledgement.counterpartReference(), null, null, null, null, null, null),
                caller));
    }

    private RequestView view(MlaRequest request) {
        return views.of(request, caller);
    }

    private static RequestAction parseAction(String action) {
        try {
            return RequestAction.valueOf(action);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("action", "must be one of " + java.util.Arrays.toString(RequestAction.values()));
        }
    }

    private static int parseLimit(String limit) {
        try {
            int parsed = Integer.parseInt(limit);
            if (parsed >= 1 && parsed <= MAX_PAGE) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below, as for a number out of range
        }
        throw ProblemException.invalid("limit", "must be a whole number from 1 to " + MAX_PAGE);
    }

    private static Direction parseDirection(String direction) {
        if (direction == null) {
            return null;
        }
        try {
            return Direction.valueOf(direction);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("direction", "must be OUTGOING or INCOMING");
        }
    }
}
