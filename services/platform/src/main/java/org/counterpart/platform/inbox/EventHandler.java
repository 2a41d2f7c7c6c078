package org.counterpart.platform.inbox;

/**
 * Applies one event a consumer received, after its signature was checked. Runs inside a transaction
 * that also records the event as processed. The event's topic tells the hub which country wrote the
 * record, and its signer who wrote the message, whatever the envelope claims.
 */
@FunctionalInterface
public interface EventHandler {
    void handle(ReceivedEvent event);

    /**
     * Called in a transaction of its own after a signed event was dead-lettered, so the handler can tell
     * its signer (a transport receipt) instead of leaving it waiting. {@code reason} is fit to cross a border.
     */
    default void rejected(ReceivedEvent event, String reason) {
    }
}
