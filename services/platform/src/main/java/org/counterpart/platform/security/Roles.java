package org.counterpart.platform.security;

/** Realm roles of the Keycloak realm in {@code deploy/keycloak}. */
public final class Roles {
    public static final String PROSECUTOR = "prosecutor";
    public static final String CENTRAL_AUTHORITY = "central-authority";
    public static final String DIRECTORY_ADMIN = "directory-admin";
    public static final String ANALYST = "analyst";

    private Roles() {
    }
}
