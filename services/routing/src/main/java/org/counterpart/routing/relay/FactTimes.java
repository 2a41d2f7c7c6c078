package org.counterpart.routing.relay;

import java.time.Instant;

/**
 * When tracking counts that something happened, from the time the country that did it states. Each
 * country's service stamps its own messages, and a host's clock can drift by minutes or be set wrong;
 * the region's turnaround figures subtract one country's time from another's, so they would run
 * backwards. The hub bounds each stated time by what it saw itself: a request was transmitted no
 * later than the hub routed it, and nothing of a routed request happened before it was routed or
 * after the hub read the message saying so. Times within those bounds are kept as stated.
 */
final class FactTimes {

    private FactTimes() {
    }

    /** The requester's transmission, no later than the hub's routing of it. */
    static Instant transmitted(Instant stated, Instant routed) {
        return stated.isAfter(routed) ? routed : stated;
    }

    /** A later step of a routed request, between its routing and the hub reading it. */
    static Instant afterRouting(Instant stated, Instant routed, Instant read) {
        if (stated.isAfter(read)) {
            return read;
        }
        return stated.isBefore(routed) ? routed : stated;
    }
}
