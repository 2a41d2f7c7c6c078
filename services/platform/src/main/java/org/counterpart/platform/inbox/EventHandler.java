package org.counterpart.platform.inbox;

import org.counterpart.events.Envelope;

/**
 * Applies one event read from {@code topic}. Runs inside a transaction that also records the event as
 * processed. The topic tells the hub which country wrote the record, whatever the envelope claims.
 */
@FunctionalInterface
public interface EventHandler {
    void handle(Envelope envelope, String topic);

    /**
     * Called in a transaction of its own after a readable event was dead-lettered, so the handler can tell
     * the sender (a transport receipt) instead of leaving it waiting. {@code reason} is fit to cross a border.
     */
    default void rejected(Envelope envelope, String topic, String reason) {
    }
}
