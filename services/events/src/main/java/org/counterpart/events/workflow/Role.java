package org.counterpart.events.workflow;

/** The people a workflow lets act, by the realm role their signed token carries. */
public enum Role {
    PROSECUTOR(Claims.PROSECUTOR),
    CENTRAL_AUTHORITY(Claims.CENTRAL_AUTHORITY),
    /** An officer of an agency that exchanges informally: police liaison, FIU, immigration, INTERPOL bureau. */
    AGENCY_OFFICER(Claims.AGENCY_OFFICER),
    /** The victim-protection focal point of the regional referral mechanism. */
    VICTIM_FOCAL_POINT(Claims.VICTIM_FOCAL_POINT);

    /** The realm role names as constants, because {@code @RolesAllowed} takes only constants. */
    public static final class Claims {
        public static final String PROSECUTOR = "prosecutor";
        public static final String CENTRAL_AUTHORITY = "central-authority";
        public static final String AGENCY_OFFICER = "agency-officer";
        public static final String VICTIM_FOCAL_POINT = "victim-focal-point";

        private Claims() {
        }
    }

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    /** The role's name in the token's {@code roles} claim. */
    public String claim() {
        return claim;
    }
}
