package org.counterpart.network;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the build put what the network runs: broker jars, service applications, Keycloak, the realm. */
public final class ProjectLayout {

    private final Path root;

    private ProjectLayout(Path root) {
        this.root = root;
    }

    /** The project root, from {@code -Dcounterpart.root} (set by the build), {@code COUNTERPART_ROOT}, or the working directory. */
    public static ProjectLayout detect() {
        String configured = System.getProperty("counterpart.root", System.getenv("COUNTERPART_ROOT"));
        Path root = Path.of(configured == null ? "." : configured).toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("services/kafka-broker/pom.xml"))) {
            throw new IllegalStateException("not the Counterpart project root: " + root
                    + " (set COUNTERPART_ROOT or -Dcounterpart.root)");
        }
        return new ProjectLayout(root);
    }

    public Path root() {
        return root;
    }

    public Path kafkaLibs() {
        return built(root.resolve("services/kafka-broker/target/lib"), "services/kafka-broker");
    }

    public Path serviceApplication(String service) {
        return built(root.resolve("services").resolve(service).resolve("target/quarkus-app/quarkus-run.jar"),
                "services/" + service);
    }

    public Path keycloakHome() {
        return built(root.resolve("services/local-network/target/keycloak"), "services/local-network");
    }

    public Path keycloakRealm() {
        return root.resolve("deploy/keycloak/counterpart-realm.json");
    }

    /** Logs and data of one run, kept after it ends so failures can be read. */
    public Path runDirectory() {
        return root.resolve("target/network");
    }

    private static Path built(Path path, String module) {
        if (!Files.exists(path)) {
            throw new IllegalStateException(path + " is missing: build it first with ./mvnw -pl " + module
                    + " -am package -DskipTests");
        }
        return path;
    }
}
