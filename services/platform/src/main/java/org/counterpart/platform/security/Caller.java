package org.counterpart.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ForbiddenException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: roles from the verified bearer token, and the {@code country} claim that scopes every
 * read and write to that country's own requests.
 */
@RequestScoped
public class Caller {

    public static final String COUNTRY_CLAIM = "country";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** The caller's country; a token without one may not touch any country's data. */
    public String country() {
        Object country = token.getClaim(COUNTRY_CLAIM);
        if (country == null || country.toString().isBlank()) {
            throw new ForbiddenException("the token carries no country claim");
        }
        return country.toString();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public String name() {
        return identity.getPrincipal().getName();
    }
}
