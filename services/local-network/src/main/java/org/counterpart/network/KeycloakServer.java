package org.counterpart.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A real Keycloak (the Maven Central distribution) in development mode, importing the realm kept in
 * {@code deploy/keycloak}. Every network's start imports the realm afresh, so the demo users are always as
 * the file says; a {@link #restart()} keeps what it had.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "counterpart";
    public static final String CLIENT_ID = "counterpart-cli";

    private final int port;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path logDirectory;
    private ChildProcess process;
    private int restarts;

    private KeycloakServer(int port, List<String> command, Map<String, String> environment, Path logDirectory) {
        this.port = port;
        this.command = command;
        this.environment = environment;
        this.logDirectory = logDirectory;
    }

    /**
     * Starts Keycloak with the realm of deploy/keycloak, whose placeholders (client secrets, the demo
     * users' password) are resolved from {@code secrets} at import: the file itself holds none.
     */
    public static KeycloakServer start(ProjectLayout layout, Path logDirectory, Map<String, String> secrets) {
        requireEveryPlaceholder(layout.keycloakRealm(), secrets);
        Path home = distribution(layout.keycloakHome());
        Path data = home.resolve("data");
        Directories.delete(data);
        copy(layout.keycloakRealm(), data.resolve("import").resolve(REALM + "-realm.json"));

        int port = FreePort.preferring(8180);
        int managementPort = FreePort.pick();
        String javaHome = javaHome21OrNewer();
        Map<String, String> environment = new HashMap<>(secrets);
        environment.put("JAVA_HOME", javaHome);
        environment.put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
        KeycloakServer server = new KeycloakServer(port,
                List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                        "--http-port=" + port, "--hostname=http://localhost:" + port,
                        "--http-management-port=" + managementPort, "--import-realm"),
                Map.copyOf(environment), logDirectory);
        server.launch("keycloak.log");
        return server;
    }

    /**
     * Starts it again after it stopped or was killed, as an operator would: with the database it left
     * (its signing keys, users and sessions); the realm already there, its import is skipped.
     */
    public void restart() {
        process.close();
        launch("keycloak-restarted-" + ++restarts + ".log");
    }

    private void launch(String log) {
        process = ChildProcess.start("keycloak on port " + port, command, environment, logDirectory.resolve(log));
        process.awaitReady(this::answers, Duration.ofSeconds(180));
    }

    /** The issuer services validate tokens against. */
    public String issuer() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    /**
     * Keycloak leaves a placeholder it cannot resolve as it stands, and the placeholder is public: a
     * realm imported so would have a known client secret. Refuse to start instead.
     */
    private static void requireEveryPlaceholder(Path realm, Map<String, String> secrets) {
        try {
            java.util.regex.Matcher placeholders = java.util.regex.Pattern.compile("\\$\\{([A-Z0-9_]+)}")
                    .matcher(Files.readString(realm));
            while (placeholders.find()) {
                if (!secrets.containsKey(placeholders.group(1))) {
                    throw new IllegalStateException(realm + " needs " + placeholders.group(1) + ", which this run does not give");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The operating system's id of Keycloak's process (its launcher, parent of the JVM): for a test that freezes or kills it. */
    public long pid() {
        return process.pid();
    }

    public String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    private boolean answers() {
        return HttpProbe.answersOk(issuer() + "/.well-known/openid-configuration");
    }

    private static Path distribution(Path unpacked) {
        try (Stream<Path> entries = Files.list(unpacked)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("keycloak-"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no keycloak-* directory in " + unpacked));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keycloak 26 needs Java 21+; the build itself may run on 17. {@code KEYCLOAK_JAVA_HOME} overrides. */
    static String javaHome21OrNewer() {
        String configured = System.getenv("KEYCLOAK_JAVA_HOME");
        if (configured != null) {
            return configured;
        }
        if (Runtime.version().feature() >= 21) {
            return System.getProperty("java.home");
        }
        try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
            Optional<Path> newest = jdks.filter(jdk -> featureVersion(jdk) >= 21)
                    .max(Comparator.comparingInt(KeycloakServer::featureVersion));
            return newest.orElseThrow(() -> new IllegalStateException(
                    "Keycloak needs Java 21 or newer: set KEYCLOAK_JAVA_HOME")).toString();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak needs Java 21 or newer: set KEYCLOAK_JAVA_HOME", e);
        }
    }

    private static int featureVersion(Path jdk) {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(version.split("[.+-]")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.close();
    }
}
