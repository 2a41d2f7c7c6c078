package org.counterpart.mla.request;

import java.util.ArrayList;
import java.util.List;
import org.counterpart.events.TeamMember;

/** A joint investigation team's roster, as members join and leave. */
final class TeamMembers {

    private TeamMembers() {
    }

    /** The roster after {@code changes}: a member joining is added once, one leaving is removed (by name). */
    static List<TeamMember> apply(List<TeamMember> roster, List<TeamMember> changes) {
        List<TeamMember> after = new ArrayList<>(roster == null ? List.of() : roster);
        for (TeamMember change : changes) {
            after.removeIf(member -> member.name().equalsIgnoreCase(change.name()));
            if (!Boolean.FALSE.equals(change.joining())) {
                after.add(new TeamMember(change.name(), change.agency(), true));
            }
        }
        return List.copyOf(after);
    }
}
