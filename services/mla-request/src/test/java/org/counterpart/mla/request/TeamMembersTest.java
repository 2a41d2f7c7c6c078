package org.counterpart.mla.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.counterpart.events.TeamMember;
import org.counterpart.network.Countries;
import org.junit.jupiter.api.Test;

/** A joint team's roster: each state seats and takes off only its own members. */
class TeamMembersTest {

    private static final List<TeamSeat> AGREED = List.of(
            new TeamSeat(Countries.TH, "Pol. Col. Somchai", "Royal Thai Police ATPD"),
            new TeamSeat(Countries.MY, "Insp. Aminah", "PDRM D3"));

    @Test
    void aStateTakesOffOnlyItsOwnMembers() {
        List<TeamSeat> after = TeamMembers.apply(AGREED, List.of(new TeamMember("Insp. Aminah", "PDRM D3", false),
                new TeamMember("pol. col. somchai", "Royal Thai Police ATPD", false),
                new TeamMember("Pol. Maj. Nattaya", "Royal Thai Police ATPD", true)), Countries.TH);
        assertEquals(List.of(new TeamSeat(Countries.MY, "Insp. Aminah", "PDRM D3"),
                new TeamSeat(Countries.TH, "Pol. Maj. Nattaya", "Royal Thai Police ATPD")), after);
    }

    @Test
    void joiningTwiceSeatsOnceAndAChangeWithoutANameChangesNothing() {
        List<TeamSeat> after = TeamMembers.apply(AGREED, Arrays.asList(
                new TeamMember("Insp. Aminah", "PDRM D3", null), new TeamMember(" ", "PDRM D3", true), null),
                Countries.MY);
        assertEquals(AGREED, after);
    }
}
