package org.counterpart.events;

/**
 * Grounds for refusing a request (ASEAN MLA treaty, extradition treaties, UNTOC arts. 16 and 21; codes to
 * be confirmed against the texts). Which a kind may cite is its {@code Workflow#refusalGrounds()}.
 */
public enum RefusalGround {
    POLITICAL_OFFENCE,
    MILITARY_OFFENCE,
    DISCRIMINATORY_PROSECUTION,
    DOUBLE_JEOPARDY,
    NO_DUAL_CRIMINALITY,
    SOVEREIGNTY_SECURITY_PUBLIC_ORDER,
    NO_RECIPROCITY_UNDERTAKING,
    NO_USE_LIMITATION_UNDERTAKING,
    /** The person sought is a national of the requested state, which does not surrender its nationals. */
    NATIONALITY,
    /** The offence carries the death penalty and no sufficient assurance was given that it will not be carried out. */
    DEATH_PENALTY_WITHOUT_ASSURANCES,
    /** The person would face persecution or an unfair trial. */
    PERSECUTION_OR_UNFAIR_TRIAL,
    /** Prosecution or punishment is barred by lapse of time. */
    LAPSE_OF_TIME,
    /** The requested state has no jurisdiction to take the proceedings over. */
    NO_JURISDICTION,
    OTHER
}
