package org.counterpart.mla.notice;

/** What a person is told by e-mail: each is something that needs them, never what the request says. */
public enum NoticeKind {
    NEW_INCOMING_REQUEST,
    INFORMATION_REQUESTED,
    MESSAGE_RECEIVED,
    ENQUIRY_RECEIVED,
    CLOCK_WARNING,
    CLOCK_BREACHED,
    REQUEST_RETURNED
}
