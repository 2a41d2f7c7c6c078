package org.counterpart.network.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Properties;
import org.apache.kafka.common.Uuid;
import org.counterpart.events.Country;
import org.counterpart.network.DatabaseAccess;
import org.counterpart.network.KafkaBroker;
import org.counterpart.network.LocalNetwork;
import org.counterpart.network.exchange.ExchangeAccess;
import org.counterpart.network.exchange.ExchangeCredentials;
import org.counterpart.network.exchange.ExchangeProvisioning;
import org.counterpart.network.exchange.ServiceKeys;

/**
 * The closed exchange of docker-compose.yml, made by its one-shot setup containers with the code the
 * launcher uses: {@code secrets} writes every secret and each container's settings into the shared
 * secrets volume before anything starts; {@code provision} creates the topics, principals and grants
 * once the broker answers. Country services of the compose file: {@link #COUNTRIES}.
 */
public final class ComposeSetup {

    /** The countries docker-compose.yml runs a service for. */
    public static final List<Country> COUNTRIES = List.of(Country.of("TH"), Country.of("MY"), Country.of("PH"));
    /** The broker's name and port on the compose network. */
    public static final String BROKER = "kafka:9093";
    private static final int CONTROLLER_PORT = 9094;

    private ComposeSetup() {
    }

    public static void main(String[] args) {
        if (args.length != 2 || !List.of("secrets", "provision").contains(args[0])) {
            System.err.println("usage: ComposeSetup secrets|provision <secrets directory>");
            System.exit(2);
        }
        Path directory = Path.of(args[1]);
        if ("secrets".equals(args[0])) {
            secrets(directory);
        } else {
            try (ExchangeProvisioning admin = ExchangeProvisioning.connect(ExchangeCredentials.load(directory))) {
                admin.network(LocalNetwork.REGION);
            }
        }
    }

    /** Everything the compose network needs, in {@code directory}; nothing of it is committed anywhere. */
    public static void secrets(Path directory) {
        if (Files.exists(directory.resolve("services"))) {
            return; // made on the first start; the broker and databases in their volumes depend on these
        }
        ExchangeCredentials credentials = ExchangeCredentials.generate(directory, List.of("kafka"));
        credentials.recordBootstrap(BROKER);
        ServiceKeys keys = ServiceKeys.generate(directory.resolve("signing"),
                ExchangeAccess.principals(LocalNetwork.REGION).stream().map(ExchangeAccess::signerOf).toList());
        Path kafka = directory.resolve("kafka");
        KafkaBroker.write(KafkaBroker.config(Path.of("/var/lib/kafka/data"), "0.0.0.0", BROKER, CONTROLLER_PORT,
                credentials), kafka.resolve("server.properties"));
        write(kafka.resolve("cluster-id"), Uuid.randomUuid().toString());
        write(kafka.resolve("admin-password"), credentials.passwordOf(ExchangeAccess.ADMIN));

        StringBuilder env = new StringBuilder();
        Map<Country, String> consoles = new java.util.LinkedHashMap<>();
        for (int i = 0; i < COUNTRIES.size(); i++) {
            consoles.put(COUNTRIES.get(i), "http://localhost:" + (8081 + i)); // the ports docker-compose.yml publishes
        }
        credentials.realmSecrets(LocalNetwork.REGION, consoles, "http://localhost:8090")
                .forEach((name, value) -> env.append(name).append('=').append(value).append('\n'));
        write(directory.resolve("keycloak.env"), env.toString());

        Path services = directory.resolve("services");
        StringBuilder databases = new StringBuilder();
        settings(services.resolve("routing.properties"), credentials, keys, ExchangeAccess.HUB, databases);
        settings(services.resolve("tracking.properties"), credentials, keys, ExchangeAccess.TRACKING, databases);
        for (Country country : COUNTRIES) {
            settings(services.resolve("mla-request-" + country.code().toLowerCase(Locale.ROOT) + ".properties"),
                    credentials, keys, ExchangeAccess.countryPrincipal(country), databases);
        }
        write(directory.resolve("postgres/init.sql"), databases.toString());
        write(directory.resolve("postgres/superuser-password"), credentials.databasePasswordOf("postgres"));
        shareWithTheOtherContainers(directory);
    }

    /**
     * The containers of the compose file run as different users and share this one volume, so its files
     * must be readable by all of them. That is the trust boundary of a single Docker host; a real
     * deployment gives each service only its own secrets (see deploy/kubernetes).
     */
    private static void shareWithTheOtherContainers(Path directory) {
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.toList()) {
                Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString(
                        Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The settings file one service reads (QUARKUS_CONFIG_LOCATIONS): its principal, its secrets, its
     * keys, its database roles. Only properties no other source of the service sets, so none depends on
     * which file wins. The service's database, with its two roles, is added to {@code databases}, the
     * script PostgreSQL runs on its first start.
     */
    private static void settings(Path file, ExchangeCredentials credentials, ServiceKeys keys, String principal,
            StringBuilder databases) {
        Properties p = new Properties();
        p.putAll(credentials.serviceSettings(principal, keys));
        String database = DatabaseAccess.databaseOf(principal);
        DatabaseAccess access = DatabaseAccess.of(database, credentials);
        p.putAll(access.settings("jdbc:postgresql://postgres:5432/" + database));
        databases.append(access.script());
        ExchangeCredentials.oidcClientOf(principal).ifPresent(client ->
                p.put("COUNTERPART_CLIENT_SECRET", credentials.clientSecretOf(client)));
        ExchangeCredentials.consoleClientOf(principal).ifPresent(client ->
                p.put("COUNTERPART_CONSOLE_SECRET", credentials.clientSecretOf(client)));
        try {
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(file)) {
                p.store(writer, principal + "'s settings on the compose network: never commit, never share");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
