package org.counterpart.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ForbiddenException;
import java.util.Arrays;
import java.util.Optional;
import org.counterpart.events.Agency;
import org.counterpart.events.Country;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: roles from the verified bearer token, the {@code country} claim that scopes every
 * read and write to that country's own requests, and, for an agency officer, the {@code agency} claim
 * that keeps one agency's informal exchanges from another's.
 */
@RequestScoped
public class Caller implements Person {

    public static final String COUNTRY_CLAIM = "country";
    public static final String AGENCY_CLAIM = "agency";

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
        return regionalScope.equals(scope());
    }

    /** Whether the caller speaks for {@code country}; a regional caller speaks for none. */
    public boolean speaksFor(Country country) {
        return scope().equals(country.code());
    }

    /** Whether the caller may see data about {@code country}: their own country, or any when regional. */
    public boolean mayView(Country country) {
        return isRegional() || speaksFor(country);
    }

    /** The country the caller speaks for; a regional caller has none and is refused here. */
    public Country country() {
        String scope = scope();
        if (!Country.isWellFormed(scope)) {
            throw new ForbiddenException("the token's country claim names no country: " + scope);
        }
        return Country.of(scope);
    }

    /** The token's scope claim: a country code or the regional scope; a token without one may touch no country's data. */
    private String scope() {
        Object scope = token.getClaim(COUNTRY_CLAIM);
        if (scope == null || scope.toString().isBlank()) {
            throw new ForbiddenException("the token carries no country claim");
        }
        return scope.toString();
    }

    /**
     * The agency the caller works for; none for a token without the claim or one naming no agency, so a
     * malformed claim grants nothing and hides nothing more than a missing one.
     */
    @Override
    public Optional<Agency> agency() {
        Object claim = token.getClaim(AGENCY_CLAIM);
        return claim == null ? Optional.empty()
                : Arrays.stream(Agency.values()).filter(agency -> agency.name().equals(claim.toString())).findFirst();
    }

    @Override
    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    @Override
    public String name() {
        return identity.getPrincipal().getName();
    }
}
