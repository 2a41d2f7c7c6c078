package org.counterpart.network.history;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.counterpart.events.KafkaWire;
import org.counterpart.events.Topics;
import org.counterpart.events.signature.EventSignature;
import org.counterpart.events.signature.Signer;
import org.counterpart.network.exchange.ExchangeAccess;
import org.counterpart.network.exchange.ExchangeCredentials;
import org.counterpart.network.exchange.ServiceKeys;

/**
 * Writes a {@link RegionHistory} onto {@code counterpart.lifecycle} of a running exchange, as the hub:
 * its principal, its signature, its event contract. Tracking reads it like any other lifecycle fact,
 * so the figures, the dashboards and their benchmarks run on a region's worth of requests.
 */
public final class HistorySeeder {

    private HistorySeeder() {
    }

    /** Seeds {@code requests} requests ending on {@code lastDay}; returns how many facts the broker took. */
    public static long seed(Path secrets, int requests, long seed, LocalDate lastDay) {
        ExchangeCredentials credentials = ExchangeCredentials.load(secrets);
        Function<byte[], String> hub = ServiceKeys.in(credentials.directory().resolve("signing")).signerOf(Signer.HUB);
        Properties p = new Properties();
        p.putAll(credentials.client(ExchangeAccess.HUB));
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        AtomicLong written = new AtomicLong();
        AtomicReference<Exception> refused = new AtomicReference<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
            new RegionHistory(seed, lastDay).generate(requests, facts -> facts.forEach(fact -> {
                ProducerRecord<String, byte[]> record = KafkaWire.toRecord(Topics.LIFECYCLE, fact);
                record.headers().add(EventSignature.HEADER, hub.apply(record.value()).getBytes(StandardCharsets.UTF_8));
                producer.send(record, (metadata, failure) -> {
                    if (failure != null) {
                        refused.compareAndSet(null, failure);
                    } else {
                        written.incrementAndGet();
                    }
                });
            }));
            producer.flush();
        }
        if (refused.get() != null) {
            throw new IllegalStateException("the broker refused part of the history (" + written.get()
                    + " facts were written)", refused.get());
        }
        return written.get();
    }
}
