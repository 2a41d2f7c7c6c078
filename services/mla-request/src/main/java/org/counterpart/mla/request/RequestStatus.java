package org.counterpart.mla.request;

/** Business status of a request, the same on both sides of the conversation. */
public enum RequestStatus {
    DRAFT,
    SUBMITTED,
    TRANSMITTED,
    ACKNOWLEDGED
}
