package org.counterpart.mla.request;

import java.util.ArrayList;
import java.util.List;
import org.counterpart.events.Country;
import org.counterpart.events.TeamMember;

/** A joint investigation team's roster, as each state's members join and leave. */
final class TeamMembers {

    private TeamMembers() {
    }

    /**
     * The roster after {@code state} reported {@code changes}: its member joining is seated once, one
     * leaving is removed (by name, among that state's own); a change without a name changes nothing.
     */
    static List<TeamSeat> apply(List<TeamSeat> roster, List<TeamMember> changes, Country state) {
        List<TeamSeat> after = new ArrayList<>(roster);
        for (TeamMember change : changes) {
            if (change == null || change.name() == null || change.name().isBlank()) {
                continue;
            }
            after.removeIf(seat -> seat.state().equals(state) && seat.name().equalsIgnoreCase(change.name()));
            if (!Boolean.FALSE.equals(change.joining())) {
                after.add(new TeamSeat(state, change.name(), change.agency()));
            }
        }
        return List.copyOf(after);
    }
}
