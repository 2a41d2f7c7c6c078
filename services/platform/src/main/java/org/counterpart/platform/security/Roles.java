package org.counterpart.platform.security;

import org.counterpart.events.workflow.Role;

/** Realm roles of the Keycloak realm in {@code deploy/keycloak}; those a workflow names are its {@link Role}s. */
public final class Roles {
    public static final String PROSECUTOR = Role.Claims.PROSECUTOR;
    public static final String CENTRAL_AUTHORITY = Role.Claims.CENTRAL_AUTHORITY;
    public static final String AGENCY_OFFICER = Role.Claims.AGENCY_OFFICER;
    public static final String VICTIM_FOCAL_POINT = Role.Claims.VICTIM_FOCAL_POINT;
    public static final String DIRECTORY_ADMIN = "directory-admin";
    public static final String ANALYST = "analyst";
    /** Runs the network: lists and replays dead letters (regional scope only). */
    public static final String OPERATOR = "operator";
    /** A country's mla-request service itself (client credentials), e.g. fetching a file through the hub. */
    public static final String COUNTRY_SERVICE = "counterpart-service";
    /** The routing hub's own service identity, e.g. collecting a file from the country that sent it. */
    public static final String HUB = "hub";

    private Roles() {
    }
}
