package org.counterpart.mla.thread;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.counterpart.mla.audit.AuditAction;
import org.counterpart.mla.audit.Audited;
import org.counterpart.mla.idempotency.IdempotencyKey;
import org.counterpart.mla.idempotency.IdempotentCalls;
import org.counterpart.mla.idempotency.IdempotentCalls.Created;
import org.counterpart.platform.security.Caller;
import org.counterpart.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The correspondence thread of a request: {@code GET} it, {@code POST} to write, {@code POST .../read} for a read receipt. */
@Path("/requests/{id}/messages")
@Produces(MediaType.APPLICATION_JSON)
public class ThreadResource {

    private final ThreadService threads;
    private final Caller caller;
    private final IdempotentCalls idempotentCalls;

    ThreadResource(ThreadService threads, Caller caller, IdempotentCalls idempotentCalls) {
        this.threads = threads;
        this.caller = caller;
        this.idempotentCalls = idempotentCalls;
    }

    @GET
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT})
    @Audited(AuditAction.VIEW)
    public List<ThreadMessageView> thread(@PathParam("id") UUID id) {
        return threads.thread(id, caller);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT})
    @Audited(AuditAction.MESSAGE)
    @APIResponse(responseCode = "201", description = "The message, at its Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThreadMessageView.class)))
    public Response post(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @PathParam("id") UUID id,
            @Valid @NotNull NewMessage message, @Context UriInfo uri) {
        Created<ThreadMessageView> created = idempotentCalls.once(IdempotencyKey.of(idempotencyKey), caller,
                "POST " + uri.getPath(), message, () -> threads.post(id, message, caller), ThreadMessageView::id,
                messageId -> threads.message(id, messageId, caller));
        return created.response(uri.getAbsolutePathBuilder().path(created.made().id().toString()).build(), created.made());
    }

    @GET
    @Path("/{messageId}")
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT})
    @Audited(AuditAction.VIEW)
    public ThreadMessageView message(@PathParam("id") UUID id, @PathParam("messageId") UUID messageId) {
        return threads.message(id, messageId, caller);
    }

    @POST
    @Path("/{messageId}/read")
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT})
    @Audited(AuditAction.MESSAGE)
    public ThreadMessageView markRead(@PathParam("id") UUID id, @PathParam("messageId") UUID messageId) {
        return threads.markRead(id, messageId, caller);
    }
}
