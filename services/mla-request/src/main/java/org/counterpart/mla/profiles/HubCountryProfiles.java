package org.counterpart.mla.profiles;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.counterpart.events.CountryProfile;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The country profiles the hub's directory keeps, read with this service's own client-credentials token. */
@RegisterRestClient(configKey = "hub-lookups")
@OidcClientFilter
@Path("/directory/profiles")
public interface HubCountryProfiles {

    /** A profile as the hub answers it (other fields are ignored). */
    record Published(int version, boolean illustrative, CountryProfile profile) {
    }

    @GET
    @Path("/{country}")
    @Produces(MediaType.APPLICATION_JSON)
    Published current(@PathParam("country") String country);
}
