package org.counterpart.routing.exchange;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * A country service's collection point for files it sent, called with the hub's own client-credentials
 * token. One client per country, built by {@link CountryServices}.
 */
@OidcClientFilter
public interface CountryExchange {

    @GET
    @Path("/exchange/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    Response sentAttachment(@PathParam("attachmentId") UUID attachmentId,
            @QueryParam("requestId") UUID requestId);
}
