package org.counterpart.platform.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * Deletes the rows of a table older than a moment, a batch per transaction, so a purge of months of rows
 * never holds one long transaction (and its locks) over the rows the service is writing meanwhile.
 */
public final class BatchedDelete {

    static final int BATCH = 5_000;

    private BatchedDelete() {
    }

    /** Deletes every row of {@code table} whose {@code timeColumn} is before {@code before}; returns how many. */
    public static long olderThan(EntityManager entities, String table, String timeColumn, Instant before) {
        String delete = "delete from " + table + " where ctid in (select ctid from " + table + " where " + timeColumn
                + " < :before limit " + BATCH + ")";
        long deleted = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> entities.createNativeQuery(delete)
                    .setParameter("before", before).executeUpdate());
            deleted += batch;
        } while (batch == BATCH);
        return deleted;
    }
}
