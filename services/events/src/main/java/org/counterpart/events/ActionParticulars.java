package org.counterpart.events;

/**
 * The words that go with an action: the officer's note (reasons, conditions, what is missing) and, for
 * a resubmission, the corrected request. Sealed for the other country (see {@link RequestActionTaken}).
 */
public record ActionParticulars(String note, RequestRevision revision) {
}
