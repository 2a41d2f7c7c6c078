package org.counterpart.mla.audit;

/** How an access ended, from the HTTP status the caller was given. */
public enum AuditOutcome {
    /** Done (2xx, 3xx). */
    SUCCEEDED,
    /** Not allowed, or nothing the caller may see (401, 403, 404). */
    REFUSED,
    /** Refused as invalid (any other 4xx). */
    REJECTED,
    /** The service failed (5xx). */
    FAILED;

    public static AuditOutcome of(int status) {
        if (status >= 500) {
            return FAILED;
        }
        if (status == 401 || status == 403 || status == 404) {
            return REFUSED;
        }
        return status >= 400 ? REJECTED : SUCCEEDED;
    }
}
