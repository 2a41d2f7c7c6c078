package org.counterpart.tracking.turnaround;

import org.counterpart.events.Country;

/**
 * Time to acknowledge for one country pair, and how many requests the counterpart had to forward (misroutes). Hours are null while nothing was acknowledged. Derived from
 * events, so "requests made" by one country and "received" by the other always reconcile.
 */
public record PairTurnaround(
        Country requestingCountry,
        Country requestedCountry,
        long transmitted,
        long acknowledged,
        long awaitingAcknowledgement,
        long unroutable,
        Double averageHoursToAcknowledge,
        Double medianHoursToAcknowledge,
        Double maxHoursToAcknowledge,
        long acknowledgedWithinTarget,
        double targetHours,
        long misrouted) {
}
