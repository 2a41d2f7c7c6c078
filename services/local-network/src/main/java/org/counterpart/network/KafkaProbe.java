package org.counterpart.network;

import org.counterpart.events.Sources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.counterpart.network.exchange.ExchangeAccess;
import org.counterpart.network.exchange.ExchangeCredentials;
import org.counterpart.network.exchange.ServiceKeys;
import org.counterpart.events.Envelope;
import org.counterpart.events.EventCodec;
import org.counterpart.events.Sources;
import org.counterpart.events.signature.EventSignature;
import org.counterpart.events.signature.Signer;

/**
 * Reads and writes topics of a real broker from tests, as one principal of the exchange, waiting with a
 * bound instead of sleeping.
 */
public final class KafkaProbe {

    private final Properties client;
    private final ServiceKeys keys;

    private KafkaProbe(Properties client, ServiceKeys keys) {
        this.client = client;
        this.keys = keys;
    }

    /** As {@code principal} of the exchange whose secrets are in {@code secretsDirectory}. */
    public static KafkaProbe as(String secretsDirectory, String principal) {
        ExchangeCredentials credentials = ExchangeCredentials.load(Path.of(secretsDirectory));
        return new KafkaProbe(credentials.client(principal), ServiceKeys.in(credentials.directory().resolve("signing")));
    }

    /** As the exchange's admin, who may read and write every topic: a test playing several parties at once. */
    public static KafkaProbe admin(String secretsDirectory) {
        return as(secretsDirectory, ExchangeAccess.ADMIN);
    }

    /** The client settings of this principal (bootstrap, TLS, SASL), a copy: for a benchmark's own clients. */
    public Properties clientSettings() {
        Properties copy = new Properties();
        copy.putAll(client);
        return copy;
    }

    /**
     * Sends {@code record} signed as its writer would sign it: the hub for what the hub originates, else
     * the country the envelope names as its source.
     */
    public void sendSigned(ProducerRecord<String, byte[]> record) {
        Envelope envelope = EventCodec.deserialize(record.value());
        sendAs(Sources.HUB.equals(envelope.source()) ? Signer.HUB : Signer.country(envelope.sourceCountry()), record);
    }

    /** Sends {@code record} with {@code signer}'s signature over its value. */
    public void sendAs(Signer signer, ProducerRecord<String, byte[]> record) {
        record.headers().remove(EventSignature.HEADER);
        record.headers().add(EventSignature.HEADER, keys.sign(signer, record.value()).getBytes(StandardCharsets.UTF_8));
        send(record);
    }

    /** Sends {@code record} as it is, signed or not. */
    public void send(ProducerRecord<String, byte[]> record) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("broker did not accept the test record", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every record of {@code topic} from the beginning, until one matches or {@code timeout} passes. */
    public Optional<ConsumerRecord<String, byte[]>> await(String topic, Predicate<ConsumerRecord<String, byte[]>> match,
            Duration timeout) {
        return awaitAll(topic, match, 1, timeout).stream().findFirst();
    }

    /** Every matching record of {@code topic} up to its end as of now. */
    public List<ConsumerRecord<String, byte[]>> readToEnd(String topic, Predicate<ConsumerRecord<String, byte[]>> match) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p)) {
            List<org.apache.kafka.common.TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new org.apache.kafka.common.TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            java.util.Map<org.apache.kafka.common.TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plusSeconds(30);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read " + topic + " to its end within 30 s");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < ends.get(new org.apache.kafka.common.TopicPartition(topic, record.partition()))
                            && match.test(record)) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }

    /** Collects matching records until {@code count} were seen or {@code timeout} passes. */
    public List<ConsumerRecord<String, byte[]>> awaitAll(String topic, Predicate<ConsumerRecord<String, byte[]>> match,
            int count, Duration timeout) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(topic));
            while (found.size() < count && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (match.test(record)) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }
}
