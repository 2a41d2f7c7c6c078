package org.counterpart.events.figures;

/**
 * The clocks of a request the region's figures time. From transmission on, the time the requester owed
 * information (asked for more, or returned as deficient) is subtracted, as it stood when the clock stopped.
 */
public enum Turnaround {
    SUBMITTED_TO_TRANSMITTED,
    TRANSMITTED_TO_ACKNOWLEDGED,
    TRANSMITTED_TO_DECIDED,
    TRANSMITTED_TO_EXECUTED,
    TRANSMITTED_TO_CLOSED
}
