package org.counterpart.events;

import org.counterpart.events.workflow.DirectoryRole;

/** The agencies that exchange information informally, each received by its own kind of directory entry. */
public enum Agency {
    POLICE(DirectoryRole.LIAISON),
    FIU(DirectoryRole.FIU),
    IMMIGRATION(DirectoryRole.IMMIGRATION),
    INTERPOL(DirectoryRole.INTERPOL_BUREAU),
    PROSECUTION(DirectoryRole.PROSECUTION_SERVICE);

    private final DirectoryRole receivedBy;

    Agency(DirectoryRole receivedBy) {
        this.receivedBy = receivedBy;
    }

    /** The directory entry that receives an exchange addressed to this agency. */
    public DirectoryRole receivedBy() {
        return receivedBy;
    }
}
