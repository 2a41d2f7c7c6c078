package org.counterpart.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Kafka and PostgreSQL for one test run or one local network. Uses existing servers when
 * {@code COUNTERPART_KAFKA_BOOTSTRAP} / {@code COUNTERPART_PG_URL} name them, starts real ones otherwise,
 * and stops only what it started.
 */
public final class Infrastructure implements AutoCloseable {

    private final KafkaBroker startedBroker;
    private final String kafkaBootstrap;
    private final Postgres postgres;

    private Infrastructure(KafkaBroker startedBroker, String kafkaBootstrap, Postgres postgres) {
        this.startedBroker = startedBroker;
        this.kafkaBootstrap = kafkaBootstrap;
        this.postgres = postgres;
    }

    public static Infrastructure startOrConnect(ProjectLayout layout, Path workDirectory) {
        try {
            Files.createDirectories(workDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String externalKafka = System.getenv("COUNTERPART_KAFKA_BOOTSTRAP");
        KafkaBroker broker = externalKafka == null
                ? KafkaBroker.start(layout.kafkaLibs(), workDirectory.resolve("kafka"))
                : null;
        try {
            String externalPg = System.getenv("COUNTERPART_PG_URL");
            Postgres postgres = externalPg == null
                    ? Postgres.start(workDirectory.resolve("postgres"))
                    : Postgres.existing(externalPg, env("COUNTERPART_PG_USER", "postgres"),
                            env("COUNTERPART_PG_PASSWORD", "postgres"));
            return new Infrastructure(broker, broker == null ? externalKafka : broker.bootstrapServers(), postgres);
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

    public Postgres postgres() {
        return postgres;
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
