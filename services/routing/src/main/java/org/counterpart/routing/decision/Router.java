package org.counterpart.routing.decision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.counterpart.events.AssistanceType;
import org.counterpart.routing.directory.ContactPoint;
import org.counterpart.routing.directory.ContactPointRole;

/**
 * The directory's decision tree, as the EU Judicial Atlas asks it: requested country, then the measure
 * (only what that country's authorities support), then the role formal assistance must go through.
 * Pure: it decides from the candidates it is given and records each step.
 */
public final class Router {

    private Router() {
    }

    /** {@code candidates}: the active directory entries of {@code requestedCountry}. */
    public static RoutingDecision decide(String requestedCountry, AssistanceType measure, List<ContactPoint> candidates) {
        List<String> path = new ArrayList<>();
        if (candidates.isEmpty()) {
            path.add("requested country " + requestedCountry + ": no active contact point");
            return new RoutingDecision(null, path, "No active contact point in the directory for " + requestedCountry);
        }
        path.add("requested country " + requestedCountry + ": " + candidates.size() + " active contact point(s)");

        List<ContactPoint> supporting = candidates.stream().filter(c -> c.supports(measure)).toList();
        if (supporting.isEmpty()) {
            path.add("measure " + measure + ": supported by none of them");
            return new RoutingDecision(null, path, "No contact point of " + requestedCountry + " handles " + measure);
        }
        path.add("measure " + measure + ": supported by " + ids(supporting));

        // Formal MLA goes through the central authority; other roles only when the country names no central authority.
        ContactPoint chosen = supporting.stream()
                .min(Comparator.comparing((ContactPoint c) -> c.role != ContactPointRole.CENTRAL_AUTHORITY)
                        .thenComparing(c -> c.id))
                .orElseThrow();
        path.add("formal request: " + chosen.role + " " + chosen.id + " (" + chosen.authority + ")");
        return new RoutingDecision(chosen, path, null);
    }

    private static String ids(List<ContactPoint> points) {
        return String.join(", ", points.stream().map(p -> p.id).toList());
    }
}
