package org.counterpart.mla.sealing;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The directory's sealing keys at the hub, called with this service's own client-credentials token. */
@RegisterRestClient(configKey = "hub-lookups")
@OidcClientFilter
@Path("/directory/sealing-keys")
public interface HubSealingKeys {

    /** A published sealing key as the hub answers it (other fields are ignored). */
    record Key(String keyId, String publicJwk, String endorsement) {
    }

    @GET
    @Path("/{country}")
    @Produces(MediaType.APPLICATION_JSON)
    Response newest(@PathParam("country") String country);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response publish(Key key);
}
