package org.counterpart.platform.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.counterpart.events.signature.EventSignature;
import org.counterpart.events.signature.KeyId;
import org.counterpart.events.signature.Signer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * This service's own signing keys: a JWK Set file (private Ed25519 keys, one per version) the
 * operator backs up like any keystore. Supplied by configuration, or generated with version 1 on the
 * first start when the file does not exist. The newest version signs; older ones stay for the record.
 */
@ApplicationScoped
public class OwnKeys {

    private static final Logger LOG = Logger.getLogger(OwnKeys.class);

    private final Signer signer;
    private final Path file;
    private volatile List<OctetKeyPair> keys;

    OwnKeys(@ConfigProperty(name = "counterpart.signing.signer") String signer,
            @ConfigProperty(name = "counterpart.signing.keys") Path file) {
        this.signer = new Signer(signer);
        this.file = file;
    }

    public Signer signer() {
        return signer;
    }

    /** Signs {@code content} (a serialised CloudEvent, or a dead letter's parking record) with the newest key. */
    public String sign(byte[] content) {
        OctetKeyPair key = current();
        return EventSignature.sign(content, KeyId.parse(key.getKeyID()), key);
    }

    public KeyId currentKey() {
        return KeyId.parse(current().getKeyID());
    }

    /** The public half of the newest key, as the directory publishes it. */
    public OctetKeyPair currentPublicKey() {
        return current().toPublicJWK();
    }

    /**
     * Makes the next key version, endorsed by the key it replaces (so every receiver that trusts the old
     * key can trust the new one without asking anybody), writes it to the key file beside the older
     * ones, hands it to {@code publish}, and signs with it from then on. If publishing fails the file is
     * put back as it was: a key the directory does not have never signs, and one it has is never lost.
     */
    public synchronized PublishedKey rotate(Consumer<PublishedKey> publish) {
        OctetKeyPair previous = current();
        List<OctetKeyPair> before = keys;
        KeyId next = KeyId.parse(previous.getKeyID()).next();
        OctetKeyPair key = generate(next);
        String publicJwk = key.toPublicJWK().toJSONString();
        PublishedKey published = new PublishedKey(next, publicJwk, EventSignature.sign(
                publicJwk.getBytes(StandardCharsets.UTF_8), KeyId.parse(previous.getKeyID()), previous));
        List<OctetKeyPair> all = new java.util.ArrayList<>(before);
        all.add(key);
        write(all);
        try {
            publish.accept(published);
        } catch (RuntimeException e) {
            write(before);
            throw e;
        }
        keys = List.copyOf(all);
        return published;
    }

    private OctetKeyPair current() {
        List<OctetKeyPair> loaded = keys;
        if (loaded == null) {
            synchronized (this) {
                if (keys == null) {
                    keys = loadOrGenerate();
                }
                loaded = keys;
            }
        }
        return loaded.get(loaded.size() - 1);
    }

    private List<OctetKeyPair> loadOrGenerate() {
        try {
            if (!Files.exists(file)) {
                OctetKeyPair first = generate(new KeyId(signer, 1));
                write(List.of(first));
                LOG.warnf("no signing keys at %s: made %s (thumbprint %s). Counterparts trust it only once it is in "
                        + "their trust anchors or their operators confirmed that thumbprint", file, first.getKeyID(),
                        first.computeThumbprint());
                return List.of(first);
            }
            List<OctetKeyPair> loaded = KeyFiles.read(file).stream()
                    .map(JWK::toOctetKeyPair)
                    .sorted(Comparator.comparingInt((OctetKeyPair k) -> KeyId.parse(k.getKeyID()).version()))
                    .toList();
            for (OctetKeyPair key : loaded) {
                KeyId id = KeyId.parse(key.getKeyID());
                if (!id.signer().equals(signer) || !key.isPrivate()) {
                    throw new IllegalStateException(file + " holds " + id + (key.isPrivate() ? "" : " without its private key")
                            + ", not a private key of " + signer);
                }
            }
            if (loaded.isEmpty()) {
                throw new IllegalStateException(file + " holds no signing key");
            }
            return loaded;
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot compute the thumbprint of a new key", e);
        }
    }

    static OctetKeyPair generate(KeyId id) {
        try {
            return new OctetKeyPairGenerator(Curve.Ed25519).keyID(id.value()).keyUse(KeyUse.SIGNATURE).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an Ed25519 key", e);
        }
    }

    private void write(List<OctetKeyPair> all) {
        KeyFiles.write(file, all);
    }
}
