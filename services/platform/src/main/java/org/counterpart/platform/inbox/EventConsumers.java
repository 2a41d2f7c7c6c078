package org.counterpart.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.counterpart.events.Envelope;
import org.counterpart.events.InvalidEventException;
import org.counterpart.events.KafkaWire;
import org.counterpart.events.signature.SignatureRefusedException;
import org.counterpart.events.signature.Signer;
import org.counterpart.platform.kafka.KafkaClients;
import org.counterpart.platform.persistence.TransientFailures;
import org.counterpart.platform.signing.TrustedKeys;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs the service's Kafka consumers. Each record's signature is checked first, against the keys this
 * service trusts; an unsigned or forged record is dead-lettered and never applied. Signed records are
 * applied in one transaction together with their processed-event marks (a poll's records together, or
 * each alone when one of them fails); offsets are committed only after
 * the effect, so a crash redelivers and the mark makes the redelivery harmless. Records that cannot be
 * applied go to the dead-letter topic.
 */
@ApplicationScoped
public class EventConsumers {

    private static final Logger LOG = Logger.getLogger(EventConsumers.class);

    private final KafkaClients kafka;
    private final ProcessedEvents processedEvents;
    private final DeadLetters deadLetters;
    private final TrustedKeys trustedKeys;
    private final MeterRegistry meters;
    private final int maxAttempts;
    private final Duration retryBackoff;
    private final int concurrency;
    private final InstantSource clock;
    private final List<Loop> loops = new CopyOnWriteArrayList<>();

    EventConsumers(KafkaClients kafka, ProcessedEvents processedEvents, DeadLetters deadLetters, TrustedKeys trustedKeys,
            MeterRegistry meters, InstantSource clock,
            @ConfigProperty(name = "counterpart.consumer.max-attempts", defaultValue = "5") int maxAttempts,
            @ConfigProperty(name = "counterpart.consumer.retry-backoff", defaultValue = "500ms") Duration retryBackoff,
            @ConfigProperty(name = "counterpart.consumer.concurrency", defaultValue = "1") int concurrency) {
        this.kafka = kafka;
        this.processedEvents = processedEvents;
        this.deadLetters = deadLetters;
        this.trustedKeys = trustedKeys;
        this.meters = meters;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.retryBackoff = retryBackoff;
        if (concurrency < 1) {
            throw new IllegalArgumentException("counterpart.consumer.concurrency must be at least 1, not " + concurrency);
        }
        this.concurrency = concurrency;
    }

    /** Consumes the named topics as consumer group {@code name}. */
    public void start(String name, List<String> topics, EventHandler handler) {
        startLoop(name, consumer -> consumer.subscribe(topics), handler);
    }

    /** Consumes every topic matching {@code pattern}, including topics created later. */
    public void start(String name, Pattern pattern, EventHandler handler) {
        startLoop(name, consumer -> consumer.subscribe(pattern), handler);
    }

    /**
     * {@code counterpart.consumer.concurrency} members of the group, each its own consumer and thread:
     * Kafka gives each member its own partitions, so one request's messages (one key, one partition)
     * are still applied in order, while other requests' are applied beside them.
     */
    private void startLoop(String name, Consumer<KafkaConsumer<String, byte[]>> subscription, EventHandler handler) {
        for (int member = 0; member < concurrency; member++) {
            start(new Loop(name, concurrency == 1 ? name : name + "-" + member, subscription, handler));
        }
    }

    private void start(Loop loop) {
        loops.add(loop);
        loop.thread.start();
    }

    /**
     * Each member by name, and whether its thread runs (or was stopped on purpose): a member whose thread
     * died of an {@link Error} has left the service deaf to its topics, which liveness must say.
     */
    public Map<String, Boolean> membersAlive() {
        Map<String, Boolean> alive = new TreeMap<>();
        loops.forEach(loop -> alive.merge(loop.member, loop.alive(), Boolean::logicalAnd));
        return alive;
    }

    /**
     * Each running member by name, and when it last came back from a poll with its records applied and
     * committed (null before its first): a member stuck in a record, or unable to commit, stops moving on.
     */
    public Map<String, Instant> membersPolledAt() {
        Map<String, Instant> polled = new TreeMap<>();
        // Members of one name (a group started twice) count as the one that moved on least lately.
        loops.stream().filter(loop -> loop.running).forEach(loop -> polled.merge(loop.member,
                loop.polledAt == null ? Instant.MIN : loop.polledAt, (a, b) -> a.isBefore(b) ? a : b));
        polled.replaceAll((member, at) -> at.equals(Instant.MIN) ? null : at);
        return polled;
    }

    /**
     * Rebuilds what consumer {@code name} made from {@code topics}: stops its members, moves the group's
     * committed offsets to the start of every partition, then runs {@code reset} (which empties the read
     * models) in one transaction with forgetting which events it had applied, and starts the members again,
     * which read from offset zero. Records that arrive meanwhile wait on the topic, so the read models come
     * back as the topics make them. A crash between the two steps is harmless: before the reset, the
     * rewound consumer skips every event it had applied; after it, it applies them all again. Another
     * instance still in the group refuses the offsets' move ({@link RewindRefusedException}), and nothing is
     * reset. Whatever happens, the members run again.
     */
    public synchronized void rewind(String name, List<String> topics, Runnable reset) throws InterruptedException {
        List<Loop> members = loops.stream().filter(loop -> loop.name.equals(name)).toList();
        if (members.isEmpty()) {
            throw new IllegalArgumentException("no consumer " + name + " in this service");
        }
        members.forEach(Loop::stop);
        List<Loop> stopped = new ArrayList<>();
        try {
            for (Loop member : members) {
                member.thread.join(Duration.ofSeconds(30).toMillis());
                if (!member.thread.isAlive()) {
                    stopped.add(member);
                }
            }
            loops.removeAll(stopped);
            if (stopped.size() < members.size()) {
                throw new RewindRefusedException("a member of " + name + " did not stop within 30 s; nothing was reset");
            }
            commitStart(name, topics);
            QuarkusTransaction.requiringNew().run(() -> {
                reset.run();
                processedEvents.forget(name);
            });
        } finally {
            for (Loop member : stopped) {
                start(new Loop(member.name, member.member, member.subscription, member.handler));
            }
        }
    }

    /** The group's offsets at the start of each partition; the group must have no member left. */
    private void commitStart(String name, List<String> topics) {
        try (KafkaConsumer<String, byte[]> rewinder = kafka.consumer(name, name + "-rewind")) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                rewinder.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
            rewinder.beginningOffsets(partitions).forEach((partition, offset) ->
                    start.put(partition, new OffsetAndMetadata(offset)));
            rewinder.commitSync(start);
        } catch (KafkaException e) {
            throw new RewindRefusedException("the group " + name + " would not move to offset zero (is another"
                    + " instance still reading?): " + e.getMessage());
        }
    }

    /** A rewind that could not be done; the consumer runs on as before. */
    public static final class RewindRefusedException extends RuntimeException {
        RewindRefusedException(String message) {
            super(message);
        }
    }

    /**
     * Applies {@code record} as consumer {@code name} would have when it read it: the operator's replay
     * of a dead letter whose topic this service reads but may not write. Same checks, same
     * de-duplication; a record that fails again is parked again.
     */
    public void redeliver(String name, ConsumerRecord<String, byte[]> record) throws InterruptedException {
        Loop loop = loops.stream().filter(l -> l.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no consumer " + name + " in this service"));
        Signed signed = loop.signed(record);
        if (signed != null) {
            loop.apply(signed.record(), signed.event());
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        for (Loop loop : loops) {
            loop.stop();
        }
        for (Loop loop : loops) {
            loop.thread.join(Duration.ofSeconds(15).toMillis());
        }
    }

    private final class Loop {
        private final String name;
        private final String member;
        private final Consumer<KafkaConsumer<String, byte[]>> subscription;
        private final EventHandler handler;
        private final Thread thread;
        private volatile boolean running = true;
        private volatile KafkaConsumer<String, byte[]> consumer;
        private volatile Instant polledAt;

        Loop(String name, String member, Consumer<KafkaConsumer<String, byte[]>> subscription, EventHandler handler) {
            this.name = name;
            this.member = member;
            this.subscription = subscription;
            this.handler = handler;
            this.thread = new Thread(this::run, "consumer-" + member);
        }

        boolean alive() {
            return !running || thread.isAlive();
        }

        void stop() {
            running = false;
            KafkaConsumer<String, byte[]> current = consumer;
            if (current != null) {
                current.wakeup();
            }
        }

        /** Never leaves the service deaf: after an unexpected error it rejoins with a fresh consumer. */
        private void run() {
            while (running) {
                try {
                    consume();
                } catch (WakeupException stopping) {
                    LOG.debugf("consumer %s stopped", name);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Error e) {
                    // Not survivable in this thread (out of memory, a broken class): the thread ends, and
                    // liveness reports it so the instance is restarted; its records go to the next owner.
                    LOG.errorf(e, "consumer %s died", member);
                    throw e;
                } catch (RuntimeException e) {
                    // Uncommitted records are redelivered to the fresh consumer, or to whichever instance takes over.
                    LOG.errorf(e, "consumer %s failed; rejoining in %s", name, retryBackoff);
                    try {
                        Thread.sleep(retryBackoff.toMillis());
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }

        private void consume() throws InterruptedException {
            try (KafkaConsumer<String, byte[]> current = kafka.consumer(name, member);
                    // The consumer's own metrics (records-lag-max, the lag behind the topic) for Prometheus.
                    KafkaClientMetrics metrics = new KafkaClientMetrics(current)) {
                metrics.bindTo(meters);
                consumer = current;
                if (!running) {
                    return;
                }
                subscription.accept(current);
                while (running) {
                    applyAll(current.poll(Duration.ofMillis(500)));
                    commit(current);
                    polledAt = clock.instant();
                }
            } finally {
                consumer = null;
            }
        }

        /** A rebalance between poll and commit only means some records are applied twice, which is harmless. */
        private void commit(KafkaConsumer<String, byte[]> current) {
            try {
                current.commitSync();
            } catch (CommitFailedException | RebalanceInProgressException e) {
                LOG.debugf("consumer %s: commit skipped during a rebalance; records will be redelivered", name);
            }
        }

        /**
         * A poll's records, in order. Those that are not a signed event are parked first; the rest are
         * applied in one transaction with their marks (one commit, one flush to disk, for up to a poll).
         * If any of them fails, that transaction leaves nothing and each is applied in one of its own,
         * so one bad record neither keeps the others out nor takes them to the dead letters.
         */
        private void applyAll(ConsumerRecords<String, byte[]> records) throws InterruptedException {
            List<Signed> signed = new ArrayList<>(records.count());
            for (ConsumerRecord<String, byte[]> record : records) {
                Signed one = signed(record);
                if (one != null) {
                    signed.add(one);
                }
            }
            if (signed.size() > 1 && appliedTogether(signed)) {
                return;
            }
            for (Signed one : signed) {
                apply(one.record(), one.event());
            }
        }

        /** The record's event if it is a well-formed one signed by a trusted key; else it is parked and null. */
        private Signed signed(ConsumerRecord<String, byte[]> record) {
            Envelope envelope;
            try {
                envelope = KafkaWire.fromRecord(record);
            } catch (InvalidEventException e) {
                deadLetters.park(record, name, e.getMessage());
                return null;
            }
            try {
                return new Signed(record, verified(record, envelope));
            } catch (SignatureRefusedException e) {
                // Nobody provably sent it, so nobody is told: the letter is for the operator.
                deadLetters.park(record, name, e.getMessage());
                return null;
            }
        }

        private boolean appliedTogether(List<Signed> signed) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    for (Signed one : signed) {
                        if (processedEvents.markProcessed(name, one.event().envelope().id())) {
                            handler.handle(one.event());
                        }
                    }
                });
                return true;
            } catch (RuntimeException e) {
                Error fatal = causeOfType(e, Error.class);
                if (fatal != null) {
                    throw fatal;
                }
                LOG.debugf("consumer %s: %d records together failed (%s); applying each on its own", name,
                        signed.size(), e);
                return false;
            }
        }

        private void apply(ConsumerRecord<String, byte[]> record, ReceivedEvent event) throws InterruptedException {
            Envelope envelope = event.envelope();
            for (int attempt = 1; ; attempt++) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> {
                        if (processedEvents.markProcessed(name, envelope.id())) {
                            handler.handle(event);
                        }
                    });
                    return;
                } catch (RuntimeException e) {
                    Error fatal = causeOfType(e, Error.class);
                    if (fatal != null) {
                        // The transaction wrapped it; it is still not something a retry or a dead letter fixes.
                        throw fatal;
                    }
                    RejectedEventException rejection = causeOfType(e, RejectedEventException.class);
                    if (rejection != null) {
                        reject(record, event, rejection.getMessage(), rejection.getMessage());
                        return;
                    }
                    if (attempt >= maxAttempts) {
                        if (TransientFailures.isTransient(e)) {
                            // Not the event's fault: rejoin and read it again from the committed offset.
                            throw new IllegalStateException("event " + envelope.id() + " deferred: " + e.getMessage(), e);
                        }
                        // The sender is told that it failed, not how: exception texts stay in this country.
                        // Exception texts can quote row values (case content); the letter names the failure only.
                        reject(record, event, "failed " + attempt + " times: " + failureOf(e),
                                "could not be applied after " + attempt + " attempts; held for an operator");
                        return;
                    }
                    LOG.warnf(e, "consumer %s: attempt %d of event %s failed; retrying", name, attempt, envelope.id());
                    Thread.sleep(retryBackoff.toMillis() * attempt);
                }
            }
        }

        /** Who signed the record, if this service trusts the key and the signature holds; transient failures propagate. */
        private ReceivedEvent verified(ConsumerRecord<String, byte[]> record, Envelope envelope) {
            String signature = KafkaWire.signatureOf(record);
            Signer signer = trustedKeys.verify(record.value(), signature);
            return new ReceivedEvent(envelope, record.topic(), signer, record.value(), signature);
        }

        /**
         * Parks the record, then lets the handler tell the sender {@code notice}; a notice failing for a
         * transient cause is retried with the record (which may then be parked twice).
         */
        private void reject(ConsumerRecord<String, byte[]> record, ReceivedEvent event, String reason, String notice) {
            deadLetters.park(record, name, reason);
            try {
                QuarkusTransaction.requiringNew().run(() -> handler.rejected(event, notice));
            } catch (RuntimeException e) {
                if (TransientFailures.isTransient(e)) {
                    throw new IllegalStateException("rejection notice for " + event.envelope().id() + " deferred", e);
                }
                LOG.errorf(e, "consumer %s could not send the rejection notice for event %s", name, event.envelope().id());
            }
        }
    }

    /** A record and the event it carries, its signature checked. */
    private record Signed(ConsumerRecord<String, byte[]> record, ReceivedEvent event) {
    }

    private static String failureOf(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String state = root instanceof java.sql.SQLException sql ? " (SQL state " + sql.getSQLState() + ")" : "";
        return error.getClass().getName() + " caused by " + root.getClass().getName() + state;
    }

    private static <T extends Throwable> T causeOfType(Throwable error, Class<T> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
