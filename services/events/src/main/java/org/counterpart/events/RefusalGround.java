package org.counterpart.events;

/** Grounds for refusing assistance (ASEAN MLA treaty; codes to be confirmed against the treaty text). */
public enum RefusalGround {
    POLITICAL_OFFENCE,
    MILITARY_OFFENCE,
    DISCRIMINATORY_PROSECUTION,
    DOUBLE_JEOPARDY,
    NO_DUAL_CRIMINALITY,
    SOVEREIGNTY_SECURITY_PUBLIC_ORDER,
    NO_RECIPROCITY_UNDERTAKING,
    NO_USE_LIMITATION_UNDERTAKING,
    OTHER
}
