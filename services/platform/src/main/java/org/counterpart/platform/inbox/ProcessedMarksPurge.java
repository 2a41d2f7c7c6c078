package org.counterpart.platform.inbox;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import org.counterpart.platform.persistence.BatchedDelete;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Deletes processed-event marks older than {@code counterpart.inbox.keep-marks}. A mark is what makes a
 * redelivered record harmless, so it must outlive every copy of the record it marks: the retention is set
 * by each service to more than the longest any topic it reads keeps a record (exchange topics a week, dead
 * letters a month, so 60 days). Unset, marks are kept for good: tracking reads the lifecycle topic, kept
 * for good and redelivered from offset zero, and its marks grow only as that topic does.
 */
@ApplicationScoped
public class ProcessedMarksPurge {

    private static final Logger LOG = Logger.getLogger(ProcessedMarksPurge.class);

    private final EntityManager entities;
    private final InstantSource clock;
    private final Optional<Duration> keep;

    ProcessedMarksPurge(EntityManager entities, InstantSource clock,
            @ConfigProperty(name = "counterpart.inbox.keep-marks") Optional<Duration> keep) {
        this.entities = entities;
        this.clock = clock;
        this.keep = keep;
    }

    @Scheduled(every = "${counterpart.purge.every}", delayed = "${counterpart.purge.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge(clock.instant());
    }

    /** Deletes the marks made before {@code now} minus the retention; returns how many (none when marks are kept). */
    public long purge(Instant now) {
        if (keep.isEmpty()) {
            return 0;
        }
        long deleted = BatchedDelete.olderThan(entities, "processed_event", "processed_at", now.minus(keep.get()));
        if (deleted > 0) {
            LOG.infof("inbox: deleted %d processed-event mark(s) older than %s", deleted, keep.get());
        }
        return deleted;
    }
}
