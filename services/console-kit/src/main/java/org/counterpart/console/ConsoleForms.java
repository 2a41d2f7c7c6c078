package org.counterpart.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.core.MultivaluedMap;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The CSRF token of the console's forms: an HMAC of the user's sign-in session (Keycloak's {@code sid};
 * for a page asked for with a bearer token, that token's id), under a key only this service holds. A
 * page from another site cannot know it, it dies with the session, and no cookie or store is needed.
 * Every form carries it as {@value #FIELD}; every console endpoint that changes something calls
 * {@link #verify} first (ConsolePagesTest posts to each without it). Templates: {@code cdi:consoleForms}.
 */
@RequestScoped
@Named("consoleForms")
public class ConsoleForms {

    public static final String FIELD = "csrf-token";

    private final JsonWebToken token;
    private final byte[] key;
    private String formToken;

    ConsoleForms(JsonWebToken token, @ConfigProperty(name = "counterpart.console.form-key") String key) {
        this.token = token;
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    public String field() {
        return FIELD;
    }

    /** This session's token; made once per request, however many forms the page has. */
    public String token() {
        if (formToken == null) {
            formToken = sessionToken();
        }
        return formToken;
    }

    private String sessionToken() {
        String session = claim("sid");
        if (session == null) {
            session = claim("jti");
        }
        if (session == null) {
            // Neither a sign-in session nor an identified token: no form can be trusted, so none is made.
            throw new StaleFormException();
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                hmac(hmac(key, "counterpart console forms"), "console-form:" + token.getSubject() + ":" + session));
    }

    /**
     * HMAC-SHA256; the forms' key is derived from the configured secret first, so the client secret the
     * OIDC extension also uses (for its cookies) is never used as is.
     */
    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Refuses a form without this session's token (a forged or stale form): nothing it asks for is done. */
    public void verify(MultivaluedMap<String, String> form) {
        verify(form == null ? null : form.getFirst(FIELD));
    }

    /** As {@link #verify(MultivaluedMap)}, for a multipart form's token field. */
    public void verify(String sent) {
        if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                token().getBytes(StandardCharsets.UTF_8))) {
            throw new StaleFormException();
        }
    }

    /** A form that did not come from this session's own page. */
    public static final class StaleFormException extends RuntimeException {
        public StaleFormException() {
            super("the form's CSRF token is missing or not this session's");
        }
    }

    private String claim(String name) {
        Object value = token.getClaim(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
