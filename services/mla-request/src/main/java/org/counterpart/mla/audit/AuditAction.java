package org.counterpart.mla.audit;

/** What someone did with case data; each audited endpoint names one. */
public enum AuditAction {
    LIST,
    VIEW,
    CREATE,
    EDIT,
    ACT,
    MESSAGE,
    UPLOAD,
    DOWNLOAD,
    ASSIGN,
    EXPORT,
    /** Destroyed at the end of its retention period: the tombstone of what was there. */
    DESTROY
}
