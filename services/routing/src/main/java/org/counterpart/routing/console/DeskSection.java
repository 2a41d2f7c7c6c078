package org.counterpart.routing.console;

import io.quarkus.qute.TemplateEnum;

/** What the regional console counts for the person signed in, each linked to where it is dealt with. */
@TemplateEnum
public enum DeskSection {
    /** Requests the directory could not place, waiting for the regional desk. */
    UNROUTABLE,
    /** Messages no consumer could apply, waiting for the operator. */
    DEAD_LETTERS,
    /** The correspondent's own country's entries. */
    OWN_ENTRIES,
    /** Entries not confirmed for longer than the network allows. */
    STALE_ENTRIES
}
