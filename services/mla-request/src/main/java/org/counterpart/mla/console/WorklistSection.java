package org.counterpart.mla.console;

/** The sections of the worklist, in the order they are shown. */
public enum WorklistSection {
    DRAFTS, TO_ACKNOWLEDGE, AWAITING_ACTION, CLOCKS_ALERTING, CONFIRMATIONS_OWED, UNREAD_MESSAGES
}
