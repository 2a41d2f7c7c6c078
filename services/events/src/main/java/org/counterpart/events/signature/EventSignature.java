package org.counterpart.events.signature;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.OctetKeyPair;
import java.text.ParseException;

/**
 * How a message proves who wrote it: a JWS (EdDSA with Ed25519, RFC 7515 and RFC 8037) over the exact
 * bytes of the structured CloudEvent, with those bytes detached (RFC 7515 appendix F) and the compact form carried in the Kafka
 * header {@value #HEADER}. The bytes are never re-encoded on the way, so the hub relays a country's
 * message with that country's signature intact and the receiver checks it against the sender's key,
 * not the hub's.
 */
public final class EventSignature {

    public static final String HEADER = "counterpart-signature";

    private EventSignature() {
    }

    /** Signs with {@code privateKey}, an Ed25519 key pair (RFC 8037 OKP JWK) with its private part. */
    public static String sign(byte[] content, KeyId key, OctetKeyPair privateKey) {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(key.value()).build(),
                new Payload(content));
        try {
            jws.sign(new Ed25519Signer(privateKey));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign with " + key, e);
        }
        return jws.serialize(true);
    }

    /** The key a signature claims to be made with; says nothing yet about whether it was. */
    public static KeyId keyOf(String signature) {
        if (signature == null || signature.isBlank()) {
            throw new SignatureRefusedException("the message is not signed");
        }
        try {
            JWSObject jws = JWSObject.parse(signature, new Payload(new byte[0]));
            if (!JWSAlgorithm.EdDSA.equals(jws.getHeader().getAlgorithm())) {
                throw new SignatureRefusedException("signature algorithm " + jws.getHeader().getAlgorithm()
                        + " is not accepted; EdDSA (Ed25519) is");
            }
            return KeyId.parse(jws.getHeader().getKeyID());
        } catch (ParseException | IllegalArgumentException e) {
            throw new SignatureRefusedException("the signature is malformed", e);
        }
    }

    /** Passes when {@code signature} was made over exactly {@code content} with the key {@code publicKey} belongs to. */
    public static void verify(byte[] content, String signature, OctetKeyPair publicKey) {
        boolean valid;
        try {
            valid = JWSObject.parse(signature, new Payload(content)).verify(new Ed25519Verifier(publicKey.toPublicJWK()));
        } catch (ParseException | JOSEException e) {
            throw new SignatureRefusedException("the signature is malformed", e);
        }
        if (!valid) {
            throw new SignatureRefusedException("the signature does not match the message");
        }
    }
}
