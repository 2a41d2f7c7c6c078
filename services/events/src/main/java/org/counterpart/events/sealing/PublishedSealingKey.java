package org.counterpart.events.sealing;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;

/**
 * A country's public sealing key as the directory publishes it.
 *
 * @param endorsement a JWS over {@code publicJwk} by the country's own signing key: what a sender checks
 *                    against the signing keys it trusts before it seals anything for this key
 */
public record PublishedSealingKey(SealingKeyId id, String publicJwk, String endorsement) {

    /** Why this is not an X25519 public JWK under its own id, or null when it is. */
    public String publicJwkProblem() {
        try {
            OctetKeyPair jwk = OctetKeyPair.parse(publicJwk);
            if (!Curve.X25519.equals(jwk.getCurve())) {
                return "must be an X25519 key";
            }
            if (jwk.isPrivate() || !id.value().equals(jwk.getKeyID())) {
                return "must be the public key, with kid " + id.value();
            }
            return null;
        } catch (ParseException | NullPointerException e) {
            return "is not an X25519 public JWK (RFC 8037)";
        }
    }

    /** The public key to seal with; only call once {@link #publicJwkProblem()} is null. */
    public OctetKeyPair publicKey() {
        try {
            return OctetKeyPair.parse(publicJwk).toPublicJWK();
        } catch (ParseException e) {
            throw new IllegalStateException("not an X25519 public JWK: " + id, e);
        }
    }

    /** The exact bytes the endorsement signs. */
    public byte[] endorsedBytes() {
        return publicJwk.getBytes(StandardCharsets.UTF_8);
    }
}
