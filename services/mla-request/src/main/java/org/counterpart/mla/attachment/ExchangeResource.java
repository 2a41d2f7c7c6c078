package org.counterpart.mla.attachment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.counterpart.platform.security.Roles;

/**
 * Where the hub collects a file this country sent, for the counterpart that asked it. Only the hub's
 * service identity may call it; the hub has checked that the asker is the other party of the request.
 */
@Path("/exchange/attachments/{attachmentId}")
public class ExchangeResource {

    private final AttachmentService attachments;

    ExchangeResource(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @GET
    @Produces(MediaType.WILDCARD)
    @RolesAllowed(Roles.HUB)
    public Response sentAttachment(@PathParam("attachmentId") UUID attachmentId, @QueryParam("requestId") UUID requestId) {
        Attachment attachment = attachments.sentWith(requestId, attachmentId);
        return Downloads.of(attachment, () -> attachments.content(attachment));
    }
}
