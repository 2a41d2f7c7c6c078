package org.counterpart.tracking.facts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import org.counterpart.events.ConsumerGroups;
import org.counterpart.events.Topics;
import org.counterpart.platform.inbox.EventConsumers;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Caller;
import org.counterpart.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The regional operator's rebuild of every figure from {@code counterpart.lifecycle}, read again from
 * offset zero: after a fix to how facts become figures, or to check that the figures are what the
 * topic says. Answers at once; the figures fill again as the consumer catches up (its lag says how far).
 * The topic keeps every fact for good (local-network's {@code ExchangeTopics}), so nothing is lost by it;
 * one tracking instance reads the facts, and with another still reading, nothing is rebuilt (409).
 */
@Path("/operations/figures/rebuild")
@Produces(MediaType.APPLICATION_JSON)
public class FiguresRebuild {

    public record Rebuilding(String consumer, String readsFrom) {
    }

    private final EventConsumers consumers;
    private final LifecycleFacts facts;
    private final EntityManager entityManager;
    private final Caller caller;
    private final InstantSource clock;

    FiguresRebuild(EventConsumers consumers, LifecycleFacts facts, EntityManager entityManager, Caller caller,
            InstantSource clock) {
        this.consumers = consumers;
        this.facts = facts;
        this.entityManager = entityManager;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @APIResponse(responseCode = "202", description = "The read models are emptied and being rebuilt from offset zero")
    @APIResponse(responseCode = "409", description = "Not rebuilt: another tracking instance still reads the facts")
    public Response rebuild() throws InterruptedException {
        if (!caller.isRegional()) {
            throw new ForbiddenException("only the regional operator rebuilds the region's figures");
        }
        // Set first: the consumer starts replaying before rewind returns.
        facts.replayedBefore(clock.instant());
        try {
            consumers.rewind(ConsumerGroups.TRACKING, List.of(Topics.LIFECYCLE), this::empty);
        } catch (EventConsumers.RewindRefusedException e) {
            throw ProblemException.conflict("The figures were not rebuilt: " + e.getMessage(), Map.of());
        }
        return Response.accepted(new Rebuilding(ConsumerGroups.TRACKING, "offset zero")).build();
    }

    /**
     * Every read model tracking builds from the topic; the service's role may delete rows, not truncate
     * tables. The new generation tells each instance's copy of the facts to reload.
     */
    private void empty() {
        entityManager.createNativeQuery("delete from request_fact").executeUpdate();
        entityManager.createNativeQuery("update figures_generation set generation = generation + 1").executeUpdate();
        entityManager.createNativeQuery("delete from clock_alert").executeUpdate();
    }
}
