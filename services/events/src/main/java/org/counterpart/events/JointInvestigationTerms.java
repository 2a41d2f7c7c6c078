package org.counterpart.events;

import java.time.LocalDate;
import java.util.List;

/**
 * The agreement a joint investigation proposes (UNTOC art. 19): the participating agencies, its scope, how
 * evidence is shared, its end date and the lead state's own members. Its legal basis is the request's.
 */
public record JointInvestigationTerms(
        List<String> participatingAgencies,
        String scope,
        String evidenceSharingRules,
        LocalDate endDate,
        List<TeamMember> members) {
}
