package org.counterpart.events;

/** The lifecycle facts tracking builds turnaround figures from. */
public enum Milestone {
    TRANSMITTED,
    ROUTED,
    UNROUTABLE,
    ACKNOWLEDGED
}
