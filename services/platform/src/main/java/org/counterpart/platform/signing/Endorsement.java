package org.counterpart.platform.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.counterpart.events.signature.EventSignature;
import org.counterpart.events.signature.KeyId;
import org.counterpart.events.signature.SignatureRefusedException;

/**
 * How a signer vouches for its next key: a JWS by its current key over the new public JWK, whose own
 * {@code kid} is the new key's id. The one check, used by the directory before it publishes and by each
 * receiver before it trusts.
 */
public final class Endorsement {

    private Endorsement() {
    }

    /** Why {@code key} is not endorsed by {@code previous} (whose public key is {@code previousKey}), or null when it is. */
    public static String problem(PublishedKey key, KeyId previous, OctetKeyPair previousKey) {
        String jwkProblem = publicJwkProblem(key);
        if (jwkProblem != null) {
            return jwkProblem;
        }
        if (!previous.signer().equals(key.id().signer()) || previous.version() != key.id().version() - 1) {
            return key.id() + " can only be endorsed by " + key.id().signer() + "/" + (key.id().version() - 1);
        }
        try {
            if (key.endorsement() == null || !EventSignature.keyOf(key.endorsement()).equals(previous)) {
                return "must be endorsed by " + previous;
            }
            EventSignature.verify(key.publicJwk().getBytes(StandardCharsets.UTF_8), key.endorsement(), previousKey);
            return null;
        } catch (SignatureRefusedException e) {
            return "the endorsement does not verify with " + previous;
        }
    }

    /** Why {@code key}'s JWK is not an Ed25519 public key with its own id as {@code kid}, or null. */
    public static String publicJwkProblem(PublishedKey key) {
        try {
            OctetKeyPair jwk = OctetKeyPair.parse(key.publicJwk());
            if (!Curve.Ed25519.equals(jwk.getCurve())) {
                return "must be an Ed25519 key";
            }
            if (jwk.isPrivate() || !key.id().value().equals(jwk.getKeyID())) {
                return "must be the public key, with kid " + key.id().value();
            }
            return null;
        } catch (ParseException e) {
            return "is not an Ed25519 public JWK (RFC 8037)";
        }
    }

    /** RFC 7638 thumbprint of a public JWK: what two operators compare on the phone. */
    public static String thumbprint(String publicJwk) {
        try {
            return OctetKeyPair.parse(publicJwk).computeThumbprint().toString();
        } catch (ParseException | JOSEException e) {
            throw new IllegalArgumentException("not an Ed25519 JWK", e);
        }
    }

    public static OctetKeyPair publicKey(String publicJwk) {
        try {
            return OctetKeyPair.parse(publicJwk).toPublicJWK();
        } catch (ParseException e) {
            throw new SignatureRefusedException("key on record is unusable", e);
        }
    }
}
