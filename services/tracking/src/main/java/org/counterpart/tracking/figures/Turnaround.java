package org.counterpart.tracking.figures;

/**
 * The clocks of a request the figures time, in hours, each as its SQL expression over
 * {@code request_fact}. From transmission on, the time the requester owed information is subtracted
 * (as it stood when the clock stopped).
 */
public enum Turnaround {
    SUBMITTED_TO_TRANSMITTED("extract(epoch from (transmitted_at - submitted_at)) / 3600.0"),
    TRANSMITTED_TO_ACKNOWLEDGED("extract(epoch from (acknowledged_at - transmitted_at)) / 3600.0"),
    TRANSMITTED_TO_DECIDED("(extract(epoch from (decided_at - transmitted_at)) - decided_paused) / 3600.0"),
    TRANSMITTED_TO_EXECUTED("(extract(epoch from (executed_at - transmitted_at)) - executed_paused) / 3600.0"),
    TRANSMITTED_TO_CLOSED("(extract(epoch from (closed_at - transmitted_at)) - closed_paused) / 3600.0");

    private final String hours;

    Turnaround(String hours) {
        this.hours = hours;
    }

    String hours() {
        return hours;
    }
}
