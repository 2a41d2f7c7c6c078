package org.counterpart.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.counterpart.platform.inbox.EventConsumers;
import org.counterpart.platform.outbox.OutboxRelay;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * Down when a consumer's thread or the outbox relay's has died: the HTTP side would still answer while
 * nothing is received or sent, so only a restart (which liveness asks the orchestrator for) helps.
 */
@Liveness
@ApplicationScoped
public class WorkersAlive implements HealthCheck {

    private final EventConsumers consumers;
    private final OutboxRelay relay;

    WorkersAlive(EventConsumers consumers, OutboxRelay relay) {
        this.consumers = consumers;
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("workers");
        boolean up = relay.alive();
        response.withData("outbox-relay", relay.alive() ? "running" : "died");
        for (var member : consumers.membersAlive().entrySet()) {
            response.withData("consumer " + member.getKey(), member.getValue() ? "running" : "died");
            up &= member.getValue();
        }
        return response.status(up).build();
    }
}
