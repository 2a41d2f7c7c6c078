package org.counterpart.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    @Test
    void databaseGoneIsWorthWaitingFor() {
        assertTrue(TransientFailures.isTransient(new RuntimeException(new SQLTransientConnectionException("down"))));
        assertTrue(TransientFailures.isTransient(new IllegalStateException(
                new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(TransientFailures.isTransient(new SQLException("could not serialize access", "40001")));
        assertTrue(TransientFailures.isTransient(new SQLException("Sorry, acquisition timeout!")));
        // What Agroal says when the server is frozen: no connection can be made within the timeout.
        assertTrue(TransientFailures.isTransient(new RuntimeException(
                new SQLException("Acquisition timeout while waiting for new connection"))));
    }

    @Test
    void brokenDataIsNot() {
        assertFalse(TransientFailures.isTransient(new SQLException("value too long for type character(2)", "22001")));
        assertFalse(TransientFailures.isTransient(new IllegalArgumentException("bad payload")));
    }
}
