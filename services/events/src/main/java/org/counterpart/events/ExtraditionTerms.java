package org.counterpart.events;

/**
 * What an extradition request says besides the person sought (a {@code SUSPECT} in the content's
 * persons, with where they are) and the law and penalty. A provisional arrest says that a full request
 * will follow, the offence, when and where it was committed and how to recognise the person; the full
 * request adds the warrant or judgment, the limitation period and any assurances the requesting state
 * offers (for example that the death penalty will not be carried out).
 */
public record ExtraditionTerms(
        Boolean provisionalArrest,
        Boolean fullRequestWillFollow,
        String offenceTimeAndPlace,
        String personDescription,
        String warrantOrJudgment,
        String limitation,
        String assurancesOffered) {

    public boolean isProvisionalArrest() {
        return Boolean.TRUE.equals(provisionalArrest);
    }
}
