package org.counterpart.mla.request;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.counterpart.mla.audit.AuditAction;
import org.counterpart.mla.audit.Audited;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Caller;
import org.counterpart.platform.security.Roles;

/** A country's domestic cases: its requests of every kind grouped, with one timeline. */
@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    private final RequestService requests;
    private final Caller caller;

    CaseResource(RequestService requests, Caller caller) {
        this.requests = requests;
        this.caller = caller;
    }

    /** By query parameter, since a domestic case number often has a '/' in it ({@code 77/2569}). */
    @GET
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT})
    @Audited(AuditAction.VIEW)
    public CaseView caseOf(@QueryParam("reference") String reference) {
        if (reference == null || reference.isBlank()) {
            throw ProblemException.invalid("reference", "is required: the domestic case's reference");
        }
        return requests.caseOf(reference, caller);
    }
}
