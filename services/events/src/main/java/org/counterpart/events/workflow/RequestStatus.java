package org.counterpart.events.workflow;

/**
 * Every business status a request can stand in, the same on both sides of the conversation (domain
 * brief, layer 3). Which of them a kind of cooperation uses, and how a request moves between them, is
 * that kind's {@link Workflow}.
 */
public enum RequestStatus {
    DRAFT,
    /** Complete for every measure asked for; the prosecutor may submit it. */
    READY,
    SUBMITTED,
    TRANSMITTED,
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
