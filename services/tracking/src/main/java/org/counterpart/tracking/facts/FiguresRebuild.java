package org.counterpart.tracking.facts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.counterpart.events.ConsumerGroups;
import org.counterpart.platform.inbox.EventConsumers;
import org.counterpart.platform.security.Caller;
import org.counterpart.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The regional operator's rebuild of every figure from {@code counterpart.lifecycle}, read again from
 * offset zero: after a fix to how facts become figures, or to check that the figures are what the
 * topic says. Answers at once; the figures fill again as the consumer catches up (its lag says how far).
 */
@Path("/operations/figures/rebuild")
@Produces(MediaType.APPLICATION_JSON)
public class FiguresRebuild {

    public record Rebuilding(String consumer, String readsFrom) {
    }

    private final EventConsumers consumers;
    private final EntityManager entityManager;
    private final Caller caller;

    FiguresRebuild(EventConsumers consumers, EntityManager entityManager, Caller caller) {
        this.consumers = consumers;
        this.entityManager = entityManager;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @APIResponse(responseCode = "202", description = "The read models are emptied and being rebuilt from offset zero")
    public Response rebuild() throws InterruptedException {
        if (!caller.isRegional()) {
            throw new ForbiddenException("only the regional operator rebuilds the region's figures");
        }
        consumers.rewind(ConsumerGroups.TRACKING, this::empty);
        return Response.accepted(new Rebuilding(ConsumerGroups.TRACKING, "offset zero")).build();
    }

    /** Every read model tracking builds from the topic; the service's role may delete rows, not truncate tables. */
    private void empty() {
        entityManager.createNativeQuery("delete from request_fact").executeUpdate();
        entityManager.createNativeQuery("delete from clock_alert").executeUpdate();
    }
}
