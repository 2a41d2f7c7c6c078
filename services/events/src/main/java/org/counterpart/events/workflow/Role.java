package org.counterpart.events.workflow;

/** The people a workflow lets act, by the realm role their signed token carries. */
public enum Role {
    PROSECUTOR(Claims.PROSECUTOR),
    CENTRAL_AUTHORITY(Claims.CENTRAL_AUTHORITY);

    /** The realm role names as constants, because {@code @RolesAllowed} takes only constants. */
    public static final class Claims {
        public static final String PROSECUTOR = "prosecutor";
        public static final String CENTRAL_AUTHORITY = "central-authority";

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
