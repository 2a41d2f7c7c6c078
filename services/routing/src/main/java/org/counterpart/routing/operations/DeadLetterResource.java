package org.counterpart.routing.operations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.counterpart.platform.security.Caller;
import org.counterpart.platform.security.Roles;
import org.counterpart.routing.operations.DeadLetterDesk.LetterView;

/** The dead letters for the regional operator's tools: {@link DeadLetterDesk} through the API. */
@Path("/operations/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    private final DeadLetterDesk desk;
    private final Caller caller;

    DeadLetterResource(DeadLetterDesk desk, Caller caller) {
        this.desk = desk;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.OPERATOR)
    public List<LetterView> list(@QueryParam("perPartition") Integer perPartition) {
        return desk.newest(perPartition == null ? 100 : perPartition, caller);
    }

    /**
     * Puts the letter back where its consumer read it, once; consumers skip it if it had been applied
     * after all. Only a letter whose parking record is sealed by the service that runs that consumer,
     * naming a topic that consumer reads, goes back.
     */
    @POST
    @Path("/{partition}/{offset}/replay")
    @RolesAllowed(Roles.OPERATOR)
    public LetterView replay(@PathParam("partition") int partition, @PathParam("offset") long offset) {
        return desk.replay(partition, offset, caller);
    }
}
