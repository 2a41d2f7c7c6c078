package org.counterpart.mla.request;

import org.counterpart.events.RequestContent.HandlingLevel;

/**
 * Need to know inside a country: what a person may learn of one of its requests. The central authority
 * handles every request of its country; whoever acts on the requested side of a kind (an agency officer
 * for informal exchanges, the victim focal point for victim notices) handles the incoming requests of
 * that kind; anyone else works on the requests they drafted or were assigned, and only knows that the
 * country's other outgoing requests exist, unless a request is {@code VICTIM_SAFETY_CRITICAL}: then
 * nobody else learns even that. An informal exchange is handled by the agency it is addressed to, not
 * by every agency officer of the country (an FIU's disclosure is not the police's to read).
 */
public enum CaseAccess {
    /** Not even that it exists (answered as if it did not). */
    NONE,
    /** That it exists: reference, status, counterpart, dates; never its content. */
    EXISTENCE,
    /** Everything, and working on it as the role allows. */
    CONTENT;

    /**
     * @param centralAuthority whether the person speaks for the country's central authority
     * @param ownsOrAssigned whether they drafted the request or were assigned to it
     * @param receivesItsKind whether they hold a role that acts on the requested side of the request's kind
     *        (and, for an informal exchange, belong to the agency it is addressed to)
     */
    public static CaseAccess of(Direction direction, HandlingLevel handling, boolean centralAuthority,
            boolean ownsOrAssigned, boolean receivesItsKind) {
        if (centralAuthority || ownsOrAssigned || (direction == Direction.INCOMING && receivesItsKind)) {
            return CONTENT;
        }
        if (direction == Direction.OUTGOING && handling != HandlingLevel.VICTIM_SAFETY_CRITICAL) {
            return EXISTENCE;
        }
        return NONE;
    }
}
