package org.counterpart.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.counterpart.events.KafkaWire;
import org.counterpart.platform.kafka.KafkaClients;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka and marks them published only after the broker acknowledged
 * them (acks=all). A crash in between republishes the rows: delivery is at least once, and consumers
 * de-duplicate on the event id, so the effect is exactly once. Several instances share the table (a
 * rolling update): one publishes at a time, under a transaction-scoped advisory lock, so two relays never
 * interleave one request's messages out of order. What the broker refuses is {@link HeldBack held back}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BROKER_WAIT_SECONDS = 30;
    // Above the worst broker wait, so a slow broker cannot make the commit fail after it acknowledged.
    private static final int TRANSACTION_TIMEOUT_SECONDS = 120;
    /** The advisory lock of a publishing round, one per database ("outbox" in ASCII). */
    private static final long PUBLISHING = 0x6f7574626f78L;

    private final EntityManager entityManager;
    private final KafkaClients kafka;
    private final Event<OutboxPublished> published;
    private final Duration pollInterval;
    private final int batchSize;
    private final boolean purgePublished;
    private final Semaphore wakeUps = new Semaphore(0);
    private final HeldBack heldBack;
    private final TopicsOnBroker topicsOnBroker;
    private final InstantSource clock;
    private volatile Instant lastRound;
    private volatile boolean running;
    private Thread worker;

    OutboxRelay(EntityManager entityManager, KafkaClients kafka, Event<OutboxPublished> published, InstantSource clock,
            @ConfigProperty(name = "counterpart.outbox.poll-interval", defaultValue = "500ms") Duration pollInterval,
            @ConfigProperty(name = "counterpart.outbox.batch-size", defaultValue = "200") int batchSize,
            @ConfigProperty(name = "counterpart.outbox.purge-published", defaultValue = "false") boolean purgePublished) {
        this.entityManager = entityManager;
        this.kafka = kafka;
        this.published = published;
        this.pollInterval = pollInterval;
        this.batchSize = batchSize;
        this.purgePublished = purgePublished;
        this.clock = clock;
        this.heldBack = new HeldBack(pollInterval);
        this.topicsOnBroker = new TopicsOnBroker(kafka::admin);
    }

    void start(@Observes StartupEvent event) {
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        wakeUp();
        worker.join(Duration.ofSeconds(15).toMillis());
    }

    /** Whether the worker runs, or was stopped on purpose; one that died of an {@link Error} publishes nothing. */
    public boolean alive() {
        return !running || worker != null && worker.isAlive();
    }

    /** When the relay last finished a round, published or not; null before its first. */
    public Instant lastRound() {
        return lastRound;
    }

    /** What the broker refused and is held back now ("topic T", "request K"), each with why and since when. */
    public Map<String, String> heldBack() {
        return heldBack.described();
    }

    public void wakeUp() {
        wakeUps.release();
    }

    private void run() {
        while (running) {
            try {
                wakeUps.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                while (running && publishBatch() == batchSize) {
                    // a full batch means more may be waiting
                }
                lastRound = clock.instant();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Error e) {
                LOG.error("outbox relay died; liveness reports it", e);
                throw e;
            } catch (RuntimeException e) {
                LOG.warnf(e, "outbox relay could not publish; the rows stay and are retried in %s", pollInterval);
            }
        }
    }

    /**
     * Publishes up to one batch; returns how many rows it published (0 while another instance publishes).
     * A row the broker refuses stays unpublished and so do later rows with the same key, so one request's
     * messages keep their order; other requests' rows are not held up by it.
     */
    public int publishBatch() {
        return QuarkusTransaction.requiringNew().timeout(TRANSACTION_TIMEOUT_SECONDS).call(() -> {
            boolean ours = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                    .setParameter("lock", PUBLISHING).getSingleResult();
            if (!ours) {
                return 0;
            }
            Instant started = clock.instant();
            @SuppressWarnings("unchecked")
            List<OutboxMessage> batch = entityManager.createNativeQuery(
                    "select * from outbox_message where published_at is null and topic not in (:topics)"
                            + " and message_key not in (:keys) order by id limit :limit",
                    OutboxMessage.class)
                    .setParameter("topics", heldBack.topicsAt(started))
                    .setParameter("keys", heldBack.keysAt(started))
                    .setParameter("limit", batchSize)
                    .getResultList();
            Set<String> missing = topicsOnBroker.missing(batch.stream().map(message -> message.topic).toList());
            List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(batch.size());
            for (OutboxMessage message : batch) {
                acknowledgements.add(missing.contains(message.topic)
                        ? CompletableFuture.failedFuture(new UnknownTopicOrPartitionException(
                                "the broker has no topic " + message.topic))
                        : send(message));
            }
            Instant now = clock.instant();
            Set<String> refusedKeys = new HashSet<>();
            int published = 0;
            for (int i = 0; i < batch.size(); i++) {
                OutboxMessage message = batch.get(i);
                if (acknowledgedByBroker(acknowledgements.get(i), message, now) && !refusedKeys.contains(message.messageKey)) {
                    heldBack.published(message);
                    message.publishedAt = now;
                    if (purgePublished) {
                        // The hub only carries messages: nothing it relayed is kept beyond the broker's acknowledgement.
                        message.purgeContent(now);
                    }
                    this.published.fire(new OutboxPublished(message.eventId, message.topic, now));
                    published++;
                } else {
                    refusedKeys.add(message.messageKey);
                }
            }
            return published;
        });
    }

    private void refused(OutboxMessage message, Throwable failure, Instant now) {
        topicsOnBroker.forget(message.topic);
        heldBack.refused(message, failure, now);
    }

    /** The broker's answer to the row; a row that cannot even be sent fails alone, not the whole round. */
    private Future<RecordMetadata> send(OutboxMessage message) {
        try {
            return kafka.producer().send(KafkaWire.toRecord(message.topic, message.messageKey,
                    message.payload.getBytes(StandardCharsets.UTF_8), message.signature, message.contactPoint));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private boolean acknowledgedByBroker(Future<RecordMetadata> acknowledgement, OutboxMessage message, Instant now) {
        try {
            acknowledgement.get(BROKER_WAIT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            refused(message, e.getCause() == null ? e : e.getCause(), now);
            return false;
        } catch (TimeoutException e) {
            refused(message, e, now);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        }
    }
}
