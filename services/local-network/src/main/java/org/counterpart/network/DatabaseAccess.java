package org.counterpart.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.counterpart.events.signature.Signer;
import org.counterpart.network.exchange.ExchangeAccess;
import org.counterpart.network.exchange.ExchangeCredentials;

/**
 * A service's database and its two roles. The owner migrates the schema (Flyway) and owns every table;
 * the service connects as its own role, which may read and write rows and nothing else: it cannot
 * create, alter or drop a table, grant itself a right, or (for tables a migration closes, like the
 * audit trail) change what was written. Neither is a superuser.
 *
 * @param database the database, named by the launcher (never by a user)
 * @param owner the role that owns the schema
 * @param service the role the service connects as
 */
public record DatabaseAccess(String database, String owner, String ownerPassword, String service, String servicePassword) {

    private static final String NAME = "[a-z][a-z0-9_]{0,50}";
    private static final String PASSWORD = "[A-Za-z0-9_-]{16,}";

    public DatabaseAccess {
        if (!database.matches(NAME)) {
            throw new IllegalArgumentException("unsafe database name " + database);
        }
        if (!ownerPassword.matches(PASSWORD) || !servicePassword.matches(PASSWORD)) {
            throw new IllegalArgumentException("database passwords must be generated secrets");
        }
    }

    /** The database of a principal's service: the hub's and tracking's own, and one per country. */
    public static String databaseOf(String principal) {
        Signer signer = ExchangeAccess.signerOf(principal);
        if (signer.isCountry()) {
            return "mla_" + signer.name().toLowerCase(Locale.ROOT);
        }
        return signer.equals(Signer.HUB) ? "routing" : "tracking";
    }

    /** The roles of {@code database}, with the passwords {@code credentials} hold for them this run. */
    public static DatabaseAccess of(String database, ExchangeCredentials credentials) {
        return new DatabaseAccess(database, ownerOf(database), credentials.databasePasswordOf(ownerOf(database)),
                serviceRoleOf(database), credentials.databasePasswordOf(serviceRoleOf(database)));
    }

    public static String ownerOf(String database) {
        return database + "_owner";
    }

    public static String serviceRoleOf(String database) {
        return database + "_service";
    }

    /** What a superuser runs on the server: both roles (kept, with new passwords, if they exist). */
    public List<String> roleStatements() {
        return List.of(role(owner, ownerPassword), role(service, servicePassword));
    }

    /** What a superuser runs in {@code database} once it exists: rows (and nothing else) for its service's role. */
    public static List<String> grants(String database) {
        String owner = ownerOf(database);
        String service = serviceRoleOf(database);
        return List.of(
                "revoke all on database " + database + " from public",
                "grant connect, temporary on database " + database + " to " + service,
                "revoke create on schema public from public",
                "grant usage on schema public to " + service,
                "alter default privileges for role " + owner + " in schema public"
                        + " grant select, insert, update, delete on tables to " + service,
                "alter default privileges for role " + owner + " in schema public"
                        + " grant usage, select on sequences to " + service);
    }

    /** The same as a psql script, as a PostgreSQL container runs it on its first start. */
    public String script() {
        List<String> lines = new ArrayList<>();
        roleStatements().forEach(statement -> lines.add(statement + ";"));
        lines.add("create database " + database + " owner " + owner + ";");
        lines.add("\\connect " + database);
        grants(database).forEach(statement -> lines.add(statement + ";"));
        return String.join("\n", lines) + "\n";
    }

    /**
     * The settings a service is given for this database: it connects as its own role, and Flyway as the
     * owner. The migrations learn the service's role as a placeholder, to close tables to it.
     */
    public Map<String, String> settings(String jdbcUrl) {
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", service,
                "quarkus.datasource.password", servicePassword,
                "quarkus.flyway.username", owner,
                "quarkus.flyway.password", ownerPassword);
    }

    private static String role(String name, String password) {
        String attributes = " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password '" + password + "'";
        return "do $$ begin if exists (select from pg_roles where rolname = '" + name + "') then alter role " + name
                + " with" + attributes + "; else create role " + name + " with" + attributes + "; end if; end $$";
    }
}
