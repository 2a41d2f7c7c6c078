package org.counterpart.network;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Gives a Quarkus test a real Kafka broker and its own real PostgreSQL database, started for the test
 * run and stopped at its end. Init argument {@code database} names the service's database.
 */
public class TestInfrastructure implements QuarkusTestResourceLifecycleManager {

    private String database = "counterpart_test";
    private Infrastructure infrastructure;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Path work;
        try {
            work = Files.createTempDirectory("counterpart-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        infrastructure = Infrastructure.startOrConnect(ProjectLayout.detect(), work);
        // Unique per run, so runs against a shared external server do not see each other's rows.
        String name = database + "_" + ProcessHandle.current().pid();
        infrastructure.postgres().createDatabase(name);
        return Map.of(
                "quarkus.datasource.jdbc.url", infrastructure.postgres().jdbcUrl(name),
                "quarkus.datasource.username", infrastructure.postgres().user(),
                "quarkus.datasource.password", infrastructure.postgres().password(),
                "kafka.bootstrap.servers", infrastructure.kafkaBootstrap());
    }

    @Override
    public void stop() {
        if (infrastructure != null) {
            infrastructure.close();
        }
    }
}
