package org.counterpart.routing.decision;

import java.util.List;
import org.counterpart.routing.directory.ContactPoint;

/**
 * Where a request goes, the path of questions that led there, and what the requester should know
 * (translation, stale entry, signature ...). {@code contactPoint} is null when no entry fits, and
 * {@code reason} then says why in words a central authority can act on.
 */
public record RoutingDecision(ContactPoint contactPoint, List<String> path, String reason, List<String> warnings) {

    static RoutingDecision unroutable(List<String> path, String reason) {
        return new RoutingDecision(null, path, reason, List.of());
    }

    public boolean routed() {
        return contactPoint != null;
    }
}
