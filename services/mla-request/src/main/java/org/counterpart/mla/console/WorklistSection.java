package org.counterpart.mla.console;

/** The sections of the worklist, in the order they are shown. */
public enum WorklistSection {
    DRAFTS, TO_ACKNOWLEDGE, AWAITING_ACTION, CLOCKS_ALERTING, CONFIRMATIONS_OWED, UNREAD_MESSAGES;

    /**
     * Whether the section lists the soonest due first: the written confirmations owed, by the date each
     * is due. The others list the newest first.
     */
    public boolean dueFirst() {
        return this == CONFIRMATIONS_OWED;
    }
}
