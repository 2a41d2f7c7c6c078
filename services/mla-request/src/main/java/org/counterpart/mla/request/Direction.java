package org.counterpart.mla.request;

/** Whether this country is asking (OUTGOING) or being asked (INCOMING). */
public enum Direction {
    OUTGOING,
    INCOMING
}
