package org.counterpart.events.workflow;

/** A field an action's body must carry, by its name in the API. */
public enum ActionField {
    NOTE("note"),
    /** The requested authority's own reference for the request. */
    COUNTERPART_REFERENCE("counterpartReference"),
    /** A future date, e.g. how long a postponement lasts. */
    UNTIL("until"),
    /** At least one coded ground. */
    REFUSAL_GROUNDS("refusalGrounds");

    private final String field;

    ActionField(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }
}
