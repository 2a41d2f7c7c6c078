package org.counterpart.routing;

import java.net.URI;

/** The hub as the producer of the messages it writes itself (receipts, notices, clock alerts, lifecycle facts). */
public final class Hub {

    /** CloudEvents {@code source} of every message the hub originates. */
    public static final URI SOURCE = URI.create("/counterpart/routing");

    private Hub() {
    }
}
