package org.counterpart.mla.transport;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import org.counterpart.events.TransportReceipt.Evidence;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Raises the alarm when a message's retrieval receipt is late: a warning first, then a failure. The
 * clock starts when the broker took the message (the sending relay's acknowledgement), so a broker outage is
 * not blamed on the recipient. Works from stored times, so a restart loses no deadline.
 */
@ApplicationScoped
public class TransportWatch {

    private static final Logger LOG = Logger.getLogger(TransportWatch.class);

    private final Duration warnAfter;
    private final Duration failAfter;
    private final InstantSource clock;

    TransportWatch(InstantSource clock, @ConfigProperty(name = "counterpart.transport.retrieval-warning") Duration warnAfter,
            @ConfigProperty(name = "counterpart.transport.retrieval-timeout") Duration failAfter) {
        this.warnAfter = warnAfter;
        this.failAfter = failAfter;
        this.clock = clock;
    }

    @Scheduled(every = "${counterpart.transport.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void check() {
        Instant now = clock.instant();
        int late = SentMessage.update("lateSince = ?1 where retrievedAt is null and failure is null and lateSince is null"
                + " and submittedAt < ?2", now, now.minus(warnAfter));
        int failed = SentMessage.update("failure = ?1, failureReason = ?2, failedAt = ?3 "
                        + "where retrievedAt is null and failure is null and submittedAt < ?4",
                Evidence.NON_RETRIEVAL, "no retrieval receipt within " + failAfter, now, now.minus(failAfter));
        if (late + failed > 0) {
            LOG.warnf("transport: %d message(s) late (no retrieval receipt after %s), %d failed (none after %s)",
                    late, warnAfter, failed, failAfter);
        }
    }
}
