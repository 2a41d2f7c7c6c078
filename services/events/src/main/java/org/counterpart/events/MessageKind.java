package org.counterpart.events;

/** What a thread message is for. */
public enum MessageKind {
    MESSAGE,
    /** The requester asks where the request stands; the requested side owes an answer. */
    STATUS_ENQUIRY,
    ENQUIRY_ANSWER
}
