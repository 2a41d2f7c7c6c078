package org.counterpart.mla.attachment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.counterpart.mla.audit.AuditAction;
import org.counterpart.mla.audit.Audited;
import org.counterpart.mla.idempotency.IdempotencyKey;
import org.counterpart.mla.idempotency.IdempotentCalls.Created;
import org.counterpart.platform.security.Caller;
import org.counterpart.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Files of a request. Upload is the raw body with the file's own {@code Content-Type} and
 * {@code ?filename=}; the answer carries the SHA-256 that the manifest will announce.
 */
@Path("/requests/{id}/attachments")
@Produces(MediaType.APPLICATION_JSON)
public class AttachmentResource {

    private final AttachmentService attachments;
    private final Caller caller;

    AttachmentResource(AttachmentService attachments, Caller caller) {
        this.attachments = attachments;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT})
    @Audited(AuditAction.UPLOAD)
    @APIResponse(responseCode = "201", description = "The stored file, at its Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    public Response upload(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @PathParam("id") UUID id,
            @QueryParam("filename") String filename, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream content, @Context UriInfo uri) {
        Created<Attachment> created = attachments.upload(id, filename, contentType, content, caller,
                IdempotencyKey.of(idempotencyKey), "POST " + uri.getPath());
        AttachmentView stored = AttachmentView.of(created.made());
        return created.response(uri.getAbsolutePathBuilder().path(stored.id().toString()).build(), stored);
    }

    @GET
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT})
    @Audited(AuditAction.VIEW)
    public List<AttachmentView> list(@PathParam("id") UUID id) {
        return attachments.list(id, caller).stream().map(AttachmentView::of).toList();
    }

    @GET
    @Path("/{attachmentId}")
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT})
    @Audited(AuditAction.VIEW)
    public AttachmentView get(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        return AttachmentView.of(attachments.get(id, attachmentId, caller));
    }

    /** The content, with its digest (RFC 9530 {@code Repr-Digest}) so a client can check what it saved. */
    @GET
    @Path("/{attachmentId}/content")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT})
    @Audited(AuditAction.DOWNLOAD)
    public Response content(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        Attachment attachment = attachments.get(id, attachmentId, caller);
        attachments.checkAvailable(attachment);
        return Downloads.of(attachment, () -> attachments.content(attachment));
    }
}
