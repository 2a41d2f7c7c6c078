package org.counterpart.routing.operations;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.counterpart.events.Topics;
import org.counterpart.platform.kafka.KafkaClients;

/**
 * Reads the dead-letter topic for operators: the newest letters, or one letter by its position. Reads
 * by assignment, never as a consumer group, so browsing moves no offsets and competes with nobody.
 */
@ApplicationScoped
public class DeadLetterArchive {

    private static final Duration READ_LIMIT = Duration.ofSeconds(10);

    private final KafkaClients kafka;

    DeadLetterArchive(KafkaClients kafka) {
        this.kafka = kafka;
    }

    /** Up to {@code perPartition} newest letters of each partition, newest first. */
    public List<ConsumerRecord<String, byte[]>> newest(int perPartition) {
        try (KafkaConsumer<String, byte[]> consumer = browser()) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.DEADLETTER).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> begins = consumer.beginningOffsets(partitions);
            for (TopicPartition partition : partitions) {
                consumer.seek(partition, Math.max(begins.get(partition), ends.get(partition) - perPartition));
            }
            List<ConsumerRecord<String, byte[]>> letters = new ArrayList<>();
            Instant deadline = Instant.now().plus(READ_LIMIT);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(letters::add);
            }
            letters.sort(Comparator.comparing((ConsumerRecord<String, byte[]> r) -> r.timestamp()).reversed());
            return letters;
        }
    }

    public Optional<ConsumerRecord<String, byte[]>> at(int partition, long offset) {
        try (KafkaConsumer<String, byte[]> consumer = browser()) {
            TopicPartition topicPartition = new TopicPartition(Topics.DEADLETTER, partition);
            if (consumer.partitionsFor(Topics.DEADLETTER).stream().noneMatch(p -> p.partition() == partition)) {
                return Optional.empty();
            }
            consumer.assign(List.of(topicPartition));
            long end = consumer.endOffsets(List.of(topicPartition)).get(topicPartition);
            if (offset < 0 || offset >= end) {
                return Optional.empty();
            }
            consumer.seek(topicPartition, offset);
            Instant deadline = Instant.now().plus(READ_LIMIT);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == offset) {
                        return Optional.of(record);
                    }
                }
            }
            return Optional.empty();
        }
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private KafkaConsumer<String, byte[]> browser() {
        return kafka.consumer("dead-letter-browser-" + UUID.randomUUID());
    }
}
