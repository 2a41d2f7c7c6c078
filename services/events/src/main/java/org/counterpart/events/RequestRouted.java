package org.counterpart.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The regional desk assigned an unroutable request to a contact point, with its reason; the hub has
 * delivered it. Tells the requester that the request is on its way after all.
 */
public record RequestRouted(
        UUID requestId,
        Country requestingCountry,
        Country requestedCountry,
        String contactPointId,
        String authority,
        String reason,
        Instant decidedAt) implements RequestEvent {
}
