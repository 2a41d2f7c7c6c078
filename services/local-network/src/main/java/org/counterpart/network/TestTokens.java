package org.counterpart.network;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;

/**
 * Signed bearer tokens for component tests, shaped like the Keycloak realm's: realm roles in
 * {@code realm_access.roles}, a {@code country} claim (and an {@code agency} claim for an agency
 * officer), the user's {@code email}, audience {@code counterpart}. Signed with the key
 * of quarkus-test-oidc-server's WireMock provider, so quarkus-oidc verifies them for real.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "counterpart";

    private TestTokens() {
    }

    public static String token(String user, String country, String... roles) {
        return claims(user, country, AUDIENCE, roles).jws().keyId("1").sign("privateKey.jwk");
    }

    /** An {@code agency-officer} of {@code agency} (POLICE, FIU, ...), as the realm's agency mapper issues it. */
    public static String officer(String user, String country, String agency) {
        return claims(user, country, AUDIENCE, "agency-officer").claim("agency", agency).jws().keyId("1")
                .sign("privateKey.jwk");
    }

    /**
     * A service's own identity (client credentials): roles, no person, no country unless the client has
     * one, and {@code azp} naming the client the token was issued to.
     */
    public static String serviceToken(String client, String... roles) {
        return Jwt.preferredUserName("service-account-" + client)
                .subject(client)
                .claim("azp", client)
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .jws().keyId("1").sign("privateKey.jwk");
    }

    /** Valid signature, but issued for another application. */
    public static String tokenForAnotherAudience(String user, String country, String... roles) {
        return claims(user, country, "another-application", roles).jws().keyId("1").sign("privateKey.jwk");
    }

    /** Right claims, signed with a key the identity provider never published. */
    public static String forgedToken(String user, String country, String... roles) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims(user, country, AUDIENCE, roles).jws().keyId("1").sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JwtClaimsBuilder claims(String user, String country, String audience, String... roles) {
        return Jwt.preferredUserName(user)
                .subject(user)
                .issuer(ISSUER)
                .audience(audience)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .claim("country", country)
                .claim("email", user + "@counterpart.example");
    }
}
