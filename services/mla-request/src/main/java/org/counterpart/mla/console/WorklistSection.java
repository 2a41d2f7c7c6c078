package org.counterpart.mla.console;

/** The sections of the worklist, in the order they are shown. */
public enum WorklistSection {
    DRAFTS, TO_ACKNOWLEDGE, AWAITING_ACTION, CLOCKS_ALERTING,
    /** Ordered by the date the written confirmation is due, the most pressing first. */
    CONFIRMATIONS_OWED(true),
    UNREAD_MESSAGES;

    private final boolean dueFirst;

    WorklistSection() {
        this(false);
    }

    WorklistSection(boolean dueFirst) {
        this.dueFirst = dueFirst;
    }

    /** Whether the section lists the soonest due first; the others list the newest first. */
    public boolean dueFirst() {
        return dueFirst;
    }
}
