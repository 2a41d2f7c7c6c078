package org.counterpart.mla.transport;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.counterpart.mla.audit.AuditAction;
import org.counterpart.mla.audit.Audited;
import org.counterpart.mla.request.RequestService;
import org.counterpart.platform.security.Caller;
import org.counterpart.platform.security.Roles;

/** Where each message this country sent about a request has got to: the transport layer, apart from the business status. */
@Path("/requests/{id}/transport")
@Produces(MediaType.APPLICATION_JSON)
public class TransportResource {

    private final RequestService requests;
    private final Caller caller;

    TransportResource(RequestService requests, Caller caller) {
        this.requests = requests;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT})
    @Audited(AuditAction.VIEW)
    public List<TransportView> sentMessages(@PathParam("id") UUID id) {
        return TransportView.journeysOf(requests.visibleTo(id, caller));
    }
}
