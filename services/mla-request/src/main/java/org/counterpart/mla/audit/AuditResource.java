package org.counterpart.mla.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.counterpart.events.audit.AuditAnchor;
import org.counterpart.mla.request.RequestService;
import org.counterpart.platform.security.Caller;
import org.counterpart.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The country's audit trail: whether it is intact, and what was done with one request. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditTrail trail;
    private final AuditAnchoring anchoring;
    private final RequestService requests;
    private final Caller caller;

    AuditResource(AuditTrail trail, AuditAnchoring anchoring, RequestService requests, Caller caller) {
        this.trail = trail;
        this.anchoring = anchoring;
        this.requests = requests;
        this.caller = caller;
    }

    /**
     * Checks the chain from where it starts (its first entry, or the checkpoint retention left), and
     * each anchored entry against the anchor the hub holds, and names the first entry that breaks it. A hub that cannot be reached is a failure to
     * verify (503), not a pass.
     */
    @GET
    @Path("/verification")
    @RolesAllowed({Roles.CENTRAL_AUTHORITY, Roles.OPERATOR})
    public AuditChain.Verification verify() {
        List<AuditAnchor> anchors;
        try {
            anchors = anchoring.anchored();
        } catch (RuntimeException e) {
            throw new ServiceUnavailableException("the hub's anchors of this trail cannot be read now ("
                    + e.getClass().getSimpleName() + "); the trail was not verified");
        }
        return trail.verify(anchors);
    }

    /** Leaves the head with the hub now, rather than at the next scheduled round. */
    @POST
    @Path("/anchors")
    @RolesAllowed(Roles.OPERATOR)
    @APIResponse(responseCode = "200", description = "The checkpoint anchored at the hub",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditAnchor.class)))
    @APIResponse(responseCode = "204", description = "Nothing new to anchor since the last checkpoint")
    public Response anchor() {
        return anchoring.anchor().map(anchor -> Response.ok(anchor).build()).orElse(Response.noContent().build());
    }

    /** Every access to one request, oldest first; reading it is itself recorded. */
    @GET
    @Path("/requests/{id}")
    @RolesAllowed(Roles.CENTRAL_AUTHORITY)
    @Audited(AuditAction.EXPORT)
    public List<AuditRecord> ofRequest(@PathParam("id") UUID id) {
        requests.visibleTo(id, caller);
        return trail.ofRequest(id);
    }
}
