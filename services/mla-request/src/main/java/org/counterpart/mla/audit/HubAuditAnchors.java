package org.counterpart.mla.audit;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.counterpart.events.audit.SignedAnchor;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Where this country leaves its audit trail's signed heads: the hub, called with this service's own token. */
@RegisterRestClient(configKey = "hub")
@OidcClientFilter
@Path("/exchange/audit-anchors")
public interface HubAuditAnchors {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    SignedAnchor leave(SignedAnchor anchor);

    @GET
    @Path("/{country}")
    @Produces(MediaType.APPLICATION_JSON)
    List<SignedAnchor> of(@PathParam("country") String country);
}
