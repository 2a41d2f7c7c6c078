package org.counterpart.events.workflow;

/**
 * Every action a user can take on a request, across the kinds of cooperation. Who may take it, on
 * which side, from where and to where is the kind's {@link Workflow}.
 */
public enum RequestAction {
    MARK_READY,
    SUBMIT,
    SEND_BACK,
    TRANSMIT,
    PROVIDE_INFO,
    RESUBMIT,
    WITHDRAW,
    CONFIRM_RECEIPT,
    ACKNOWLEDGE,
    START_ASSESSMENT,
    REQUEST_INFO,
    RETURN_DEFICIENT,
    FORWARD,
    ACCEPT,
    POSTPONE,
    REFUSE,
    START_EXECUTION,
    DELIVER_PARTIAL_RESULTS,
    COMPLETE_EXECUTION;

    /** The action in words, for messages: {@code REQUEST_INFO} is "request info". */
    public String verb() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
