package org.counterpart.network.exchange;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.counterpart.events.ConsumerGroups;
import org.counterpart.events.Country;
import org.counterpart.events.Topics;
import org.counterpart.network.Countries;
import org.counterpart.network.KafkaBroker;
import org.counterpart.network.ProjectLayout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The broker as the launcher starts it, attacked from outside: every connection must name a principal
 * over TLS, and each principal reaches only what {@link ExchangeAccess} grants it.
 */
class ClosedExchangeTest {

    private static final List<Country> COUNTRIES = List.of(Countries.TH, Countries.MY);
    private static KafkaBroker broker;
    private static ExchangeCredentials credentials;

    @BeforeAll
    static void startClosedBroker() throws Exception {
        Path work = Files.createTempDirectory("counterpart-closed-exchange-");
        credentials = ExchangeCredentials.generate(work.resolve("secrets"));
        broker = KafkaBroker.start(ProjectLayout.detect().kafkaLibs(), work.resolve("kafka"), credentials);
        credentials.recordBootstrap(broker.bootstrapServers());
        try (ExchangeProvisioning admin = ExchangeProvisioning.connect(broker.bootstrapServers(), credentials, (short) 1)) {
            admin.network(COUNTRIES);
        }
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void aCountryWritesItsOwnOutboundTopic() throws Exception {
        try (KafkaProducer<String, byte[]> thailand = producer(credentials.client(ExchangeAccess.countryPrincipal(Countries.TH)))) {
            assertTrue(thailand.send(record(Topics.outbound(Countries.TH))).get(30, TimeUnit.SECONDS).offset() >= 0);
        }
    }

    @Test
    void anAnonymousPlaintextClientNeverGetsIn() {
        Properties anonymous = new Properties();
        anonymous.put("bootstrap.servers", credentials.bootstrapServers());
        anonymous.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000);
        try (KafkaProducer<String, byte[]> producer = producer(anonymous)) {
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> producer.send(record(Topics.inbound(Countries.TH))).get(10, TimeUnit.SECONDS));
            assertInstanceOf(org.apache.kafka.common.errors.TimeoutException.class, refused.getCause());
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        Properties impostor = credentials.client(ExchangeAccess.countryPrincipal(Countries.TH));
        impostor.put("sasl.jaas.config", ExchangeCredentials.jaas(ExchangeAccess.countryPrincipal(Countries.TH), "guessed"));
        try (KafkaProducer<String, byte[]> producer = producer(impostor)) {
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> producer.send(record(Topics.outbound(Countries.TH))).get(10, TimeUnit.SECONDS));
            assertInstanceOf(SaslAuthenticationException.class, refused.getCause());
        }
    }

    @Test
    void thailandCannotSpeakForMalaysiaNorAsTheHub() {
        Properties thailand = credentials.client(ExchangeAccess.countryPrincipal(Countries.TH));
        for (String topic : List.of(Topics.outbound(Countries.MY), Topics.inbound(Countries.MY), Topics.inbound(Countries.TH), Topics.LIFECYCLE)) {
            assertRefusedToWrite(thailand, topic);
        }
    }

    @Test
    void thailandCannotReadMalaysiasInboxNorTheDeadLetters() {
        Properties thailand = credentials.client(ExchangeAccess.countryPrincipal(Countries.TH));
        assertRefusedToRead(thailand, ConsumerGroups.country(Countries.TH), Topics.inbound(Countries.MY));
        assertRefusedToRead(thailand, ConsumerGroups.country(Countries.TH), Topics.DEADLETTER);
    }

    @Test
    void thailandReadsItsInboxOnlyAsItsOwnGroup() {
        Properties thailand = credentials.client(ExchangeAccess.countryPrincipal(Countries.TH));
        thailand.put(ConsumerConfig.GROUP_ID_CONFIG, ConsumerGroups.country(Countries.MY));
        try (KafkaConsumer<String, byte[]> consumer = consumer(thailand)) {
            consumer.subscribe(List.of(Topics.inbound(Countries.TH)));
            assertThrows(GroupAuthorizationException.class, () -> pollFor(consumer, Duration.ofSeconds(15)));
        }
    }

    @Test
    void noServiceCreatesATopic() throws Exception {
        for (String principal : List.of(ExchangeAccess.countryPrincipal(Countries.TH), ExchangeAccess.HUB)) {
            Properties client = credentials.client(principal);
            try (Admin admin = Admin.create(client)) {
                ExecutionException refused = assertThrows(ExecutionException.class, () -> admin.createTopics(
                        List.of(new NewTopic(Topics.outbound(Countries.SG), 1, (short) 1))).all().get(30, TimeUnit.SECONDS));
                assertInstanceOf(TopicAuthorizationException.class, refused.getCause());
            }
            // Nor by writing to a topic that does not exist yet: auto-creation is off, so the write fails.
            Properties writer = new Properties();
            writer.putAll(client);
            writer.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
            try (KafkaProducer<String, byte[]> producer = producer(writer)) {
                assertThrows(Exception.class, () -> producer.send(record(Topics.outbound(Countries.SG))).get(10, TimeUnit.SECONDS));
            }
        }
        try (Admin admin = Admin.create(credentials.client(ExchangeAccess.ADMIN))) {
            assertTrue(admin.listTopics().names().get(30, TimeUnit.SECONDS).stream().noneMatch(Topics.outbound(Countries.SG)::equals));
        }
    }

    @Test
    void theHubCannotWriteACountrysOutboundTopic() {
        assertRefusedToWrite(credentials.client(ExchangeAccess.HUB), Topics.outbound(Countries.TH));
    }

    @Test
    void trackingReadsLifecycleFactsOnly() {
        Properties tracking = credentials.client(ExchangeAccess.TRACKING);
        assertRefusedToRead(tracking, ExchangeAccess.TRACKING, Topics.outbound(Countries.TH));
        assertRefusedToWrite(tracking, Topics.LIFECYCLE);
    }

    @Test
    void aJoiningCountryGetsItsTopicsAndPrincipalInOneCall() throws Exception {
        // The documented command, against this exchange's secrets.
        ProcessBuilder command = new ProcessBuilder("./deploy/add-country.sh", "AU")
                .directory(ProjectLayout.detect().root().toFile()).redirectErrorStream(true);
        command.environment().put("COUNTERPART_EXCHANGE_SECRETS", credentials.directory().toString());
        command.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process run = command.start();
        String handover = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(run.waitFor(60, TimeUnit.SECONDS) && run.exitValue() == 0, handover);
        String password = ExchangeCredentials.load(credentials.directory()).passwordOf(ExchangeAccess.countryPrincipal(Countries.AU));
        assertTrue(handover.contains("COUNTERPART_KAFKA_PASSWORD=" + password), handover);
        assertTrue(handover.contains("principal mla-request-au"), handover);
        Properties australia = credentials.client(ExchangeAccess.countryPrincipal(Countries.AU));
        try (KafkaProducer<String, byte[]> producer = producer(australia)) {
            assertTrue(producer.send(record(Topics.outbound(Countries.AU))).get(30, TimeUnit.SECONDS).offset() >= 0);
        }
        assertRefusedToWrite(australia, Topics.outbound(Countries.TH));
    }

    private static void assertRefusedToWrite(Properties client, String topic) {
        Properties settings = new Properties();
        settings.putAll(client);
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        try (KafkaProducer<String, byte[]> producer = producer(settings)) {
            Exception refused = assertThrows(Exception.class, () -> producer.send(record(topic)).get(15, TimeUnit.SECONDS));
            Throwable cause = refused instanceof ExecutionException ? refused.getCause() : refused;
            assertInstanceOf(TopicAuthorizationException.class, cause, "writing " + topic + ": " + cause);
        }
    }

    private static void assertRefusedToRead(Properties client, String group, String topic) {
        Properties settings = new Properties();
        settings.putAll(client);
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        try (KafkaConsumer<String, byte[]> consumer = consumer(settings)) {
            consumer.subscribe(List.of(topic));
            assertThrows(TopicAuthorizationException.class, () -> pollFor(consumer, Duration.ofSeconds(15)),
                    "reading " + topic);
        }
    }

    /** Polls until the broker answers with an error, or {@code bound} passes (then the read was allowed). */
    private static void pollFor(KafkaConsumer<String, byte[]> consumer, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200));
        }
    }

    private static ProducerRecord<String, byte[]> record(String topic) {
        return new ProducerRecord<>(topic, "key", "probe".getBytes(StandardCharsets.UTF_8));
    }

    private static KafkaProducer<String, byte[]> producer(Properties client) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaProducer<>(p);
    }

    private static KafkaConsumer<String, byte[]> consumer(Properties client) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return new KafkaConsumer<>(p);
    }
}
