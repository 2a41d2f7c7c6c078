package org.counterpart.events.signature;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.counterpart.events.Country;
import org.junit.jupiter.api.Test;

class EventSignatureTest {

    private static final byte[] EVENT = "{\"id\":\"1\",\"type\":\"org.counterpart.request.transmitted\"}"
            .getBytes(StandardCharsets.UTF_8);
    private static final KeyId THAILAND_1 = new KeyId(Signer.country(Country.of("TH")), 1);

    private final OctetKeyPair thailand = key(THAILAND_1);

    @Test
    void theSignersKeyVerifiesTheExactBytesItSigned() throws Exception {
        String signature = EventSignature.sign(EVENT, THAILAND_1, thailand);

        assertEquals(THAILAND_1, EventSignature.keyOf(signature));
        assertDoesNotThrow(() -> EventSignature.verify(EVENT, signature, thailand.toPublicJWK()));
        assertEquals("", signature.split("\\.", -1)[1], "the payload travels beside the signature, not inside it");
    }

    @Test
    void oneChangedByteBreaksIt() throws Exception {
        String signature = EventSignature.sign(EVENT, THAILAND_1, thailand);
        byte[] altered = EVENT.clone();
        altered[altered.length - 3] ^= 1;

        assertThrows(SignatureRefusedException.class,
                () -> EventSignature.verify(altered, signature, thailand.toPublicJWK()));
    }

    @Test
    void anotherKeyClaimingTheSameIdDoesNotVerify() throws Exception {
        OctetKeyPair impostor = key(THAILAND_1);
        String forged = EventSignature.sign(EVENT, THAILAND_1, impostor);

        assertThrows(SignatureRefusedException.class, () -> EventSignature.verify(EVENT, forged, thailand.toPublicJWK()));
    }

    @Test
    void missingMalformedAndUnsignedAlgorithmsAreRefused() {
        assertThrows(SignatureRefusedException.class, () -> EventSignature.keyOf(null));
        assertThrows(SignatureRefusedException.class, () -> EventSignature.keyOf("not-a-jws"));
        String none = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"kid\":\"TH/1\"}".getBytes(StandardCharsets.UTF_8)) + "..";
        assertThrows(SignatureRefusedException.class, () -> EventSignature.keyOf(none));
        String badKid = EventSignature.sign(EVENT, THAILAND_1, thailand).replaceFirst("^[^.]+",
                Base64.getUrlEncoder().withoutPadding().encodeToString(
                        "{\"alg\":\"EdDSA\",\"kid\":\"Thailand\"}".getBytes(StandardCharsets.UTF_8)));
        String otherAlgorithm = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"ES256\",\"kid\":\"TH/1\"}".getBytes(StandardCharsets.UTF_8)) + "..c2ln";
        assertThrows(SignatureRefusedException.class, () -> EventSignature.keyOf(otherAlgorithm));
        assertThrows(SignatureRefusedException.class, () -> EventSignature.keyOf(badKid));
    }

    @Test
    void keyIdsNameTheSignerAndVersion() {
        assertEquals(new KeyId(Signer.HUB, 3), KeyId.parse("HUB/3"));
        assertEquals("MY/2", new KeyId(Signer.country(Country.of("MY")), 1).next().value());
        assertThrows(IllegalArgumentException.class, () -> KeyId.parse("th/1"));
        assertThrows(IllegalArgumentException.class, () -> KeyId.parse("TH/0"));
    }

    private static OctetKeyPair key(KeyId id) {
        try {
            return new OctetKeyPairGenerator(Curve.Ed25519).keyID(id.value()).generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
