package org.counterpart.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the service has written but the broker does not have yet, for Prometheus: a backlog that grows
 * means the exchange is unreachable or refusing this service's messages.
 */
@Startup
@ApplicationScoped
public class OutboxMetrics {

    OutboxMetrics(MeterRegistry meters) {
        Gauge.builder("counterpart.outbox.backlog", this, OutboxMetrics::backlog)
                .description("Messages in the outbox not yet published to the exchange").register(meters);
    }

    private double backlog() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("publishedAt is null"));
    }
}
