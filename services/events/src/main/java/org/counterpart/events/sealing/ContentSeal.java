package org.counterpart.events.sealing;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.X25519Decrypter;
import com.nimbusds.jose.crypto.X25519Encrypter;
import com.nimbusds.jose.jwk.OctetKeyPair;
import java.text.ParseException;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.counterpart.events.EventCodec;
import org.counterpart.events.InvalidEventException;

/**
 * How content is sealed for one country: a compact JWE (RFC 7516) with ECDH-ES key agreement on X25519
 * (RFC 8037) and A256GCM, whose protected header names the receiver's key and the {@link SealBinding}.
 * The JSON inside is what {@link EventCodec} would write for the content record. Only the holder of the
 * receiver's private key can open it; the sender signs the event around it, so the receiver knows who sealed it.
 */
public final class ContentSeal {

    static final String REQUEST = "counterpart-request";
    static final String FROM = "counterpart-from";
    static final String TO = "counterpart-to";
    static final String CONTENT = "counterpart-content";

    private ContentSeal() {
    }

    /** Seals {@code content} for the holder of {@code recipientKey}, an X25519 public JWK whose kid is a {@link SealingKeyId}. */
    public static <T> Sealed<T> seal(T content, SealBinding binding, OctetKeyPair recipientKey) {
        Objects.requireNonNull(content, "content");
        SealingKeyId key = SealingKeyId.parse(recipientKey.getKeyID());
        if (!key.country().equals(binding.to())) {
            throw new IllegalArgumentException("content for " + binding.to() + " cannot be sealed with " + key);
        }
        JWEHeader header = new JWEHeader.Builder(JWEAlgorithm.ECDH_ES, EncryptionMethod.A256GCM)
                .keyID(key.value())
                .customParams(Map.of(REQUEST, binding.requestId().toString(), FROM, binding.from().code(), TO, binding.to().code(),
                        CONTENT, content.getClass().getSimpleName()))
                .build();
        JWEObject jwe = new JWEObject(header, new Payload(EventCodec.writeJson(content)));
        try {
            jwe.encrypt(new X25519Encrypter(recipientKey.toPublicJWK()));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not seal for " + key, e);
        }
        return Sealed.of(jwe.serialize());
    }

    /** The key {@code sealed} claims to be sealed for; says nothing yet about whether it opens. */
    public static SealingKeyId keyOf(Sealed<?> sealed) {
        try {
            return SealingKeyId.parse(JWEObject.parse(sealed.jwe()).getHeader().getKeyID());
        } catch (ParseException | IllegalArgumentException e) {
            throw new SealRefusedException("the sealed content is malformed", e);
        }
    }

    /**
     * Opens {@code sealed} with {@code privateKey} (the key {@link #keyOf} names) as a {@code type}, if it
     * was sealed for exactly {@code expected}: this request, from this sender, to this receiver.
     */
    public static <T> T open(Sealed<T> sealed, Class<T> type, SealBinding expected, OctetKeyPair privateKey) {
        return open(sealed, type, expected, key -> privateKey);
    }

    /**
     * The same, with the private key of the key the seal names: {@code privateKeyOf} refuses (with a
     * {@link SealRefusedException} saying why) a key its holder does not have.
     */
    public static <T> T open(Sealed<T> sealed, Class<T> type, SealBinding expected,
            Function<SealingKeyId, OctetKeyPair> privateKeyOf) {
        JWEObject jwe;
        SealingKeyId key;
        try {
            jwe = JWEObject.parse(sealed.jwe());
            key = SealingKeyId.parse(jwe.getHeader().getKeyID());
        } catch (ParseException | IllegalArgumentException e) {
            throw new SealRefusedException("the sealed content is malformed", e);
        }
        OctetKeyPair privateKey = privateKeyOf.apply(key);
        JWEHeader header = jwe.getHeader();
        if (!JWEAlgorithm.ECDH_ES.equals(header.getAlgorithm()) || !EncryptionMethod.A256GCM.equals(header.getEncryptionMethod())) {
            throw new SealRefusedException("sealed with " + header.getAlgorithm() + "/" + header.getEncryptionMethod()
                    + "; only ECDH-ES/A256GCM is accepted");
        }
        String bound = header.getCustomParam(REQUEST) + " " + header.getCustomParam(FROM) + "->" + header.getCustomParam(TO);
        if (!(expected.requestId() + " " + expected.from() + "->" + expected.to()).equals(bound)
                || !type.getSimpleName().equals(header.getCustomParam(CONTENT))) {
            throw new SealRefusedException("the content was sealed for " + header.getCustomParam(CONTENT) + " of " + bound
                    + ", not for " + type.getSimpleName() + " of this message");
        }
        try {
            jwe.decrypt(new X25519Decrypter(privateKey));
        } catch (JOSEException e) {
            throw new SealRefusedException("the sealed content does not open with " + header.getKeyID()
                    + ": it was altered or sealed with another key", e);
        }
        T content;
        try {
            content = EventCodec.readJson(jwe.getPayload().toBytes(), type);
        } catch (InvalidEventException e) {
            // Not the parser's words: they quote what they could not read, which is sealed content.
            throw new SealRefusedException("the sealed content is not a " + type.getSimpleName());
        }
        if (content == null) {
            throw new SealRefusedException("the sealed content is empty");
        }
        return content;
    }
}
