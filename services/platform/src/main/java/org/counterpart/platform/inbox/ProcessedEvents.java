package org.counterpart.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Remembers which events each consumer has applied, so a redelivered event has no second effect. */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager entityManager;

    ProcessedEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records the event as processed by {@code consumer}; false when it already was. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markProcessed(String consumer, String eventId) {
        return entityManager.createNativeQuery(
                "insert into processed_event (consumer, event_id) values (:consumer, :eventId) on conflict do nothing")
                .setParameter("consumer", consumer)
                .setParameter("eventId", eventId)
                .executeUpdate() == 1;
    }

    /** Forgets every event {@code consumer} applied: it is about to apply them all again, from offset zero. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(String consumer) {
        entityManager.createNativeQuery("delete from processed_event where consumer = :consumer")
                .setParameter("consumer", consumer)
                .executeUpdate();
    }
}
