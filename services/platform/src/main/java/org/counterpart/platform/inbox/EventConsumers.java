package org.counterpart.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.counterpart.events.Envelope;
import org.counterpart.events.InvalidEventException;
import org.counterpart.events.KafkaWire;
import org.counterpart.events.signature.SignatureRefusedException;
import org.counterpart.events.signature.Signer;
import org.counterpart.platform.kafka.KafkaClients;
import org.counterpart.platform.signing.TrustedKeys;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs the service's Kafka consumers. Each record's signature is checked first, against the keys this
 * service trusts; an unsigned or forged record is dead-lettered and never applied. A signed record is
 * applied in one transaction together with the processed-event mark; offsets are committed only after
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
    private final List<Loop> loops = new CopyOnWriteArrayList<>();

    EventConsumers(KafkaClients kafka, ProcessedEvents processedEvents, DeadLetters deadLetters, TrustedKeys trustedKeys,
            MeterRegistry meters,
            @ConfigProperty(name = "counterpart.consumer.max-attempts", defaultValue = "5") int maxAttempts,
            @ConfigProperty(name = "counterpart.consumer.retry-backoff", defaultValue = "500ms") Duration retryBackoff,
            @ConfigProperty(name = "counterpart.consumer.concurrency", defaultValue = "1") int concurrency) {
        this.kafka = kafka;
        this.processedEvents = processedEvents;
        this.deadLetters = deadLetters;
        this.trustedKeys = trustedKeys;
        this.meters = meters;
        this.maxAttempts = maxAttempts;
        this.retryBackoff = retryBackoff;
        if (concurrency < 1) {
            throw new IllegalArgumentException("counterpart.consumer.concurrency must be at least 1, not " + concurrency);
        }
        this.concurrency = concurrency;
    }

    /** Consumes the named topics as consumer group {@code name}. */
    public void start(String name, List<String> topics, EventHandler handler) {
        startLoop(name, (consumer, listener) -> consumer.subscribe(topics, listener), handler, false);
    }

    /** Consumes every topic matching {@code pattern}, including topics created later. */
    public void start(String name, Pattern pattern, EventHandler handler) {
        startLoop(name, (consumer, listener) -> consumer.subscribe(pattern, listener), handler, false);
    }

    /**
     * {@code counterpart.consumer.concurrency} members of the group, each its own consumer and thread:
     * Kafka gives each member its own partitions, so one request's messages (one key, one partition)
     * are still applied in order, while other requests' are applied beside them.
     */
    private void startLoop(String name, Subscription subscription, EventHandler handler, boolean fromBeginning) {
        for (int member = 0; member < concurrency; member++) {
            Loop loop = new Loop(name, concurrency == 1 ? name : name + "-" + member, subscription, handler,
                    fromBeginning);
            loops.add(loop);
            loop.thread.start();
        }
    }

    /**
     * Rebuilds what consumer {@code name} made: stops its members, runs {@code reset} (which empties the
     * read models) in one transaction with forgetting which events it had applied, and starts it again
     * reading its topics from offset zero. Records that arrive meanwhile wait on the topic, so the read
     * models come back as the topics make them. If the service stops before the rewound consumer first
     * commits, it resumes from the old offsets over emptied models: run the rebuild again.
     */
    public synchronized void rewind(String name, Runnable reset) throws InterruptedException {
        List<Loop> members = loops.stream().filter(loop -> loop.name.equals(name)).toList();
        if (members.isEmpty()) {
            throw new IllegalArgumentException("no consumer " + name + " in this service");
        }
        for (Loop member : members) {
            member.stop();
        }
        for (Loop member : members) {
            member.thread.join(Duration.ofSeconds(30).toMillis());
            if (member.thread.isAlive()) {
                throw new IllegalStateException("consumer " + member.member + " did not stop; nothing was reset");
            }
        }
        loops.removeAll(members);
        QuarkusTransaction.requiringNew().run(() -> {
            reset.run();
            processedEvents.forget(name);
        });
        Loop first = members.get(0);
        startLoop(name, first.subscription, first.handler, true);
    }

    /** How a member subscribes, telling Kafka whom to tell of the partitions it is given. */
    private interface Subscription extends BiConsumer<KafkaConsumer<String, byte[]>, ConsumerRebalanceListener> {
    }

    /**
     * Applies {@code record} as consumer {@code name} would have when it read it: the operator's replay
     * of a dead letter whose topic this service reads but may not write. Same checks, same
     * de-duplication; a record that fails again is parked again.
     */
    public void redeliver(String name, ConsumerRecord<String, byte[]> record) throws InterruptedException {
        Loop loop = loops.stream().filter(l -> l.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no consumer " + name + " in this service"));
        loop.apply(record);
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
        private final Subscription subscription;
        private final EventHandler handler;
        private final Thread thread;
        private volatile boolean running = true;
        private volatile KafkaConsumer<String, byte[]> consumer;
        /** Rewound: every partition it is given is read from offset zero, until its first commit. */
        private volatile boolean fromBeginning;

        Loop(String name, String member, Subscription subscription, EventHandler handler, boolean fromBeginning) {
            this.name = name;
            this.member = member;
            this.subscription = subscription;
            this.handler = handler;
            this.fromBeginning = fromBeginning;
            this.thread = new Thread(this::run, "consumer-" + member);
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
                subscription.accept(current, new ConsumerRebalanceListener() {
                    @Override
                    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                        if (fromBeginning) {
                            current.seekToBeginning(partitions);
                        }
                    }

                    @Override
                    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                        // Offsets are committed after each batch; nothing is pending here.
                    }
                });
                while (running) {
                    for (ConsumerRecord<String, byte[]> record : current.poll(Duration.ofMillis(500))) {
                        apply(record);
                    }
                    if (commit(current) && !current.assignment().isEmpty()) {
                        fromBeginning = false;
                    }
                }
            } finally {
                consumer = null;
            }
        }

        /** A rebalance between poll and commit only means some records are applied twice, which is harmless. */
        private boolean commit(KafkaConsumer<String, byte[]> current) {
            try {
                current.commitSync();
                return true;
            } catch (CommitFailedException | RebalanceInProgressException e) {
                LOG.debugf("consumer %s: commit skipped during a rebalance; records will be redelivered", name);
                return false;
            }
        }

        private void apply(ConsumerRecord<String, byte[]> record) throws InterruptedException {
            Envelope envelope;
            try {
                envelope = KafkaWire.fromRecord(record);
            } catch (InvalidEventException e) {
                deadLetters.park(record, name, e.getMessage());
                return;
            }
            ReceivedEvent event;
            try {
                event = verified(record, envelope);
            } catch (SignatureRefusedException e) {
                // Nobody provably sent it, so nobody is told: the letter is for the operator.
                deadLetters.park(record, name, e.getMessage());
                return;
            }
            for (int attempt = 1; ; attempt++) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> {
                        if (processedEvents.markProcessed(name, envelope.id())) {
                            handler.handle(event);
                        }
                    });
                    return;
                } catch (RuntimeException e) {
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
