package org.counterpart.mla.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.counterpart.mla.request.RequestService;
import org.counterpart.platform.security.Caller;
import org.counterpart.platform.security.Roles;

/** The country's audit trail: whether it is intact, and what was done with one request. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditTrail trail;
    private final RequestService requests;
    private final Caller caller;

    AuditResource(AuditTrail trail, RequestService requests, Caller caller) {
        this.trail = trail;
        this.requests = requests;
        this.caller = caller;
    }

    /** Checks the whole chain from its first entry and names the first entry that breaks it. */
    @GET
    @Path("/verification")
    @RolesAllowed({Roles.CENTRAL_AUTHORITY, Roles.OPERATOR})
    public AuditChain.Verification verify() {
        return trail.verify();
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
