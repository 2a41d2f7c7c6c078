package org.counterpart.events;

import java.time.LocalDate;

/**
 * The victim record of a notice (ACTIP arts. 14-15): the frontline screening outcome, the victim's consent
 * to the other state being told (or their objection), who identified them and when, and the proceedings
 * that still need them, around which their return is timed. The victim is a {@code VICTIM} in the
 * content's persons, with the nationality they claim.
 */
public record VictimTerms(
        ScreeningOutcome screening,
        Consent consent,
        String identifyingAgency,
        LocalDate identifiedOn,
        String proceedingsNeedingVictim) {

    /** The RSO-UNHCR screening and referral toolkit's outcomes. */
    public enum ScreeningOutcome {
        TRAFFICKING_VICTIM, REFUGEE_OR_ASYLUM_SEEKER, UNACCOMPANIED_CHILD, IRREGULAR_MIGRANT
    }

    public enum Consent {
        CONSENTED, OBJECTED
    }
}
