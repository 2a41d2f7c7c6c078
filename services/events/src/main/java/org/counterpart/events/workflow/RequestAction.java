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
    COMPLETE_EXECUTION,
    ANSWER,
    DECLINE,
    ACCEPT_CONDITIONS,
    ARREST_PROVISIONALLY,
    SEND_FULL_REQUEST,
    ARRANGE_SURRENDER,
    CONFIRM_SURRENDER,
    RELEASE,
    AGREE,
    CHANGE_MEMBERS,
    CHANGE_LEAD_MEMBERS,
    EXTEND,
    CLOSE,
    REPORT_OUTCOME,
    RECOGNISE,
    VERIFY_NATIONALITY,
    ISSUE_TRAVEL_DOCUMENTS,
    PLAN_RETURN,
    ARRANGE_VIDEO_TESTIMONY,
    CONFIRM_RETURN;

    /**
     * Whether the action sends the request's text again, as it now stands: the corrected request after a
     * return as deficient, or the full extradition request after a provisional arrest. The text travels
     * sealed with the action, and the other side works on it from then on.
     */
    public boolean sendsTheRequest() {
        return this == RESUBMIT || this == SEND_FULL_REQUEST;
    }

    /** The action in words, for messages: {@code REQUEST_INFO} is "request info". */
    public String verb() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
