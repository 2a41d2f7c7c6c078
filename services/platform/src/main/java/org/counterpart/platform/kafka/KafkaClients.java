package org.counterpart.platform.kafka;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's Kafka clients, configured for no loss: acks from all replicas, idempotent producer, manual
 * commits. Every {@code kafka.*} setting (or {@code KAFKA_*} environment variable) reaches the clients as
 * Quarkus collects it, so the connection's security (SASL_SSL, credentials, truststore) is ordinary
 * configuration; the settings no loss depends on are fixed here and cannot be configured away.
 */
@ApplicationScoped
public class KafkaClients {

    private final Map<String, Object> settings;
    private final String clientId;
    private final Duration metadataMaxAge;
    private volatile Producer<String, byte[]> producer;
    private volatile Admin admin;

    KafkaClients(@Identifier("default-kafka-broker") Map<String, Object> settings,
            @ConfigProperty(name = "quarkus.application.name") String clientId,
            @ConfigProperty(name = "counterpart.messaging.metadata-max-age", defaultValue = "10s") Duration metadataMaxAge) {
        this.settings = Map.copyOf(settings);
        this.clientId = clientId;
        this.metadataMaxAge = metadataMaxAge;
    }

    private Properties configured() {
        Properties p = new Properties();
        p.putAll(settings);
        return p;
    }

    /** One producer per service: KafkaProducer is thread-safe and batches better when shared. */
    public Producer<String, byte[]> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    Properties p = configured();
                    p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
                    p.put(ProducerConfig.ACKS_CONFIG, "all");
                    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
                    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
                    // A send to a topic the broker does not know waits this long for it, holding up the
                    // relay's round; 10 s rather than a minute (kafka.max.block.ms may say otherwise).
                    p.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
                    // The relay sends a round's rows together and then waits for their acknowledgements, so
                    // the client's own lingering (5 ms since Kafka 4) only adds to every hop's latency.
                    p.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 0);
                    producer = new KafkaProducer<>(p);
                }
            }
        }
        return producer;
    }

    /** One admin client per service, for questions about topics (which exist) rather than their records. */
    public Admin admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    Properties p = configured();
                    p.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId + "-admin");
                    admin = Admin.create(p);
                }
            }
        }
        return admin;
    }

    public KafkaConsumer<String, byte[]> consumer(String groupId) {
        return consumer(groupId, groupId);
    }

    /** A consumer of group {@code groupId}, named {@code member} among the group's members in this service. */
    public KafkaConsumer<String, byte[]> consumer(String groupId, String member) {
        Properties p = configured();
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId + "-" + member);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // A new consumer group must read what was published before it first joined.
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
        // A member killed without leaving holds its partitions until its session expires: 45 s by default,
        // which a restarted instance (with a new member id) would wait out before receiving anything.
        // 10 s still allows three heartbeats (every 3 s) to be missed (kafka.session.timeout.ms may say otherwise).
        p.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        // Pattern subscriptions see a new country's topic within this time.
        p.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, (int) metadataMaxAge.toMillis());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return new KafkaConsumer<>(p);
    }

    void close(@Observes ShutdownEvent event) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(10));
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(10));
        }
    }
}
