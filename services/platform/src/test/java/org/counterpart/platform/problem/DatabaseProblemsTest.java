package org.counterpart.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** What a caller is told when the database fails its call: try again (503) or our fault (500). */
class DatabaseProblemsTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void anExhaustedPoolOrARestartingDatabaseIsWorthRetrying() {
        for (Exception outage : new Exception[] {
                new PersistenceException("Unable to acquire JDBC Connection", new SQLException("Sorry, acquisition timeout!")),
                new PersistenceException(new SQLException("terminating connection due to administrator command", "57P01")),
                new SQLException("Connection refused", "08001")}) {
            Response answer = mappers.database(outage);
            assertEquals(503, answer.getStatus(), outage.toString());
            assertEquals("5", answer.getHeaderString("Retry-After"));
            assertEquals("application/problem+json", answer.getMediaType().toString());
            assertEquals("urn:counterpart:problem:unavailable", ((Problem) answer.getEntity()).type());
        }
    }

    @Test
    void aBrokenStatementIsTheServicesFault() {
        Response answer = mappers.database(new PersistenceException(
                new SQLException("value too long for type character(2)", "22001")));
        assertEquals(500, answer.getStatus());
        assertEquals("urn:counterpart:problem:internal", ((Problem) answer.getEntity()).type());
    }
}
