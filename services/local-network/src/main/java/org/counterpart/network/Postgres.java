package org.counterpart.network;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server holding one database per service instance. Either started here from the
 * binaries in a Maven artifact, or an existing server named by {@code COUNTERPART_PG_URL}.
 */
public final class Postgres implements AutoCloseable {

    private final EmbeddedPostgres embedded;
    private final String serverUrl;
    private final String user;
    private final String password;

    private Postgres(EmbeddedPostgres embedded, String serverUrl, String user, String password) {
        this.embedded = embedded;
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
    }

    public static Postgres start(Path dataDirectory) {
        int port = FreePort.pick();
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(true)
                    // The library turns synchronous commit off for speed; a request a user was told was
                    // accepted must survive a machine crash, here as on any server a country runs.
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .start();
            return new Postgres(server, "jdbc:postgresql://127.0.0.1:" + port + "/", "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + port, e);
        }
    }

    /** An existing server: {@code serverUrl} like {@code jdbc:postgresql://host:5432/}, a superuser (it creates roles and grants). */
    public static Postgres existing(String serverUrl, String user, String password) {
        return new Postgres(null, serverUrl.endsWith("/") ? serverUrl : serverUrl + "/", user, password);
    }

    public String jdbcUrl(String database) {
        return serverUrl + database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /**
     * Creates the database of {@code access} unless it exists, owned by its owner role, with the
     * service's role allowed rows only (see {@link DatabaseAccess}).
     */
    public void createDatabase(DatabaseAccess access) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user, password)) {
            try (Statement statement = connection.createStatement()) {
                for (String role : access.roleStatements()) {
                    statement.execute(role);
                }
            }
            boolean exists;
            try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                query.setString(1, access.database());
                try (ResultSet rows = query.executeQuery()) {
                    exists = rows.next();
                }
            }
            if (!exists) {
                try (Statement create = connection.createStatement()) {
                    create.execute("create database " + access.database() + " owner " + access.owner());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + access.database() + " at " + serverUrl, e);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl(access.database()), user, password);
                Statement statement = connection.createStatement()) {
            for (String grant : DatabaseAccess.grants(access.database())) {
                statement.execute(grant);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not set the roles of database " + access.database(), e);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
            }
        }
    }
}
