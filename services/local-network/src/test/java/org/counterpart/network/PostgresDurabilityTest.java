package org.counterpart.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresDurabilityTest {

    @Test
    void theServerStartedHereFlushesEveryCommitToDisk(@TempDir Path data) throws SQLException {
        try (Postgres server = Postgres.start(data.resolve("pg"));
                Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(),
                        server.password())) {
            assertEquals("on", setting(connection, "fsync"));
            assertEquals("on", setting(connection, "synchronous_commit"));
            assertEquals("on", setting(connection, "full_page_writes"));
        }
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("show " + name)) {
            row.next();
            return row.getString(1);
        }
    }
}
