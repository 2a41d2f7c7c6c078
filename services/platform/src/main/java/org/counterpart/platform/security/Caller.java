package org.counterpart.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ForbiddenException;
import org.counterpart.events.workflow.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
    private final String regionalScope;

    Caller(SecurityIdentity identity, JsonWebToken token,
            @ConfigProperty(name = "counterpart.regional-scope", defaultValue = "REGION") String regionalScope) {
        this.identity = identity;
        this.token = token;
        this.regionalScope = regionalScope;
    }

    /** Whether the caller speaks for the region (secretariat, directory administration) rather than one country. */
    public boolean isRegional() {
        return regionalScope.equals(country());
    }

    /** Whether the caller may see data about {@code country}: their own country, or any when regional. */
    public boolean mayView(String country) {
        return isRegional() || country().equals(country);
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

    public boolean hasRole(Role role) {
        return hasRole(role.claim());
    }

    public String name() {
        return identity.getPrincipal().getName();
    }
}
