package org.counterpart.events.workflow;

/** The two parties to a request: the country that asks and the country that is asked. */
public enum Side {
    REQUESTING,
    REQUESTED
}
