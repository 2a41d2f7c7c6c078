package org.counterpart.mla.request;

import java.util.EnumSet;
import java.util.Set;

/** Business status of a request, the same on both sides of the conversation (domain brief, layer 3). */
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
    WITHDRAWN;

    /** Where a request's story has ended; nothing can happen to it any more. */
    public static final Set<RequestStatus> FINAL = EnumSet.of(REFUSED, CLOSED, WITHDRAWN);

    /** Every status a requester may still withdraw from. */
    public static Set<RequestStatus> open() {
        Set<RequestStatus> open = EnumSet.complementOf(EnumSet.copyOf(FINAL));
        open.remove(EXECUTED);
        return open;
    }
}
