package org.counterpart.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import org.counterpart.events.Envelope;
import org.counterpart.events.EventCodec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.counterpart.platform.inbox.ReceivedEvent;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.signing.OwnKeys;

/**
 * Where services put the events their state changes produce. Must be called inside the transaction of
 * that state change: both commit or neither does, so an accepted change is never left unannounced.
 */
@ApplicationScoped
public class Outbox {

    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final OwnKeys keys;
    private final int maxEventBytes;
    private final InstantSource clock;

    Outbox(TransactionSynchronizationRegistry transactions, OutboxRelay relay, OwnKeys keys,
            @ConfigProperty(name = "counterpart.outbox.max-event-bytes") int maxEventBytes, InstantSource clock) {
        this.transactions = transactions;
        this.relay = relay;
        this.keys = keys;
        this.maxEventBytes = maxEventBytes;
        this.clock = clock;
    }

    /**
     * A message this service writes, signed with its own key. One the broker would refuse is refused
     * here, a 413 that rolls the whole change back, rather than a row no relay could ever publish.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String topic, Envelope envelope) {
        byte[] content = EventCodec.serialize(envelope);
        if (content.length > maxEventBytes) {
            throw ProblemException.tooLarge("content", maxEventBytes, "the exchange (one " + envelope.type() + " event)");
        }
        store(topic, envelope, content, keys.sign(content), null);
    }

    /**
     * Another service's message passed on unchanged: the same bytes under the same signature, so the
     * recipient can check who wrote it; {@code contactPoint} says where the hub delivers it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void relay(String topic, ReceivedEvent original, String contactPoint) {
        store(topic, original.envelope(), original.content(), original.signature(), contactPoint);
    }

    private void store(String topic, Envelope envelope, byte[] content, String signature, String contactPoint) {
        OutboxMessage message = new OutboxMessage();
        message.eventId = envelope.id();
        message.topic = topic;
        message.messageKey = envelope.requestId().toString();
        message.payload = new String(content, StandardCharsets.UTF_8);
        message.signature = signature;
        message.contactPoint = contactPoint;
        message.createdAt = clock.instant();
        message.persist();
        transactions.registerInterposedSynchronization(new WakeRelayOnCommit(relay));
    }

    /** Publishing right after commit keeps latency low; the relay's polling covers crashes in between. */
    private record WakeRelayOnCommit(OutboxRelay relay) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wakeUp();
            }
        }
    }
}
