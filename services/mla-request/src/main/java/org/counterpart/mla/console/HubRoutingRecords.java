package org.counterpart.mla.console;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The hub's routing record of a request (where it went and why), asked with the signed-in user's own
 * token, so the hub shows the person exactly what its API shows them.
 */
@RegisterRestClient(configKey = "hub-console")
@Path("/routing/records")
public interface HubRoutingRecords {

    /** The record as the hub answers it (other fields are ignored). */
    record Decision(String outcome, String contactPointId, List<String> decisionPath, String reason,
            List<String> warnings, String directoryVersion, Instant decidedAt, String assignedBy, String assignmentReason,
            String misroutedFrom) {
    }

    @GET
    @Path("/{requestId}")
    @Produces(MediaType.APPLICATION_JSON)
    Decision record(@HeaderParam("Authorization") String bearer, @PathParam("requestId") UUID requestId);
}
