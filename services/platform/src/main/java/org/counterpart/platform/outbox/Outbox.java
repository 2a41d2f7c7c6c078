package org.counterpart.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.counterpart.events.Envelope;
import org.counterpart.events.EventCodec;

/**
 * Where services put the events their state changes produce. Must be called inside the transaction of
 * that state change: both commit or neither does, so an accepted change is never left unannounced.
 */
@ApplicationScoped
public class Outbox {

    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    Outbox(TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.transactions = transactions;
        this.relay = relay;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String topic, Envelope envelope) {
        OutboxMessage message = new OutboxMessage();
        message.eventId = envelope.id();
        message.topic = topic;
        message.messageKey = envelope.requestId().toString();
        message.payload = new String(EventCodec.serialize(envelope), StandardCharsets.UTF_8);
        message.createdAt = Instant.now();
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
