package org.counterpart.network.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterpart.network.ProjectLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml cannot run here (no Docker engine), so what it depends on is checked instead: the
 * setup container makes a closed broker's settings, every placeholder of the realm, and for every
 * service the file the compose file points it at, with every secret that service needs; and the compose
 * file carries no secret and no open listener.
 */
class ComposeSetupTest {

    private static final Path ROOT = ProjectLayout.detect().root();
    private static Path secrets;

    @BeforeAll
    static void makeTheSecrets() throws IOException {
        secrets = Files.createTempDirectory("counterpart-compose-").resolve("secrets");
        ComposeSetup.secrets(secrets);
    }

    @Test
    void theBrokerStartsClosed() throws IOException {
        Properties broker = properties(secrets.resolve("kafka/server.properties"));
        assertEquals("SASL_SSL://" + ComposeSetup.BROKER, broker.getProperty("advertised.listeners"));
        assertEquals("false", broker.getProperty("allow.everyone.if.no.acl.found"));
        assertEquals("false", broker.getProperty("auto.create.topics.enable"));
        assertTrue(broker.getProperty("listener.security.protocol.map").contains("SASL_SSL:SASL_SSL"));
        assertFalse(broker.getProperty("listeners").contains("PLAINTEXT://"), "no plaintext listener for clients");
        assertTrue(Files.exists(Path.of(broker.getProperty("ssl.keystore.location"))));
        assertFalse(Files.readString(secrets.resolve("kafka/admin-password")).isBlank());
    }

    @Test
    void keycloakGetsEveryPlaceholderOfTheRealm() throws IOException {
        Properties env = properties(secrets.resolve("keycloak.env"));
        Matcher placeholders = Pattern.compile("\\$\\{([A-Z0-9_]+)}")
                .matcher(Files.readString(ROOT.resolve("deploy/keycloak/counterpart-realm.json")));
        while (placeholders.find()) {
            assertFalse(env.getProperty(placeholders.group(1), "").isBlank(), placeholders.group(1));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyServiceOfTheComposeFileFindsItsOwnSettings() throws IOException {
        String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
        assertFalse(compose.contains("PLAINTEXT"), "the compose file opens no plaintext listener");
        assertFalse(compose.contains("counterpart-demo-secret"), "the compose file holds no secret");
        assertFalse(compose.contains("POSTGRES_PASSWORD:"), "the compose file holds no database password");
        // SnakeYAML (under Jackson's YAML support) resolves anchors and merge keys as Compose does.
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) new org.yaml.snakeyaml.Yaml()
                .<Map<String, Object>>load(compose).get("services");
        int checked = 0;
        for (Map.Entry<String, Map<String, Object>> service : services.entrySet()) {
            Object build = service.getValue().get("build");
            if (!(build instanceof Map<?, ?> recipe) || !String.valueOf(recipe.get("dockerfile")).endsWith("Dockerfile.jvm")) {
                continue;
            }
            Map<?, ?> environment = (Map<?, ?>) service.getValue().get("environment");
            assertEquals(ComposeSetup.BROKER, environment.get("KAFKA_BOOTSTRAP_SERVERS"), service.getKey());
            String location = String.valueOf(environment.get("QUARKUS_CONFIG_LOCATIONS"));
            assertTrue(location.startsWith("/secrets/services/"), service.getKey() + " reads no settings file");
            Properties settings = properties(secrets.resolve(location.substring("/secrets/".length())));
            for (String required : List.of("counterpart.kafka.principal", "counterpart.kafka.password",
                    "counterpart.kafka.truststore", "counterpart.kafka.truststore-password", "counterpart.signing.keys",
                    "counterpart.signing.trust-anchors")) {
                assertNotNull(settings.getProperty(required), service.getKey() + " lacks " + required);
            }
            assertTrue(environment.keySet().stream().noneMatch(name -> String.valueOf(name).startsWith("QUARKUS_DATASOURCE")),
                    service.getKey() + " must take its database roles from its settings file");
            String database = settings.getProperty("quarkus.datasource.jdbc.url").replace("jdbc:postgresql://postgres:5432/", "");
            assertEquals(database + "_service", settings.getProperty("quarkus.datasource.username"), service.getKey());
            assertEquals(database + "_owner", settings.getProperty("quarkus.flyway.username"), service.getKey());
            assertTrue(Files.readString(secrets.resolve("postgres/init.sql"))
                    .contains("create database " + database + " owner " + database + "_owner;"), database);
            if (service.getKey().startsWith("mla-request")) {
                assertNotNull(settings.getProperty("counterpart.sealing.keys"), service.getKey() + " has no sealing keys");
                assertNotNull(settings.getProperty("counterpart.sealing.anchors"), service.getKey() + " has no sealing anchors");
            }
            if (!"tracking".equals(service.getKey())) {
                assertNotNull(settings.getProperty("COUNTERPART_CLIENT_SECRET"), service.getKey() + " has no client secret");
            }
            checked++;
        }
        assertEquals(2 + ComposeSetup.COUNTRIES.size(), checked);
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }
}
