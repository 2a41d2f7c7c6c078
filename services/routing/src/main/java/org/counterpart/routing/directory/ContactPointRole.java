package org.counterpart.routing.directory;

/** Roles of a directory entry (Council of Europe / UNODC directory practice). */
public enum ContactPointRole {
    CENTRAL_AUTHORITY,
    RECEIVING_AUTHORITY,
    EXECUTING_AUTHORITY,
    URGENT_24_7,
    LIAISON
}
