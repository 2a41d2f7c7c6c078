package org.counterpart.routing.decision;

public enum RoutingOutcome {
    ROUTED,
    UNROUTABLE
}
