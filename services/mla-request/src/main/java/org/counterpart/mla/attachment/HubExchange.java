package org.counterpart.mla.attachment;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The hub's file exchange, called with this service's own client-credentials token. */
@RegisterRestClient(configKey = "hub")
@OidcClientFilter
@Path("/exchange/requests/{requestId}/attachments")
public interface HubExchange {

    @GET
    @Path("/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    InputStream attachment(@PathParam("requestId") UUID requestId, @PathParam("attachmentId") UUID attachmentId);
}
