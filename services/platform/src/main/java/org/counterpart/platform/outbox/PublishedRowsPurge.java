package org.counterpart.platform.outbox;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import org.counterpart.platform.persistence.BatchedDelete;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Deletes outbox rows the broker acknowledged longer ago than {@code counterpart.outbox.keep-published}:
 * once on their topic they are the broker's to keep, and the table would otherwise grow with every
 * message ever sent. Unpublished rows are never touched. What a service needs of a message later (the
 * publish time a transport watch counts from) it keeps itself, from {@link OutboxPublished}.
 */
@ApplicationScoped
public class PublishedRowsPurge {

    private static final Logger LOG = Logger.getLogger(PublishedRowsPurge.class);

    private final EntityManager entities;
    private final InstantSource clock;
    private final Duration keep;

    PublishedRowsPurge(EntityManager entities, InstantSource clock,
            @ConfigProperty(name = "counterpart.outbox.keep-published") Duration keep) {
        this.entities = entities;
        this.clock = clock;
        this.keep = keep;
    }

    @Scheduled(every = "${counterpart.purge.every}", delayed = "${counterpart.purge.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge(clock.instant());
    }

    /** Deletes the rows published before {@code now} minus the retention; returns how many. */
    public long purge(Instant now) {
        long deleted = BatchedDelete.olderThan(entities, "outbox_message", "published_at", now.minus(keep));
        if (deleted > 0) {
            LOG.infof("outbox: deleted %d message(s) published more than %s ago", deleted, keep);
        }
        return deleted;
    }
}
