package org.counterpart.mla.sealing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.counterpart.events.Country;
import org.counterpart.events.sealing.SealingKeyId;
import org.counterpart.mla.CountryConfig;
import org.counterpart.platform.signing.KeyFiles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * This country's own sealing keys: private X25519 keys, one per version, in a JWK Set file the operator
 * backs up with the signing keys. Supplied by configuration, or made with version 1 on the first start.
 * The newest is the one counterparts seal for; older ones stay to open what was sealed for them, until
 * the operator retires them.
 */
@ApplicationScoped
public class SealingKeys {

    private static final Logger LOG = Logger.getLogger(SealingKeys.class);

    private final Country country;
    private final Path file;
    private volatile List<OctetKeyPair> keys;

    SealingKeys(CountryConfig config, @ConfigProperty(name = "counterpart.sealing.keys") Path file) {
        this.country = config.country();
        this.file = file;
    }

    public OctetKeyPair current() {
        List<OctetKeyPair> held = held();
        return held.get(held.size() - 1);
    }

    public SealingKeyId currentId() {
        return SealingKeyId.parse(current().getKeyID());
    }

    /**
     * The private key of {@code id}, while this service still holds it. A version newer than any in
     * memory is looked for in the file once more (another instance may have rotated since this one
     * read it); the file is only read, and what was held stays if it cannot be.
     */
    public Optional<OctetKeyPair> privateKey(SealingKeyId id) {
        Optional<OctetKeyPair> held = find(held(), id);
        if (held.isPresent() || id.version() <= currentId().version() || !Files.exists(file)) {
            return held;
        }
        synchronized (this) {
            try {
                keys = loadOrGenerate();
            } catch (RuntimeException e) {
                LOG.warnf("sealing keys %s could not be read again (%s); keeping the ones in memory", file, e.toString());
            }
            return find(keys, id);
        }
    }

    private static Optional<OctetKeyPair> find(List<OctetKeyPair> keys, SealingKeyId id) {
        return keys.stream().filter(k -> k.getKeyID().equals(id.value())).findFirst();
    }

    public List<SealingKeyId> versions() {
        return held().stream().map(k -> SealingKeyId.parse(k.getKeyID())).toList();
    }

    /** Makes the next version, which counterparts seal for once it is published; the older ones stay. */
    public synchronized OctetKeyPair rotate() {
        List<OctetKeyPair> all = new ArrayList<>(held());
        OctetKeyPair next = generate(currentId().next());
        all.add(next);
        KeyFiles.write(file, all);
        keys = List.copyOf(all);
        return next;
    }

    /** Forgets an older version: what was sealed for it can no longer be opened here. The newest stays. */
    public synchronized void retire(SealingKeyId id) {
        if (id.equals(currentId())) {
            throw new IllegalArgumentException(id + " is the current key; rotate first");
        }
        List<OctetKeyPair> kept = held().stream().filter(k -> !k.getKeyID().equals(id.value())).toList();
        if (kept.size() == held().size()) {
            throw new IllegalArgumentException(id + " is not held here");
        }
        KeyFiles.write(file, kept);
        keys = kept;
    }

    private List<OctetKeyPair> held() {
        List<OctetKeyPair> loaded = keys;
        if (loaded == null) {
            synchronized (this) {
                if (keys == null) {
                    keys = loadOrGenerate();
                }
                loaded = keys;
            }
        }
        return loaded;
    }

    private List<OctetKeyPair> loadOrGenerate() {
        if (!Files.exists(file)) {
            OctetKeyPair first = generate(new SealingKeyId(country, 1));
            KeyFiles.write(file, List.of(first));
            LOG.warnf("no sealing keys at %s: made %s; it is published through the directory, endorsed by %s's signing key",
                    file, first.getKeyID(), country);
            return List.of(first);
        }
        List<OctetKeyPair> loaded = KeyFiles.read(file).stream()
                .map(JWK::toOctetKeyPair)
                .sorted(Comparator.comparingInt((OctetKeyPair k) -> SealingKeyId.parse(k.getKeyID()).version()))
                .toList();
        for (OctetKeyPair key : loaded) {
            SealingKeyId id = SealingKeyId.parse(key.getKeyID());
            if (!id.country().equals(country) || !key.isPrivate() || !Curve.X25519.equals(key.getCurve())) {
                throw new IllegalStateException(file + " holds " + id + ", not a private X25519 key of " + country);
            }
        }
        if (loaded.isEmpty()) {
            throw new IllegalStateException(file + " holds no sealing key");
        }
        return loaded;
    }

    private static OctetKeyPair generate(SealingKeyId id) {
        try {
            return new OctetKeyPairGenerator(Curve.X25519).keyID(id.value()).keyUse(KeyUse.ENCRYPTION).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an X25519 key", e);
        }
    }
}
