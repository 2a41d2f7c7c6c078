package org.counterpart.routing.decision;

import java.util.List;
import org.counterpart.routing.directory.ContactPoint;

/**
 * Where a request goes and the path of questions that led there; {@code contactPoint} is null when no
 * entry fits, and {@code reason} then says why in words a central authority can act on.
 */
public record RoutingDecision(ContactPoint contactPoint, List<String> path, String reason) {

    public boolean routed() {
        return contactPoint != null;
    }
}
