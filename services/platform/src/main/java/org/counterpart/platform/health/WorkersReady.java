package org.counterpart.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import org.counterpart.platform.inbox.EventConsumers;
import org.counterpart.platform.outbox.OutboxRelay;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while every consumer member and the outbox relay keep completing rounds: one that has not come
 * back for {@code counterpart.health.stalled-after} (stuck on a record, a hung database, a broker that
 * takes nothing) means this instance neither receives nor sends, so traffic should go elsewhere. The
 * broker's own reachability is Quarkus' Kafka check beside this one. What the relay holds back (a
 * refused topic or request) is reported here, without making the instance unready: every instance
 * shares the same rows, and the rest of the traffic still flows.
 */
@Readiness
@ApplicationScoped
public class WorkersReady implements HealthCheck {

    private final EventConsumers consumers;
    private final OutboxRelay relay;
    private final InstantSource clock;
    private final Duration stalledAfter;
    private final Instant started;

    WorkersReady(EventConsumers consumers, OutboxRelay relay, InstantSource clock,
            @ConfigProperty(name = "counterpart.health.stalled-after") Duration stalledAfter) {
        this.consumers = consumers;
        this.relay = relay;
        this.clock = clock;
        this.stalledAfter = stalledAfter;
        this.started = clock.instant();
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("workers-moving");
        Instant now = clock.instant();
        boolean up = moving("outbox-relay", relay.lastRound(), now, response);
        for (Map.Entry<String, Instant> member : consumers.membersPolledAt().entrySet()) {
            up &= moving("consumer " + member.getKey(), member.getValue(), now, response);
        }
        relay.heldBack().forEach(response::withData);
        return response.status(up).build();
    }

    /** Whether the worker finished a round lately; before its first, the service's start counts as one. */
    private boolean moving(String worker, Instant last, Instant now, HealthCheckResponseBuilder response) {
        Instant since = last == null ? started : last;
        boolean moving = Duration.between(since, now).compareTo(stalledAfter) <= 0;
        response.withData(worker, moving ? (last == null ? "starting" : "last round " + last) : "stalled since " + since);
        return moving;
    }
}
