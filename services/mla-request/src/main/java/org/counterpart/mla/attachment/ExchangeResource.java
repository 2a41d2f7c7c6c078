package org.counterpart.mla.attachment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.counterpart.mla.audit.AuditAction;
import org.counterpart.mla.audit.Audited;
import org.counterpart.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Where the hub collects a file this country sent, for the counterpart that asked it. Only the hub's
 * own client may call it: the role alone is not enough, the token must have been issued to that client
 * ({@code azp}), so no other holder of the role gets in. The hub has checked that the asker is the other
 * party of the request.
 */
@Path("/exchange/attachments/{attachmentId}")
public class ExchangeResource {

    private final AttachmentService attachments;
    private final JsonWebToken token;
    private final String hubClient;

    ExchangeResource(AttachmentService attachments, JsonWebToken token,
            @ConfigProperty(name = "counterpart.exchange.hub-client", defaultValue = "routing") String hubClient) {
        this.attachments = attachments;
        this.token = token;
        this.hubClient = hubClient;
    }

    @GET
    @Produces(MediaType.WILDCARD)
    @RolesAllowed(Roles.HUB)
    @Audited(AuditAction.DOWNLOAD)
    public Response sentAttachment(@PathParam("attachmentId") UUID attachmentId, @QueryParam("requestId") UUID requestId) {
        if (!hubClient.equals(token.getClaim("azp"))) {
            throw new ForbiddenException("files are collected by the hub's own client only");
        }
        Attachment attachment = attachments.sentWith(requestId, attachmentId);
        return Downloads.sealed(attachment, () -> attachments.content(attachment));
    }
}
