package org.counterpart.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * The actions one country's copy of a request passes to the other, which side may take each, and the
 * status it leads to. The hub holds every request.action-taken to this, so a country cannot report a
 * status its action does not lead to, nor act for the other side.
 */
public enum SharedAction {
    PROVIDE_INFO(true, Milestone.INFO_PROVIDED),
    RESUBMIT(true, Milestone.TRANSMITTED),
    WITHDRAW(true, Milestone.WITHDRAWN),
    CONFIRM_RECEIPT(true, Milestone.CLOSED),
    START_ASSESSMENT(false, Milestone.UNDER_ASSESSMENT),
    REQUEST_INFO(false, Milestone.INFO_REQUESTED),
    RETURN_DEFICIENT(false, Milestone.RETURNED_DEFICIENT),
    FORWARD(false, Milestone.FORWARDED),
    ACCEPT(false, Milestone.ACCEPTED),
    POSTPONE(false, Milestone.POSTPONED),
    REFUSE(false, Milestone.REFUSED),
    START_EXECUTION(false, Milestone.IN_EXECUTION),
    DELIVER_PARTIAL_RESULTS(false, Milestone.PARTIALLY_EXECUTED),
    COMPLETE_EXECUTION(false, Milestone.EXECUTED);

    private final boolean byRequester;
    private final Milestone leadsTo;

    SharedAction(boolean byRequester, Milestone leadsTo) {
        this.byRequester = byRequester;
        this.leadsTo = leadsTo;
    }

    /** Whether the requesting country takes it (otherwise the requested country does). */
    public boolean byRequester() {
        return byRequester;
    }

    public Milestone leadsTo() {
        return leadsTo;
    }

    public static Optional<SharedAction> named(String name) {
        return Arrays.stream(values()).filter(a -> a.name().equals(name)).findFirst();
    }
}
