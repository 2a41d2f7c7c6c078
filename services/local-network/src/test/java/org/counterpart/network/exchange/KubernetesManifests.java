package org.counterpart.network.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.counterpart.events.Country;
import org.counterpart.events.signature.Signer;
import org.counterpart.network.DatabaseAccess;

/**
 * deploy/kubernetes as the exchange's own tables say it should be: Strimzi resources for the broker,
 * its topics and its users (with exactly {@link ExchangeAccess}'s grants), a CloudNativePG cluster per
 * service database, Keycloak with the realm. The files are written from here, like the OpenAPI
 * documents, so they cannot drift from what the launcher applies.
 */
final class KubernetesManifests {

    static final String NAMESPACE = "counterpart";
    static final String CLUSTER = "counterpart";
    /** A production exchange keeps three copies of every record; two must have it before the writer hears yes. */
    static final short REPLICAS = 3;

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private KubernetesManifests() {
    }

    static String header(String what) {
        return "# Generated from services/local-network (ExchangeAccess, ExchangeTopics) by KubernetesManifestsTest;\n"
                + "# do not edit: change the tables and copy the fresh file the test leaves in target/kubernetes/.\n"
                + "# " + what + "\n";
    }

    @SuppressWarnings("unchecked")
    static String cluster() {
        Map<String, Object> pool = resource("kafka.strimzi.io/v1beta2", "KafkaNodePool", "dual-role", true);
        pool.put("spec", ordered(
                "replicas", REPLICAS,
                "roles", List.of("controller", "broker"),
                "storage", ordered("type", "jbod", "volumes", List.of(ordered("id", 0, "type", "persistent-claim",
                        "size", "100Gi", "deleteClaim", false, "kraftMetadata", "shared")))));
        Map<String, Object> kafka = resource("kafka.strimzi.io/v1beta2", "Kafka", CLUSTER, false);
        ((Map<String, Object>) kafka.get("metadata")).put("annotations", ordered(
                "strimzi.io/node-pools", "enabled", "strimzi.io/kraft", "enabled"));
        kafka.put("spec", ordered(
                "kafka", ordered(
                        "version", "4.1.0",
                        "listeners", List.of(ordered("name", "tls", "port", 9093, "type", "internal", "tls", true,
                                "authentication", ordered("type", "scram-sha-512"))),
                        "authorization", ordered("type", "simple", "superUsers", List.of(ExchangeAccess.ADMIN)),
                        "config", ordered(
                                "auto.create.topics.enable", false,
                                "default.replication.factor", REPLICAS,
                                "min.insync.replicas", 2,
                                "offsets.topic.replication.factor", REPLICAS,
                                "transaction.state.log.replication.factor", REPLICAS,
                                "transaction.state.log.min.isr", 2)),
                "entityOperator", ordered("topicOperator", Map.of(), "userOperator", Map.of())));
        return header("The broker: TLS listener with SCRAM-SHA-512, simple authorization, no auto-created topics.")
                + documents(List.of(pool, kafka));
    }

    static String topics(List<Country> countries) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (ExchangeTopics.Plan plan : ExchangeTopics.plan(countries, REPLICAS)) {
            Map<String, Object> topic = resource("kafka.strimzi.io/v1beta2", "KafkaTopic",
                    plan.name().toLowerCase(Locale.ROOT), true);
            topic.put("spec", ordered(
                    "topicName", plan.name(),
                    "partitions", plan.partitions(),
                    "replicas", (int) plan.replication(),
                    "config", ordered("retention.ms", plan.retention().toMillis(),
                            "min.insync.replicas", Math.min(2, plan.replication()))));
            documents.add(topic);
        }
        return header("Every topic of the exchange, as the launcher provisions it.") + documents(documents);
    }

    static String users(List<Country> countries) {
        List<Map<String, Object>> documents = new ArrayList<>();
        Map<String, Object> admin = resource("kafka.strimzi.io/v1beta2", "KafkaUser", ExchangeAccess.ADMIN, true);
        admin.put("spec", ordered("authentication", ordered("type", "scram-sha-512")));
        documents.add(admin);
        Map<String, List<ExchangeAccess.Grant>> byPrincipal = ExchangeAccess.table(countries).stream()
                .collect(Collectors.groupingBy(ExchangeAccess.Grant::principal, LinkedHashMap::new, Collectors.toList()));
        byPrincipal.forEach((principal, grants) -> {
            Map<String, Object> user = resource("kafka.strimzi.io/v1beta2", "KafkaUser", principal, true);
            user.put("spec", ordered(
                    "authentication", ordered("type", "scram-sha-512"),
                    "authorization", ordered("type", "simple", "acls", grants.stream().map(KubernetesManifests::rule).toList())));
            documents.add(user);
        });
        return header("One SCRAM user per service with exactly the grants of ExchangeAccess; admin is the cluster's"
                + " super user.") + documents(documents);
    }

    static String databases(List<Country> countries) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (String principal : ExchangeAccess.principals(countries)) {
            String database = DatabaseAccess.databaseOf(principal);
            String service = DatabaseAccess.serviceRoleOf(database);
            Map<String, Object> cluster = resource("postgresql.cnpg.io/v1", "Cluster", cluster(database), false);
            cluster.put("spec", ordered(
                    "instances", 3,
                    "primaryUpdateStrategy", "unsupervised",
                    // A commit is acknowledged only once a standby has it: an accepted request survives a node.
                    "postgresql", ordered("synchronous", ordered("method", "any", "number", 1)),
                    // The owner (secret <cluster>-app) migrates; the service connects as a role that may touch rows only.
                    "bootstrap", ordered("initdb", ordered(
                            "database", database,
                            "owner", DatabaseAccess.ownerOf(database),
                            "postInitSQL", List.of("create role " + service + " login"),
                            "postInitApplicationSQL", DatabaseAccess.grants(database))),
                    "managed", ordered("roles", List.of(ordered("name", service, "ensure", "present", "login", true,
                            "passwordSecret", ordered("name", cluster(database) + "-service")))),
                    "storage", ordered("size", "20Gi")));
            documents.add(cluster);
        }
        return header("One CloudNativePG cluster per service database: each country's own, and the hub's two.\n"
                + "# Create each cluster's Secret <cluster>-service (kubernetes.io/basic-auth, the service role's password)"
                + " first.") + documents(documents);
    }

    static String cluster(String database) {
        return "db-" + database.replace('_', '-');
    }

    /** Keycloak and the realm; the realm's placeholders are resolved from one Secret the operator creates. */
    static String identity(Map<String, Object> realm, String realmText) {
        Map<String, Object> keycloak = resource("k8s.keycloak.org/v2alpha1", "Keycloak", "keycloak", false);
        keycloak.put("spec", ordered(
                "instances", 2,
                "db", ordered("vendor", "postgres", "host", "db-keycloak-rw", "database", "keycloak",
                        "usernameSecret", ordered("name", "db-keycloak-app", "key", "username"),
                        "passwordSecret", ordered("name", "db-keycloak-app", "key", "password")),
                "http", ordered("tlsSecret", "keycloak-tls"),
                "hostname", ordered("hostname", "login.counterpart.example")));
        Map<String, Object> placeholders = new LinkedHashMap<>();
        Matcher names = Pattern.compile("\\$\\{([A-Z0-9_]+)}").matcher(realmText);
        while (names.find()) {
            placeholders.putIfAbsent(names.group(1), ordered("secret", ordered("name", "counterpart-realm-secrets",
                    "key", names.group(1))));
        }
        Map<String, Object> keycloakDatabase = resource("postgresql.cnpg.io/v1", "Cluster", "db-keycloak", false);
        keycloakDatabase.put("spec", ordered("instances", 3,
                "bootstrap", ordered("initdb", ordered("database", "keycloak", "owner", "keycloak")),
                "storage", ordered("size", "10Gi")));
        Map<String, Object> realmImport = resource("k8s.keycloak.org/v2alpha1", "KeycloakRealmImport", "counterpart", false);
        realmImport.put("spec", ordered("keycloakCRName", "keycloak", "placeholders", placeholders, "realm", realm));
        return header("Keycloak with the counterpart realm of deploy/keycloak; secrets come from the Secret"
                + " counterpart-realm-secrets, one key per placeholder.")
                + documents(List.of(keycloakDatabase, keycloak, realmImport));
    }

    /**
     * The services themselves: a Deployment and a Service each, connected to the exchange as their own
     * principal with the password Strimzi keeps in that KafkaUser's Secret, to their own CloudNativePG
     * cluster as its service role (Secret {@code <cluster>-service}, the operator's; Flyway migrates as
     * the owner CloudNativePG generates, {@code <cluster>-app}), and holding their signing keys on a volume of their own
     * (rotation writes the key file; the Secret only seeds it on the first start).
     */
    static String services(List<Country> countries) {
        List<Map<String, Object>> documents = new ArrayList<>();
        Map<String, String> routingSettings = new LinkedHashMap<>();
        countries.forEach(country -> routingSettings.put("COUNTERPART_EXCHANGE_COUNTRIES_" + country,
                "http://" + countryService(country) + ":" + COUNTRY_PORT));
        // The consoles' figures pages ask tracking with the analyst's own token.
        routingSettings.put("QUARKUS_REST_CLIENT_TRACKING_CONSOLE_URL", "http://tracking:8095");
        documents.addAll(service("routing", "routing", ExchangeAccess.HUB, ROUTING_PORT, routingSettings, false));
        documents.addAll(service("tracking", "tracking", ExchangeAccess.TRACKING, 8095, Map.of(), false));
        for (Country country : countries) {
            documents.addAll(service(countryService(country), "mla-request", ExchangeAccess.countryPrincipal(country),
                    COUNTRY_PORT, ordered(
                            "COUNTRY", country.code(),
                            "QUARKUS_HTTP_PORT", String.valueOf(COUNTRY_PORT),
                            "QUARKUS_REST_CLIENT_HUB_URL", "http://routing:" + ROUTING_PORT,
                            "QUARKUS_REST_CLIENT_TRACKING_CONSOLE_URL", "http://tracking:8095",
                            // The notices' SMTP server: a Service the operator provides (smtp:25).
                            "QUARKUS_MAILER_HOST", "smtp",
                            "QUARKUS_MAILER_PORT", "25",
                            // Made on the first start beside the signing keys, and published through the directory.
                            "COUNTERPART_SEALING_KEYS", KEYS + "/sealing.jwks",
                            "COUNTERPART_ATTACHMENTS_DIRECTORY", ATTACHMENTS), true));
        }
        return header("The services: one Deployment, Service and key volume each, every secret from the operators'"
                + " Secrets.\n# Seed each service's keys and the trust anchors first (the setup image's `secrets`"
                + " command makes them):\n# Secret signing-<service> (keys.jwks), ConfigMap counterpart-trust-anchors"
                + " (trust-anchors.jwks).") + documents(documents);
    }

    static final int ROUTING_PORT = 8090;
    static final int COUNTRY_PORT = 8081;
    static final String IMAGE_REGISTRY = "registry.counterpart.example/counterpart/";
    static final String IMAGE_TAG = "0.1.0";
    static final String KEYS = "/var/lib/counterpart/signing";
    static final String ANCHORS = "/etc/counterpart/trust-anchors";
    static final String KAFKA_CA = "/etc/counterpart/kafka-ca";
    static final String ATTACHMENTS = "/var/lib/counterpart/attachments";
    static final String ISSUER = "https://login.counterpart.example/realms/counterpart";

    static String countryService(Country country) {
        return "mla-request-" + country.code().toLowerCase(Locale.ROOT);
    }

    private static List<Map<String, Object>> service(String name, String module, String principal, int port,
            Map<String, ?> settings, boolean attachments) {
        String database = DatabaseAccess.databaseOf(principal);
        String cluster = cluster(database);
        List<Object> env = new ArrayList<>(List.of(
                value("KAFKA_BOOTSTRAP_SERVERS", CLUSTER + "-kafka-bootstrap:9093"),
                value("COUNTERPART_KAFKA_PRINCIPAL", principal),
                secret("COUNTERPART_KAFKA_PASSWORD", principal, "password"),
                value("COUNTERPART_KAFKA_TRUSTSTORE", KAFKA_CA + "/ca.p12"),
                secret("COUNTERPART_KAFKA_TRUSTSTORE_PASSWORD", CLUSTER + "-cluster-ca-cert", "ca.password"),
                value("COUNTERPART_SIGNING_KEYS", KEYS + "/keys.jwks"),
                value("COUNTERPART_SIGNING_TRUST_ANCHORS", ANCHORS + "/trust-anchors.jwks"),
                value("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://" + cluster + "-rw:5432/" + database),
                secret("QUARKUS_DATASOURCE_USERNAME", cluster + "-service", "username"),
                secret("QUARKUS_DATASOURCE_PASSWORD", cluster + "-service", "password"),
                secret("QUARKUS_FLYWAY_USERNAME", cluster + "-app", "username"),
                secret("QUARKUS_FLYWAY_PASSWORD", cluster + "-app", "password"),
                value("QUARKUS_OIDC_AUTH_SERVER_URL", ISSUER)));
        ExchangeCredentials.oidcClientOf(principal).ifPresent(client -> env.add(secret("COUNTERPART_CLIENT_SECRET",
                "counterpart-realm-secrets", ExchangeCredentials.clientSecretPlaceholder(client))));
        ExchangeCredentials.consoleClientOf(principal).ifPresent(client -> env.add(secret("COUNTERPART_CONSOLE_SECRET",
                "counterpart-realm-secrets", ExchangeCredentials.clientSecretPlaceholder(client))));
        Signer signer = ExchangeAccess.signerOf(principal);
        if (signer.isCountry()) {
            // The console's public address, which Keycloak returns its users to, is where notices link.
            env.add(secret("COUNTERPART_CONSOLE_PUBLIC_URL", "counterpart-realm-secrets",
                    ExchangeCredentials.consoleUrlPlaceholder(signer.country())));
        }
        settings.forEach((variable, value) -> env.add(value(variable, String.valueOf(value))));

        List<Object> mounts = new ArrayList<>(List.of(
                ordered("name", "signing", "mountPath", KEYS),
                ordered("name", "trust-anchors", "mountPath", ANCHORS, "readOnly", true),
                ordered("name", "kafka-ca", "mountPath", KAFKA_CA, "readOnly", true),
                ordered("name", "tmp", "mountPath", "/tmp")));
        List<Object> volumes = new ArrayList<>(List.of(
                ordered("name", "signing", "persistentVolumeClaim", ordered("claimName", "signing-" + name)),
                ordered("name", "signing-seed", "secret", ordered("secretName", "signing-" + name)),
                ordered("name", "trust-anchors", "configMap", ordered("name", "counterpart-trust-anchors")),
                ordered("name", "kafka-ca", "secret", ordered("secretName", CLUSTER + "-cluster-ca-cert",
                        "items", List.of(ordered("key", "ca.p12", "path", "ca.p12")))),
                ordered("name", "tmp", "emptyDir", Map.of())));
        List<Map<String, Object>> claims = new ArrayList<>(List.of(claim("signing-" + name, "10Mi")));
        if (attachments) {
            mounts.add(ordered("name", "attachments", "mountPath", ATTACHMENTS));
            volumes.add(ordered("name", "attachments", "persistentVolumeClaim", ordered("claimName", "attachments-" + name)));
            claims.add(claim("attachments-" + name, "50Gi"));
        }
        Map<String, Object> restricted = ordered(
                "allowPrivilegeEscalation", false,
                "readOnlyRootFilesystem", true,
                "capabilities", ordered("drop", List.of("ALL")));
        // Seeds the key volume once; after that the service's own rotations live there (back the volume up).
        Map<String, Object> seed = ordered(
                "name", "seed-signing-keys",
                "image", IMAGE_REGISTRY + module + ":" + IMAGE_TAG,
                "command", List.of("sh", "-c", "test -e " + KEYS + "/keys.jwks || cp /seed/keys.jwks " + KEYS + "/keys.jwks"),
                "volumeMounts", List.of(ordered("name", "signing", "mountPath", KEYS),
                        ordered("name", "signing-seed", "mountPath", "/seed", "readOnly", true)),
                "securityContext", restricted);
        Map<String, Object> container = ordered(
                "name", module,
                "image", IMAGE_REGISTRY + module + ":" + IMAGE_TAG,
                "ports", List.of(ordered("name", "http", "containerPort", port)),
                "env", env,
                "volumeMounts", mounts,
                "readinessProbe", ordered("httpGet", ordered("path", "/q/health/ready", "port", "http")),
                "livenessProbe", ordered("httpGet", ordered("path", "/q/health/live", "port", "http"),
                        "initialDelaySeconds", 30),
                "resources", ordered("requests", ordered("cpu", "250m", "memory", "512Mi"),
                        "limits", ordered("memory", "768Mi")),
                "securityContext", restricted);
        Map<String, Object> labels = ordered("app.kubernetes.io/name", name, "app.kubernetes.io/part-of", "counterpart");
        Map<String, Object> deployment = resource("apps/v1", "Deployment", name, false);
        deployment.put("spec", ordered(
                "replicas", 1,
                // One instance at a time: the key volume is ReadWriteOnce, and the clock sweeps run in one place.
                "strategy", ordered("type", "Recreate"),
                "selector", ordered("matchLabels", labels),
                "template", ordered(
                        "metadata", ordered("labels", labels),
                        "spec", ordered(
                                "securityContext", ordered("runAsNonRoot", true, "runAsUser", 185, "fsGroup", 185,
                                        "seccompProfile", ordered("type", "RuntimeDefault")),
                                "initContainers", List.of(seed),
                                "containers", List.of(container),
                                "volumes", volumes))));
        Map<String, Object> service = resource("v1", "Service", name, false);
        service.put("spec", ordered(
                "selector", labels,
                "ports", List.of(ordered("name", "http", "port", port, "targetPort", "http"))));
        List<Map<String, Object>> documents = new ArrayList<>(claims);
        documents.add(deployment);
        documents.add(service);
        return documents;
    }

    private static Map<String, Object> claim(String name, String size) {
        Map<String, Object> claim = resource("v1", "PersistentVolumeClaim", name, false);
        claim.put("spec", ordered("accessModes", List.of("ReadWriteOnce"),
                "resources", ordered("requests", ordered("storage", size))));
        return claim;
    }

    private static Map<String, Object> value(String name, String value) {
        return ordered("name", name, "value", value);
    }

    private static Map<String, Object> secret(String name, String secret, String key) {
        return ordered("name", name, "valueFrom", ordered("secretKeyRef", ordered("name", secret, "key", key)));
    }

    private static Map<String, Object> rule(ExchangeAccess.Grant grant) {
        return ordered(
                "resource", ordered("type", grant.resource().name().toLowerCase(Locale.ROOT), "name", grant.name(),
                        "patternType", switch (grant.pattern()) {
                            case LITERAL -> "literal";
                            case PREFIXED -> "prefix";
                            default -> throw new IllegalArgumentException("no Strimzi pattern for " + grant.pattern());
                        }),
                "operations", List.of(operation(grant.operation())),
                "host", "*");
    }

    /** Kafka's READ is Strimzi's Read, and so on. */
    static String operation(org.apache.kafka.common.acl.AclOperation operation) {
        String name = operation.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static Map<String, Object> resource(String apiVersion, String kind, String name, boolean strimziManaged) {
        Map<String, Object> metadata = ordered("name", name, "namespace", NAMESPACE);
        if (strimziManaged) {
            metadata.put("labels", ordered("strimzi.io/cluster", CLUSTER));
        }
        return ordered("apiVersion", apiVersion, "kind", kind, "metadata", metadata);
    }

    private static String documents(List<Map<String, Object>> documents) {
        return documents.stream().map(document -> {
            try {
                return YAML.writeValueAsString(document);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.joining("---\n"));
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
