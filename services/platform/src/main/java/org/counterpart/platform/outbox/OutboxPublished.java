package org.counterpart.platform.outbox;

/**
 * Fired for each message the broker acknowledged, inside the transaction that marks it published.
 * Observers may enqueue follow-up messages (the hub's delivery receipts): they commit with the mark,
 * so a follow-up exists exactly when the message is known to be on its topic. The row itself is deleted
 * after a retention ({@link PublishedRowsPurge}): whoever needs the publish time later keeps it.
 */
public record OutboxPublished(String eventId, String topic, java.time.Instant publishedAt) {
}
