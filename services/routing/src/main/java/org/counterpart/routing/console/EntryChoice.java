package org.counterpart.routing.console;

/** What the regional desk chose for an unroutable request, kept when the form comes back with errors. */
public record EntryChoice(String contactPointId, String reason) {

    public static final EntryChoice NONE = new EntryChoice("", "");
}
