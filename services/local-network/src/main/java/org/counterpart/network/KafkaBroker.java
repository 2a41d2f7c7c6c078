package org.counterpart.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A real single-node KRaft Kafka broker, run from the Maven Central jars as its own process: the same
 * broker production runs, without Docker.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final int PARTITIONS = 3;

    private final ChildProcess process;
    private final String bootstrapServers;

    private KafkaBroker(ChildProcess process, String bootstrapServers) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
    }

    public static KafkaBroker start(Path libs, Path directory) {
        Directories.fresh(directory);
        int port = FreePort.pick();
        int controllerPort = FreePort.pick();
        Path config = directory.resolve("server.properties");
        writeConfig(config, directory.resolve("data"), port, controllerPort);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = libs.resolve("*").toString();
        ChildProcess.run("kafka storage format",
                List.of(java, "-cp", classpath, "kafka.tools.StorageTool", "format",
                        "-t", Uuid.randomUuid().toString(), "-c", config.toString()),
                directory.resolve("format.log"), Duration.ofSeconds(60));

        String bootstrap = "127.0.0.1:" + port;
        ChildProcess broker = ChildProcess.start("kafka broker on port " + port,
                List.of(java, "-Xmx512m", "-cp", classpath, "kafka.Kafka", config.toString()),
                Map.of(), directory.resolve("broker.log"));
        broker.awaitReady(() -> answers(bootstrap), Duration.ofSeconds(60));
        return new KafkaBroker(broker, bootstrap);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Whether a broker at {@code bootstrapServers} answers a metadata request. */
    public static boolean answers(String bootstrapServers) {
        try (Admin admin = admin(bootstrapServers)) {
            admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Creates topics up front, as an operator would, so no consumer waits for a metadata refresh to see them. */
    public static void createTopics(String bootstrapServers, Collection<String> topics) {
        try (Admin admin = admin(bootstrapServers)) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("could not create topic " + topic, e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("broker did not create topics within 30 s", e);
        }
    }

    private static Admin admin(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        return Admin.create(properties);
    }

    private static void writeConfig(Path config, Path data, int port, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
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
        try {
            Files.createDirectories(data);
            try (Writer writer = Files.newBufferedWriter(config)) {
                p.store(writer, "single-node KRaft broker for Counterpart");
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
