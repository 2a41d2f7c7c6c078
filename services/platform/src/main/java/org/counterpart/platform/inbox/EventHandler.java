package org.counterpart.platform.inbox;

import org.counterpart.events.Envelope;

/** Applies one event. Runs inside a transaction that also records the event as processed. */
@FunctionalInterface
public interface EventHandler {
    void handle(Envelope envelope);
}
