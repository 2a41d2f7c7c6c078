package org.counterpart.events;

import java.util.List;

/**
 * What goes with an action besides its codes: the officer's note (reasons, conditions, what is missing),
 * the request as it now stands when the action sends it again, the members who join or leave a joint
 * team, the surrender agreed, and whether non-punishment applies to a recognised victim. Sealed for the
 * other country (see {@link RequestActionTaken}).
 */
public record ActionParticulars(String note, RequestRevision revision, List<TeamMember> members, Surrender surrender,
        Boolean nonPunishment) {

    public static final ActionParticulars NONE = new ActionParticulars(null, null, null, null, null);
}
