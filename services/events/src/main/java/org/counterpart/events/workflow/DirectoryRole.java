package org.counterpart.events.workflow;

/**
 * What a directory entry is in its country (Council of Europe / UNODC directory practice): which kinds
 * of cooperation it receives is each kind's {@link Workflow#receivers()}.
 */
public enum DirectoryRole {
    CENTRAL_AUTHORITY,
    RECEIVING_AUTHORITY,
    EXECUTING_AUTHORITY,
    /** The 24/7 point for urgent requests and provisional arrests. */
    URGENT_24_7,
    /** A police liaison: the specialist trafficking unit or ASEANAPOL desk. */
    LIAISON,
    /** The financial intelligence unit. */
    FIU,
    /** The INTERPOL national central bureau (notices and diffusions). */
    INTERPOL_BUREAU,
    IMMIGRATION,
    /** The prosecution service's own international desk, for prosecutor-to-prosecutor exchange. */
    PROSECUTION_SERVICE,
    /** The authority that receives and decides extradition requests. */
    EXTRADITION_AUTHORITY,
    /** The ministry of foreign affairs, where a country requires extradition by the diplomatic channel. */
    DIPLOMATIC_CHANNEL,
    /** The victim-protection focal point of the regional referral mechanism (social welfare). */
    VICTIM_FOCAL_POINT
}
