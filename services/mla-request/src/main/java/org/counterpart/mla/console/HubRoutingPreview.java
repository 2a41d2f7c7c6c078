package org.counterpart.mla.console;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The hub's "where would this go?", asked with the signed-in user's own token (not the service's), so
 * the hub answers the person exactly as it answers them on its API.
 */
@RegisterRestClient(configKey = "hub-console")
@Path("/routing/preview")
public interface HubRoutingPreview {

    /** The preview as the hub answers it (other fields are ignored). */
    record Preview(boolean routable, String authority, List<String> languages, String channel,
            List<String> decisionPath, String reason, List<String> warnings) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Preview preview(@HeaderParam("Authorization") String bearer, @QueryParam("requestedCountry") String requestedCountry,
            @QueryParam("assistanceType") String assistanceType, @QueryParam("legalBasis") String legalBasis,
            @QueryParam("urgency") String urgency, @QueryParam("language") String language);
}
