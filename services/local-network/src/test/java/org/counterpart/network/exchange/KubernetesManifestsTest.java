package org.counterpart.network.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.common.UnknownPropertyPreserving;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.KafkaAuthorizationSimple;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.kafka.listener.KafkaListenerAuthenticationScramSha512;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.KafkaUserScramSha512ClientAuthentication;
import io.strimzi.api.kafka.model.user.acl.AclResourcePatternType;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.counterpart.events.Country;
import org.counterpart.events.signature.Signer;
import org.counterpart.network.DatabaseAccess;
import org.counterpart.network.LocalNetwork;
import org.counterpart.network.ProjectLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/kubernetes is what {@link KubernetesManifests} writes from the launcher's tables, it parses as
 * Strimzi's own model classes without a field they do not know, and its users grant exactly what the
 * launcher grants. CloudNativePG and the Keycloak operator publish no model library, so their
 * resources are checked for shape here and for content against the services and the realm.
 */
class KubernetesManifestsTest {

    private static final Path ROOT = ProjectLayout.detect().root();
    private static final ObjectMapper STRICT = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void theCheckedInManifestsAreTheGeneratedOnes() throws IOException {
        String realmText = Files.readString(ROOT.resolve("deploy/keycloak/counterpart-realm.json"));
        @SuppressWarnings("unchecked")
        Map<String, Object> realm = new ObjectMapper().readValue(realmText, Map.class);
        Map<String, String> files = Map.of(
                "kafka-cluster.yaml", KubernetesManifests.cluster(),
                "kafka-topics.yaml", KubernetesManifests.topics(LocalNetwork.REGION),
                "kafka-users.yaml", KubernetesManifests.users(LocalNetwork.REGION),
                "databases.yaml", KubernetesManifests.databases(LocalNetwork.REGION),
                "keycloak.yaml", KubernetesManifests.identity(realm, realmText),
                "services.yaml", KubernetesManifests.services(LocalNetwork.REGION));
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path checkedIn = ROOT.resolve("deploy/kubernetes").resolve(file.getKey());
            if (!Files.exists(checkedIn) || !Files.readString(checkedIn).equals(file.getValue())) {
                Path fresh = ROOT.resolve("services/local-network/target/kubernetes").resolve(file.getKey());
                Files.createDirectories(fresh.getParent());
                Files.writeString(fresh, file.getValue());
                stale.add("cp " + fresh + " " + checkedIn);
            }
        }
        assertTrue(stale.isEmpty(), "deploy/kubernetes is not what the tables say; if the change is intended:\n"
                + String.join("\n", stale));
    }

    @Test
    void theBrokerIsClosed() throws IOException {
        List<JsonNode> documents = documents("kafka-cluster.yaml");
        KafkaNodePool pool = strict(documents.get(0), KafkaNodePool.class);
        Kafka kafka = strict(documents.get(1), Kafka.class);
        assertEquals(KubernetesManifests.REPLICAS, pool.getSpec().getReplicas());
        List<GenericKafkaListener> listeners = kafka.getSpec().getKafka().getListeners();
        assertFalse(listeners.isEmpty());
        for (GenericKafkaListener listener : listeners) {
            assertTrue(listener.isTls(), listener.getName() + " is not TLS");
            assertTrue(listener.getAuth() instanceof KafkaListenerAuthenticationScramSha512, listener.getName());
        }
        assertTrue(kafka.getSpec().getKafka().getAuthorization() instanceof KafkaAuthorizationSimple simple
                && simple.getSuperUsers().equals(List.of(ExchangeAccess.ADMIN)), "only the admin is a super user");
        assertEquals(false, kafka.getSpec().getKafka().getConfig().get("auto.create.topics.enable"));
    }

    @Test
    void theTopicsAreTheLaunchersPlan() throws IOException {
        Set<String> documented = new TreeSet<>();
        for (JsonNode document : documents("kafka-topics.yaml")) {
            KafkaTopic topic = strict(document, KafkaTopic.class);
            documented.add(topic.getSpec().getTopicName() + " " + topic.getSpec().getPartitions() + " "
                    + topic.getSpec().getConfig().get("retention.ms"));
        }
        Set<String> planned = new TreeSet<>();
        ExchangeTopics.plan(LocalNetwork.REGION, KubernetesManifests.REPLICAS).forEach(plan ->
                planned.add(plan.name() + " " + plan.partitions() + " " + plan.retention().toMillis()));
        assertEquals(planned, documented);
    }

    @Test
    void theUsersGrantExactlyWhatTheLauncherGrants() throws IOException {
        Set<ExchangeAccess.Grant> granted = new HashSet<>();
        Set<String> users = new TreeSet<>();
        for (JsonNode document : documents("kafka-users.yaml")) {
            KafkaUser user = strict(document, KafkaUser.class);
            String principal = user.getMetadata().getName();
            users.add(principal);
            assertTrue(user.getSpec().getAuthentication() instanceof KafkaUserScramSha512ClientAuthentication, principal);
            if (user.getSpec().getAuthorization() instanceof KafkaUserAuthorizationSimple simple) {
                for (AclRule rule : simple.getAcls()) {
                    assertEquals("*", rule.getHost());
                    for (io.strimzi.api.kafka.model.user.acl.AclOperation operation : rule.getOperations()) {
                        granted.add(grant(principal, rule, operation));
                    }
                }
            } else {
                assertEquals(ExchangeAccess.ADMIN, principal, "only the super user has no ACLs");
            }
        }
        assertEquals(Set.copyOf(ExchangeAccess.table(LocalNetwork.REGION)), granted);
        Set<String> principals = new TreeSet<>(ExchangeAccess.principals(LocalNetwork.REGION));
        principals.add(ExchangeAccess.ADMIN);
        assertEquals(principals, users);
    }

    @Test
    void everyServiceHasItsDatabaseAndTheRealmItsSecrets() throws IOException {
        Set<String> databases = new TreeSet<>();
        for (JsonNode cluster : documents("databases.yaml")) {
            assertEquals("postgresql.cnpg.io/v1", cluster.path("apiVersion").asText());
            assertEquals("Cluster", cluster.path("kind").asText());
            assertTrue(cluster.path("spec").path("instances").asInt() >= 2, "one instance loses data with its node");
            assertEquals(1, cluster.path("spec").path("postgresql").path("synchronous").path("number").asInt());
            databases.add(cluster.path("spec").path("bootstrap").path("initdb").path("database").asText());
        }
        Set<String> expected = new TreeSet<>(List.of("routing", "tracking"));
        LocalNetwork.REGION.forEach(country -> expected.add("mla_" + country.code().toLowerCase(java.util.Locale.ROOT)));
        assertEquals(expected, databases);

        List<JsonNode> identity = documents("keycloak.yaml");
        JsonNode realmImport = identity.stream().filter(d -> "KeycloakRealmImport".equals(d.path("kind").asText()))
                .findFirst().orElseThrow();
        assertEquals("counterpart", realmImport.path("spec").path("realm").path("realm").asText());
        Matcher names = Pattern.compile("\\$\\{([A-Z0-9_]+)}")
                .matcher(Files.readString(ROOT.resolve("deploy/keycloak/counterpart-realm.json")));
        while (names.find()) {
            assertEquals("counterpart-realm-secrets", realmImport.path("spec").path("placeholders").path(names.group(1))
                    .path("secret").path("name").asText(), names.group(1) + " has no secret");
        }
    }

    @Test
    void everyServiceConnectsAsItselfWithItsOwnSecrets(@TempDir Path secrets) throws IOException {
        Map<String, JsonNode> clusters = new HashMap<>();
        documents("databases.yaml").forEach(cluster -> clusters.put(cluster.path("metadata").path("name").asText(), cluster));
        Set<String> kafkaUsers = new HashSet<>();
        documents("kafka-users.yaml").forEach(user -> kafkaUsers.add(user.path("metadata").path("name").asText()));
        Set<String> realmPlaceholders = new HashSet<>();
        Matcher names = Pattern.compile("\\$\\{([A-Z0-9_]+)}")
                .matcher(Files.readString(ROOT.resolve("deploy/keycloak/counterpart-realm.json")));
        while (names.find()) {
            realmPlaceholders.add(names.group(1));
        }
        // What the launcher gives each service, by the environment names a container receives.
        ExchangeCredentials credentials = ExchangeCredentials.generate(secrets);
        ServiceKeys keys = ServiceKeys.generate(secrets.resolve("signing"), List.of(Signer.HUB));
        Set<String> launcherSettings = new TreeSet<>();
        credentials.serviceSettings(ExchangeAccess.HUB, keys).keySet()
                .forEach(property -> launcherSettings.add(property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT)));

        Map<String, Deployment> deployments = new HashMap<>();
        Map<String, io.fabric8.kubernetes.api.model.Service> services = new HashMap<>();
        Set<String> claims = new HashSet<>();
        for (JsonNode document : documents("services.yaml")) {
            switch (document.path("kind").asText()) {
                case "Deployment" -> deployments.put(document.path("metadata").path("name").asText(),
                        strictModel(document, Deployment.class));
                case "Service" -> services.put(document.path("metadata").path("name").asText(),
                        strictModel(document, io.fabric8.kubernetes.api.model.Service.class));
                case "PersistentVolumeClaim" -> claims.add(strictModel(document, PersistentVolumeClaim.class)
                        .getMetadata().getName());
                default -> throw new AssertionError("services.yaml holds a " + document.path("kind").asText());
            }
        }
        Set<String> expected = new TreeSet<>(List.of("routing", "tracking"));
        LocalNetwork.REGION.forEach(country -> expected.add(KubernetesManifests.countryService(country)));
        assertEquals(expected, new TreeSet<>(deployments.keySet()));
        assertEquals(expected, new TreeSet<>(services.keySet()));

        Set<String> principals = new HashSet<>();
        deployments.forEach((name, deployment) -> {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            assertTrue(pod.getSecurityContext().getRunAsNonRoot(), name + " may run as root");
            Container container = pod.getContainers().get(0);
            assertTrue(container.getSecurityContext().getReadOnlyRootFilesystem(), name);
            Map<String, EnvVar> env = new HashMap<>();
            container.getEnv().forEach(variable -> env.put(variable.getName(), variable));
            assertTrue(env.keySet().containsAll(launcherSettings), name + " lacks some of " + launcherSettings);

            String principal = env.get("COUNTERPART_KAFKA_PRINCIPAL").getValue();
            principals.add(principal);
            assertEquals(principal, secretOf(env, "COUNTERPART_KAFKA_PASSWORD").getName(),
                    name + " must read its password from its own KafkaUser's Secret");
            assertTrue(kafkaUsers.contains(principal), principal + " is no KafkaUser");

            String url = env.get("QUARKUS_DATASOURCE_JDBC_URL").getValue();
            Matcher database = Pattern.compile("jdbc:postgresql://(db-[a-z-]+)-rw:5432/([a-z_]+)").matcher(url);
            assertTrue(database.matches(), url);
            JsonNode cluster = clusters.get(database.group(1));
            assertTrue(cluster != null, name + " connects to " + database.group(1) + ", which is no cluster");
            assertEquals(database.group(2), cluster.path("spec").path("bootstrap").path("initdb").path("database").asText());
            assertEquals(database.group(1) + "-service", secretOf(env, "QUARKUS_DATASOURCE_PASSWORD").getName(),
                    name + " must connect as its service role, not as the owner");
            assertEquals(database.group(1) + "-app", secretOf(env, "QUARKUS_FLYWAY_PASSWORD").getName(),
                    name + " migrates as the owner");
            assertEquals(DatabaseAccess.serviceRoleOf(database.group(2)),
                    cluster.path("spec").path("managed").path("roles").path(0).path("name").asText());
            assertEquals(DatabaseAccess.ownerOf(database.group(2)),
                    cluster.path("spec").path("bootstrap").path("initdb").path("owner").asText());

            if (env.containsKey("COUNTERPART_CLIENT_SECRET")) {
                String placeholder = secretOf(env, "COUNTERPART_CLIENT_SECRET").getKey();
                assertTrue(realmPlaceholders.contains(placeholder), placeholder + " is not a secret of the realm");
                String client = name.equals("routing") ? ExchangeAccess.HUB
                        : ExchangeCredentials.countryClient(Country.of(env.get("COUNTRY").getValue()));
                assertEquals(ExchangeCredentials.clientSecretPlaceholder(client), placeholder, name + " reads another's secret");
                if (!name.equals("routing")) {
                    assertEquals(ExchangeCredentials.clientSecretPlaceholder(ExchangeCredentials.consoleClient(
                            Country.of(env.get("COUNTRY").getValue()))), secretOf(env, "COUNTERPART_CONSOLE_SECRET").getKey(),
                            name + " signs its console's users in with another's client");
                }
            } else {
                assertEquals("tracking", name, name + " has no client secret");
            }
            pod.getVolumes().stream().filter(volume -> volume.getPersistentVolumeClaim() != null).forEach(volume ->
                    assertTrue(claims.contains(volume.getPersistentVolumeClaim().getClaimName()), volume.getName()));

            io.fabric8.kubernetes.api.model.Service service = services.get(name);
            assertEquals(deployment.getSpec().getSelector().getMatchLabels(), service.getSpec().getSelector());
            assertEquals(container.getPorts().get(0).getContainerPort(), service.getSpec().getPorts().get(0).getPort());
        });
        assertEquals(new HashSet<>(ExchangeAccess.principals(LocalNetwork.REGION)), principals);

        Container hub = deployments.get("routing").getSpec().getTemplate().getSpec().getContainers().get(0);
        for (Country country : LocalNetwork.REGION) {
            String service = KubernetesManifests.countryService(country);
            assertTrue(hub.getEnv().stream().anyMatch(variable -> variable.getName().equals("COUNTERPART_EXCHANGE_COUNTRIES_" + country)
                    && variable.getValue().equals("http://" + service + ":" + services.get(service).getSpec().getPorts().get(0).getPort())),
                    "the hub does not reach " + country);
        }
    }

    private static SecretKeySelector secretOf(Map<String, EnvVar> env, String variable) {
        EnvVar value = env.get(variable);
        assertTrue(value != null && value.getValueFrom() != null && value.getValueFrom().getSecretKeyRef() != null,
                variable + " must come from a Secret");
        return value.getValueFrom().getSecretKeyRef();
    }

    /** As fabric8's Kubernetes model, with no field anywhere in it that the model does not know. */
    private static <T> T strictModel(JsonNode document, Class<T> type) throws IOException {
        T resource = new ObjectMapper().treeToValue(document, type);
        List<String> unknown = new ArrayList<>();
        unknownFields(resource, type.getSimpleName(), unknown);
        assertTrue(unknown.isEmpty(), "fields Kubernetes does not know: " + unknown);
        return resource;
    }

    private static void unknownFields(Object value, String path, List<String> unknown) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                unknownFields(list.get(i), path + "[" + i + "]", unknown);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, entry) -> unknownFields(entry, path + "." + key, unknown));
            return;
        }
        if (value == null || !value.getClass().getPackageName().startsWith("io.fabric8")) {
            return;
        }
        for (java.lang.reflect.Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            try {
                Object field = getter.invoke(value);
                if (getter.getName().equals("getAdditionalProperties")) {
                    if (field instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        unknown.add(path + " " + extra.keySet());
                    }
                } else {
                    unknownFields(field, path + "." + getter.getName().substring(3), unknown);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static ExchangeAccess.Grant grant(String principal, AclRule rule,
            io.strimzi.api.kafka.model.user.acl.AclOperation operation) {
        ResourceType type;
        String name;
        AclResourcePatternType pattern;
        if (rule.getResource() instanceof AclRuleTopicResource topic) {
            type = ResourceType.TOPIC;
            name = topic.getName();
            pattern = topic.getPatternType();
        } else if (rule.getResource() instanceof AclRuleGroupResource group) {
            type = ResourceType.GROUP;
            name = group.getName();
            pattern = group.getPatternType();
        } else {
            throw new AssertionError(principal + " is granted " + rule.getResource() + ", which the launcher never grants");
        }
        return new ExchangeAccess.Grant(principal, type, name,
                pattern == AclResourcePatternType.PREFIX ? PatternType.PREFIXED : PatternType.LITERAL,
                AclOperation.valueOf(operation.toValue().toUpperCase(java.util.Locale.ROOT)));
    }

    /** As Strimzi's model class, with nothing left over that the class does not know. */
    private static <T extends UnknownPropertyPreserving> T strict(JsonNode document, Class<T> type) throws IOException {
        T resource = STRICT.treeToValue(document, type);
        assertTrue(resource.getAdditionalProperties() == null || resource.getAdditionalProperties().isEmpty(),
                type.getSimpleName() + " has fields Strimzi does not know: " + resource.getAdditionalProperties());
        JsonNode spec = document.path("spec");
        if (spec instanceof ObjectNode) {
            Object modelSpec = STRICT.treeToValue(spec, specType(type));
            if (modelSpec instanceof UnknownPropertyPreserving preserving) {
                assertNull(emptyToNull(preserving.getAdditionalProperties()),
                        type.getSimpleName() + ".spec has fields Strimzi does not know");
            }
        }
        return resource;
    }

    private static Map<String, Object> emptyToNull(Map<String, Object> map) {
        return map == null || map.isEmpty() ? null : map;
    }

    private static Class<?> specType(Class<?> type) {
        try {
            return type.getMethod("getSpec").getReturnType();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonNode> documents(String file) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(ROOT.resolve("deploy/kubernetes").resolve(file).toFile())) {
            new ObjectMapper().readValues(parser, JsonNode.class).forEachRemaining(documents::add);
        }
        return documents;
    }
}
