package org.counterpart.events.workflow;

/** A field an action's body must carry, by its name in the API. */
public enum ActionField {
    NOTE("note"),
    /** The requested authority's own reference for the request. */
    COUNTERPART_REFERENCE("counterpartReference"),
    /** A future date, e.g. how long a postponement lasts. */
    UNTIL("until"),
    /** At least one coded ground. */
    REFUSAL_GROUNDS("refusalGrounds"),
    /** Who joins or leaves a joint investigation team. */
    MEMBERS("members"),
    /** When and where a person is surrendered, and by when they must be collected. */
    SURRENDER("surrender"),
    /** Whether the recognising state applies non-punishment to the victim. */
    NON_PUNISHMENT("nonPunishment");

    private final String field;

    ActionField(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }
}
