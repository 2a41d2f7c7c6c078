package org.counterpart.mla.request;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.counterpart.mla.transport.SentMessage;

/**
 * The country's requests for Prometheus, by status, direction and kind, and its messages the other side
 * has not retrieved in time (late) or at all (failed). Counted every {@code counterpart.metrics.refresh},
 * not at each scrape, so a scrape costs the database nothing.
 */
@ApplicationScoped
public class RequestMetrics {

    private final MultiGauge requests;
    private final MultiGauge transport;

    RequestMetrics(MeterRegistry meters) {
        this.requests = MultiGauge.builder("counterpart.requests")
                .description("This country's requests by status, direction and kind").register(meters);
        this.transport = MultiGauge.builder("counterpart.transport.unretrieved")
                .description("Messages sent that the other side has not retrieved: late, or failed").register(meters);
    }

    @Scheduled(every = "${counterpart.metrics.refresh}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        QuarkusTransaction.requiringNew().run(() -> {
            List<Object[]> counts = MlaRequest.getEntityManager().createQuery(
                    "select r.status, r.direction, r.kind, count(r) from MlaRequest r group by r.status, r.direction, r.kind",
                    Object[].class).getResultList();
            requests.register(counts.stream().map(row -> MultiGauge.Row.of(Tags.of("status", row[0].toString(),
                    "direction", row[1].toString(), "kind", row[2].toString()), ((Number) row[3]).doubleValue())).toList(),
                    true);
            transport.register(List.of(
                    MultiGauge.Row.of(Tags.of("state", "late"), SentMessage.count(
                            "retrievedAt is null and failure is null and lateSince is not null")),
                    MultiGauge.Row.of(Tags.of("state", "failed"), SentMessage.count("failure is not null"))), true);
        });
    }
}
