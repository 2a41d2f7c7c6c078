package org.counterpart.events.workflow;

/**
 * A channel of cooperation between two countries (domain brief, "Channels"), informal first and formal
 * after. Each has its own workflow in {@link Workflows}: its actors, content rules, clocks and grounds.
 */
public enum CooperationKind {
    /** One agency asks its counterpart agency for information (police, FIU, immigration, INTERPOL, prosecutors). */
    INFORMAL_REQUEST(true),
    /** One agency shares information unasked, on conditions of use the receiver accepts or declines. */
    SPONTANEOUS_INFORMATION(true),
    /** Formal mutual legal assistance between central authorities (ASEAN MLAT 2004, UNTOC art. 18). */
    MLA(false),
    /** Provisional arrest and extradition of a person (bilateral treaties, UNTOC art. 16). */
    EXTRADITION(false),
    /** A joint or parallel investigation by agreement (UNTOC art. 19). */
    JOINT_INVESTIGATION(false),
    /** One state takes over a prosecution from another (UNTOC art. 21). */
    TRANSFER_OF_PROCEEDINGS(false),
    /** A victim identified in one state, recognised, verified and returned by the other (ACTIP arts. 14-15). */
    VICTIM_COOPERATION(false);

    private final boolean agencyToAgency;

    CooperationKind(boolean agencyToAgency) {
        this.agencyToAgency = agencyToAgency;
    }

    /**
     * Informal: agency to agency, for a stated purpose, without coercive measures; what it yields is not
     * evidence unless the sender says so, so a formal request may later have to ask for it again.
     */
    public boolean agencyToAgency() {
        return agencyToAgency;
    }
}
