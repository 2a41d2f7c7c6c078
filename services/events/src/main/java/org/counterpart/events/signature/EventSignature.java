package org.counterpart.events.signature;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;

/**
 * How a message proves who wrote it: a JWS (ES256, RFC 7515) over the exact bytes of the structured
 * CloudEvent, with those bytes detached (RFC 7515 appendix F) and the compact form carried in the Kafka
 * header {@value #HEADER}. The bytes are never re-encoded on the way, so the hub relays a country's
 * message with that country's signature intact and the receiver checks it against the sender's key,
 * not the hub's.
 */
public final class EventSignature {

    public static final String HEADER = "counterpart-signature";

    private EventSignature() {
    }

    public static String sign(byte[] content, KeyId key, ECPrivateKey privateKey) {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.value()).build(),
                new Payload(content));
        try {
            jws.sign(new ECDSASigner(privateKey));
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
            if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())) {
                throw new SignatureRefusedException("signature algorithm " + jws.getHeader().getAlgorithm()
                        + " is not accepted; ES256 is");
            }
            return KeyId.parse(jws.getHeader().getKeyID());
        } catch (ParseException | IllegalArgumentException e) {
            throw new SignatureRefusedException("the signature is malformed", e);
        }
    }

    /** Passes when {@code signature} was made over exactly {@code content} with the key {@code publicKey} belongs to. */
    public static void verify(byte[] content, String signature, ECPublicKey publicKey) {
        boolean valid;
        try {
            valid = JWSObject.parse(signature, new Payload(content)).verify(new ECDSAVerifier(publicKey));
        } catch (ParseException | JOSEException e) {
            throw new SignatureRefusedException("the signature is malformed", e);
        }
        if (!valid) {
            throw new SignatureRefusedException("the signature does not match the message");
        }
    }
}
