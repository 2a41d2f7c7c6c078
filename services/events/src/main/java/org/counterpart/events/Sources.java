package org.counterpart.events;

import java.net.URI;

/** CloudEvents {@code source} of each producer on the network. */
public final class Sources {

    /** Every message the hub originates (receipts, notices, clock alerts, lifecycle facts). */
    public static final URI HUB = URI.create("/counterpart/routing");

    private Sources() {
    }

    /** Country {@code country}'s mla-request service. */
    public static URI country(Country country) {
        return URI.create("/counterpart/mla-request/" + country.code());
    }
}
