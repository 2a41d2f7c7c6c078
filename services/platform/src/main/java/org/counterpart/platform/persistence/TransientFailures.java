package org.counterpart.platform.persistence;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a passing outage (database restarting, pool exhausted, serialisation conflict) from an event
 * that can never be applied: an event consumer retries the first until it succeeds (never dead-lettering
 * it), an HTTP call answers it with 503 so its client may try again.
 */
public final class TransientFailures {

    /** SQLSTATE classes: 08 connection, 40 transaction rollback, 53 insufficient resources, 57 operator intervention. */
    private static final Set<String> TRANSIENT_SQL_STATE_CLASSES = Set.of("08", "40", "53", "57");

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && state.length() >= 2 && TRANSIENT_SQL_STATE_CLASSES.contains(state.substring(0, 2))) {
                    return true;
                }
                // Agroal reports an exhausted pool, or a server that does not answer a new connection,
                // without an SQLSTATE: "Sorry, acquisition timeout!", "Acquisition timeout while waiting ...".
                if (sql.getMessage() != null && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }
}
