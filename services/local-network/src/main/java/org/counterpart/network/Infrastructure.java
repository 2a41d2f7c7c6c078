package org.counterpart.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import org.counterpart.events.Country;
import org.counterpart.network.exchange.ExchangeAccess;
import org.counterpart.network.exchange.ExchangeCredentials;
import org.counterpart.network.exchange.ExchangeProvisioning;
import org.counterpart.network.exchange.ServiceKeys;

/**
 * Kafka and PostgreSQL for one test run or one local network. Uses existing servers when
 * {@code COUNTERPART_KAFKA_BOOTSTRAP} (with the secrets directory of that exchange in
 * {@code COUNTERPART_KAFKA_CREDENTIALS}) / {@code COUNTERPART_PG_URL} name them, starts real ones
 * otherwise, and stops only what it started. A started broker is closed (SASL_SSL, ACLs) and
 * provisioned with the topics and principals of the network's countries before anyone connects.
 */
public final class Infrastructure implements AutoCloseable {

    private final KafkaBroker startedBroker;
    private final String kafkaBootstrap;
    private final ExchangeCredentials credentials;
    private final ServiceKeys keys;
    private final Postgres postgres;

    private Infrastructure(KafkaBroker startedBroker, String kafkaBootstrap, ExchangeCredentials credentials,
            ServiceKeys keys, Postgres postgres) {
        this.startedBroker = startedBroker;
        this.kafkaBootstrap = kafkaBootstrap;
        this.credentials = credentials;
        this.keys = keys;
        this.postgres = postgres;
    }

    /** Starts or connects, and provisions every topic and principal of a network of {@code countries}. */
    public static Infrastructure startOrConnect(ProjectLayout layout, Path workDirectory, Collection<Country> countries) {
        try {
            Files.createDirectories(workDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String externalKafka = System.getenv("COUNTERPART_KAFKA_BOOTSTRAP");
        ExchangeCredentials credentials = externalKafka == null
                ? ExchangeCredentials.generate(workDirectory.resolve("exchange-secrets"))
                : ExchangeCredentials.load(Path.of(env("COUNTERPART_KAFKA_CREDENTIALS", "exchange-secrets")));
        KafkaBroker broker = externalKafka == null
                ? KafkaBroker.start(layout.kafkaLibs(), workDirectory.resolve("kafka"), credentials)
                : null;
        String bootstrap = broker == null ? externalKafka : broker.bootstrapServers();
        credentials.recordBootstrap(bootstrap);
        try {
            try (ExchangeProvisioning admin = ExchangeProvisioning.connect(bootstrap, credentials, (short) 1)) {
                admin.network(countries);
            }
            ServiceKeys keys = ServiceKeys.generate(credentials.directory().resolve("signing"),
                    ExchangeAccess.principals(countries).stream().map(ExchangeAccess::signerOf).toList());
            String externalPg = System.getenv("COUNTERPART_PG_URL");
            Postgres postgres = externalPg == null
                    ? Postgres.start(workDirectory.resolve("postgres"))
                    : Postgres.existing(externalPg, env("COUNTERPART_PG_USER", "postgres"),
                            env("COUNTERPART_PG_PASSWORD", "postgres"));
            return new Infrastructure(broker, bootstrap, credentials, keys, postgres);
        } catch (RuntimeException e) {
            if (broker != null) {
                broker.close();
            }
            throw e;
        }
    }

    public String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    public ExchangeCredentials credentials() {
        return credentials;
    }

    /** What the service of {@code principal} is given: where the broker is, and its own exchange settings. */
    public Map<String, String> exchangeSettings(String principal) {
        Map<String, String> settings = new java.util.HashMap<>(credentials.serviceSettings(principal, keys));
        settings.put("kafka.bootstrap.servers", kafkaBootstrap);
        return settings;
    }

    /** The broker this run started, for a test that kills, freezes or restarts it. */
    public KafkaBroker broker() {
        if (startedBroker == null) {
            throw new IllegalStateException("the broker at " + kafkaBootstrap + " was not started by this run");
        }
        return startedBroker;
    }

    public Postgres postgres() {
        return postgres;
    }

    /**
     * Creates {@code database} (if it is new) with its owner and service roles, and says what its
     * service is given to connect: as its own role, never as the server's superuser.
     */
    public Map<String, String> databaseSettings(String database) {
        DatabaseAccess access = DatabaseAccess.of(database, credentials);
        postgres.createDatabase(access);
        return access.settings(postgres.jdbcUrl(database));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } finally {
            if (startedBroker != null) {
                startedBroker.close();
            }
        }
    }
}
