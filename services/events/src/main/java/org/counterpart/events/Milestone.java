package org.counterpart.events;

/** The lifecycle facts tracking builds turnaround figures from: the hub's routing facts and every business status. */
public enum Milestone {
    TRANSMITTED,
    ROUTED,
    UNROUTABLE,
    ACKNOWLEDGED,
    UNDER_ASSESSMENT,
    INFO_REQUESTED,
    INFO_PROVIDED,
    RETURNED_DEFICIENT,
    FORWARDED,
    ACCEPTED,
    POSTPONED,
    REFUSED,
    IN_EXECUTION,
    PARTIALLY_EXECUTED,
    EXECUTED,
    CLOSED,
    WITHDRAWN
}
