package org.counterpart.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.counterpart.events.Topics;
import org.counterpart.platform.kafka.KafkaClients;
import org.counterpart.platform.signing.OwnKeys;
import org.jboss.logging.Logger;

/**
 * Parks records a consumer cannot apply on {@code counterpart.deadletter}, byte for byte with their
 * original headers, plus headers saying where they came from and why, sealed with this service's key
 * ({@link DeadLetterSeal}). The record is written before the consumer commits past it, so nothing is lost.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String REASON = "counterpart-deadletter-reason";
    public static final String CONSUMER = "counterpart-deadletter-consumer";
    public static final String ORIGIN = "counterpart-deadletter-origin";

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final KafkaClients kafka;
    private final OwnKeys keys;
    private final MeterRegistry meters;

    DeadLetters(KafkaClients kafka, OwnKeys keys, MeterRegistry meters) {
        this.kafka = kafka;
        this.keys = keys;
        this.meters = meters;
    }

    public void park(ConsumerRecord<String, byte[]> record, String consumer, String reason) {
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(Topics.DEADLETTER, null, record.key(),
                record.value(), record.headers());
        String origin = record.topic() + "/" + record.partition() + "/" + record.offset();
        letter.headers().remove(REASON).remove(CONSUMER).remove(ORIGIN).remove(DeadLetterSeal.HEADER);
        letter.headers().add(REASON, reason.getBytes(StandardCharsets.UTF_8));
        letter.headers().add(CONSUMER, consumer.getBytes(StandardCharsets.UTF_8));
        letter.headers().add(ORIGIN, origin.getBytes(StandardCharsets.UTF_8));
        letter.headers().add(DeadLetterSeal.HEADER, keys.sign(DeadLetterSeal.statement(consumer, origin, reason,
                record.key(), record.value(), letter.headers())).getBytes(StandardCharsets.UTF_8));
        try {
            kafka.producer().send(letter).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not park a record on the dead-letter topic", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        }
        LOG.warnf("dead-lettered %s/%d/%d for %s: %s", record.topic(), record.partition(), record.offset(),
                consumer, reason);
        meters.counter("counterpart.dead.letters", "consumer", consumer).increment();
    }
}
