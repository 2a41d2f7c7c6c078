package org.counterpart.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.counterpart.network.exchange.ExchangeAccess;
import org.counterpart.network.exchange.ExchangeCredentials;

/**
 * A real single-node KRaft Kafka broker, run from the Maven Central jars as its own process: the same
 * broker production runs, without Docker, and as closed: clients connect over TLS and authenticate
 * with SCRAM-SHA-512 (SASL_SSL), and the standard authorizer refuses whatever no ACL grants.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final int PARTITIONS = 3;

    private final List<String> command;
    private final Path directory;
    private final Properties adminClient;
    private final String bootstrapServers;
    private ChildProcess process;
    private int starts;

    private KafkaBroker(List<String> command, Path directory, Properties adminClient, String bootstrapServers) {
        this.command = command;
        this.directory = directory;
        this.adminClient = adminClient;
        this.bootstrapServers = bootstrapServers;
    }

    public static KafkaBroker start(Path libs, Path directory, ExchangeCredentials credentials) {
        Directories.fresh(directory);
        int port = FreePort.pick();
        int controllerPort = FreePort.pick();
        Path config = directory.resolve("server.properties");
        Path data = Directories.fresh(directory.resolve("data"));
        write(config(data, "127.0.0.1", "127.0.0.1:" + port, controllerPort, credentials), config);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = libs.resolve("*").toString();
        // The admin's SCRAM credential must exist before the broker can talk to itself; every other
        // principal is added later through the admin API, the same way a joining country is.
        ChildProcess.run("kafka storage format",
                List.of(java, "-cp", classpath, "kafka.tools.StorageTool", "format",
                        "-t", Uuid.randomUuid().toString(), "-c", config.toString(),
                        "--add-scram", "SCRAM-SHA-512=[name=" + ExchangeAccess.ADMIN + ",password="
                                + credentials.passwordOf(ExchangeAccess.ADMIN) + "]"),
                directory.resolve("format.log"), Duration.ofSeconds(60));

        String bootstrap = "127.0.0.1:" + port;
        KafkaBroker broker = new KafkaBroker(List.of(java, "-Xmx512m", "-cp", classpath, "kafka.Kafka", config.toString()),
                directory, credentials.client(bootstrap, ExchangeAccess.ADMIN), bootstrap);
        broker.launch();
        return broker;
    }

    /**
     * Stops the broker (if it still runs) and starts it again on its port and data, as after a crash or
     * an operator's restart: what it had acknowledged is on disk, and its clients reconnect.
     */
    public void restart() {
        process.close();
        launch();
    }

    /** The operating system's id of the broker's process: for a test that kills or freezes it. */
    public long pid() {
        return process.pid();
    }

    private void launch() {
        String log = starts++ == 0 ? "broker.log" : "broker-restarted-" + (starts - 1) + ".log";
        process = ChildProcess.start("kafka broker at " + bootstrapServers, command, Map.of(), directory.resolve(log));
        process.awaitReady(() -> answers(adminClient), Duration.ofSeconds(60));
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Whether a broker answers a metadata request from a client with {@code clientSettings}. */
    public static boolean answers(Properties clientSettings) {
        Properties p = new Properties();
        p.putAll(clientSettings);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(p)) {
            admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The closed single-node broker's settings: listening on {@code listenHost}, known to clients as
     * {@code advertised} (host:port), its controller on loopback at {@code controllerPort}.
     */
    public static Properties config(Path data, String listenHost, String advertised, int controllerPort,
            ExchangeCredentials credentials) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("listeners", "SASL_SSL://" + listenHost + ":" + advertised.substring(advertised.lastIndexOf(':') + 1)
                + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "SASL_SSL://" + advertised);
        p.put("controller.listener.names", "CONTROLLER");
        // SCRAM credentials live in the metadata log the controller serves, so the controller itself
        // authenticates with PLAIN on its own loopback listener.
        p.put("listener.security.protocol.map", "SASL_SSL:SASL_SSL,CONTROLLER:SASL_PLAINTEXT");
        p.put("inter.broker.listener.name", "SASL_SSL");
        p.put("sasl.enabled.mechanisms", "SCRAM-SHA-512");
        p.put("sasl.mechanism.inter.broker.protocol", "SCRAM-SHA-512");
        p.put("sasl.mechanism.controller.protocol", "PLAIN");
        p.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        String controllerPassword = credentials.controllerPassword();
        p.put("listener.name.controller.plain.sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"controller\" password=\""
                        + controllerPassword + "\" user_controller=\"" + controllerPassword + "\";");
        p.put("listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config",
                ExchangeCredentials.jaas(ExchangeAccess.ADMIN, credentials.passwordOf(ExchangeAccess.ADMIN)));
        p.put("ssl.keystore.location", credentials.brokerKeystore().toString());
        p.put("ssl.keystore.type", "PKCS12");
        p.put("ssl.keystore.password", credentials.tlsPassword());
        p.put("ssl.key.password", credentials.tlsPassword());
        // The broker's own inter-broker client verifies the broker too.
        p.put("ssl.truststore.location", credentials.truststore().toString());
        p.put("ssl.truststore.type", "PKCS12");
        p.put("ssl.truststore.password", credentials.tlsPassword());
        p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.put("super.users", "User:" + ExchangeAccess.ADMIN + ";User:controller");
        p.put("allow.everyone.if.no.acl.found", "false");
        p.put("auto.create.topics.enable", "false");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("log.dirs", data.toString());
        p.put("num.partitions", String.valueOf(PARTITIONS));
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        // A single local broker: consumers joining a group should not wait for others that never come.
        p.put("group.initial.rebalance.delay.ms", "0");
        return p;
    }

    public static void write(Properties settings, Path config) {
        try {
            Files.createDirectories(config.toAbsolutePath().getParent());
            try (Writer writer = Files.newBufferedWriter(config)) {
                settings.store(writer, "single-node KRaft broker for Counterpart, closed: SASL_SSL and ACLs");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.close();
    }
}
