package org.counterpart.events.workflow;

/**
 * A channel of cooperation between two countries (domain brief, "Channels"). Each has its own workflow
 * in {@link Workflows}; a kind appears here once its workflow, content and routing exist end to end.
 */
public enum CooperationKind {
    /** Formal mutual legal assistance between central authorities (ASEAN MLAT 2004, UNTOC art. 18). */
    MLA
}
