package org.counterpart.events.workflow;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.counterpart.events.ClockAlert.Clock;

/**
 * When one of a kind's clocks runs, by the statuses the request reaches: it starts (or runs again, from
 * the start if it had stopped, from where it paused if it had paused), pauses and stops. Any final status
 * stops every clock. The hub keeps the clocks; their targets are configuration.
 */
public record ClockRule(Clock clock, Set<RequestStatus> startsAt, Set<RequestStatus> pausesAt,
        Set<RequestStatus> stopsAt) {

    public ClockRule {
        startsAt = ordered(startsAt);
        pausesAt = ordered(pausesAt);
        stopsAt = ordered(stopsAt);
    }

    private static Set<RequestStatus> ordered(Set<RequestStatus> statuses) {
        EnumSet<RequestStatus> copy = EnumSet.noneOf(RequestStatus.class);
        copy.addAll(statuses);
        return Collections.unmodifiableSet(copy);
    }
}
