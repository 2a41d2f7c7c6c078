package org.counterpart.network.exchange;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.counterpart.events.sealing.SealingKeyId;
import org.counterpart.events.signature.EventSignature;
import org.counterpart.events.signature.KeyId;
import org.counterpart.events.signature.Signer;

/**
 * The signing keys of a network's services, as its operator sets them up: one private JWK Set per
 * service (version 1), and one file of every public key that each service is given as its trust
 * anchors. Later keys are published through the directory and endorsed by the previous one. Each
 * country's service gets its first sealing key the same way, with the public halves as sealing anchors.
 */
public final class ServiceKeys {

    private static final String ANCHORS = "trust-anchors.jwks";
    private static final String SEALING_ANCHORS = "sealing-anchors.jwks";
    private static final String SEALING_SUFFIX = ".sealing.jwks";

    private final Path directory;

    private ServiceKeys(Path directory) {
        this.directory = directory;
    }

    /**
     * Keys for {@code signers} in {@code directory}, and the anchors file listing their first public
     * keys. A signer that already has a key file here keeps it: services whose databases outlive a run
     * (an existing PostgreSQL server) still trust the same keys.
     */
    public static ServiceKeys generate(Path directory, Collection<Signer> signers) {
        List<JWK> anchors = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (Signer signer : signers) {
                Path file = directory.resolve(signer.name() + ".jwks");
                JWK kept = firstSigningKey(file);
                if (kept != null) {
                    anchors.add(kept.toPublicJWK());
                    continue;
                }
                OctetKeyPair key = new OctetKeyPairGenerator(Curve.Ed25519).keyID(new KeyId(signer, 1).value())
                        .keyUse(KeyUse.SIGNATURE).generate();
                writePrivate(file, new JWKSet(key).toString(false));
                anchors.add(key.toPublicJWK());
            }
            Files.writeString(directory.resolve(ANCHORS), new JWKSet(anchors).toString(), StandardCharsets.UTF_8);
            List<JWK> sealingAnchors = new ArrayList<>();
            for (Signer signer : signers) {
                if (signer.isCountry()) {
                    sealingAnchors.add(firstSealingKey(directory.resolve(signer.name() + SEALING_SUFFIX), signer).toPublicJWK());
                }
            }
            Files.writeString(directory.resolve(SEALING_ANCHORS), new JWKSet(sealingAnchors).toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an Ed25519 key", e);
        }
        return new ServiceKeys(directory);
    }

    /**
     * A country service's first sealing key (X25519), kept when an earlier run made it. The operator
     * hands every service the public halves as its sealing anchors, so the first messages can be sealed
     * before the directory has published anything.
     */
    private static JWK firstSealingKey(Path file, Signer signer) throws IOException, JOSEException {
        if (Files.exists(file)) {
            try {
                return JWKSet.load(file.toFile()).getKeys().get(0);
            } catch (ParseException | IndexOutOfBoundsException e) {
                Files.delete(file);
            }
        }
        OctetKeyPair key = new OctetKeyPairGenerator(Curve.X25519).keyID(new SealingKeyId(signer.country(), 1).value())
                .keyUse(KeyUse.ENCRYPTION).generate();
        writePrivate(file, new JWKSet(key).toString(false));
        return key;
    }

    /** The first key of an existing file, if it is an Ed25519 signing key (older runs may have left others). */
    private static JWK firstSigningKey(Path file) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            JWK first = JWKSet.load(file.toFile()).getKeys().get(0);
            return first instanceof OctetKeyPair pair && Curve.Ed25519.equals(pair.getCurve()) ? first : null;
        } catch (ParseException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    public static ServiceKeys in(Path directory) {
        return new ServiceKeys(directory);
    }

    /** The private keys of {@code signer}, for that service alone. */
    public Path keysOf(Signer signer) {
        return directory.resolve(signer.name() + ".jwks");
    }

    public Path trustAnchors() {
        return directory.resolve(ANCHORS);
    }

    /** The private sealing keys of the country service {@code signer}, for that service alone. */
    public Path sealingKeysOf(Signer signer) {
        return directory.resolve(signer.name() + SEALING_SUFFIX);
    }

    /** Every country service's first public sealing key. */
    public Path sealingAnchors() {
        return directory.resolve(SEALING_ANCHORS);
    }

    /** The newest sealing key of {@code signer}, private part included: for tests that play that country. */
    public OctetKeyPair sealingKeyOf(Signer signer) {
        try {
            List<JWK> keys = JWKSet.load(sealingKeysOf(signer).toFile()).getKeys();
            return keys.get(keys.size() - 1).toOctetKeyPair();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("unusable sealing keys of " + signer, e);
        }
    }

    /** Signs as {@code signer} would, with its newest key read once: for a command that writes many records as a service. */
    public java.util.function.Function<byte[], String> signerOf(Signer signer) {
        try {
            List<JWK> keys = JWKSet.load(keysOf(signer).toFile()).getKeys();
            OctetKeyPair newest = keys.get(keys.size() - 1).toOctetKeyPair();
            KeyId id = KeyId.parse(newest.getKeyID());
            return content -> EventSignature.sign(content, id, newest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("unusable keys of " + signer, e);
        }
    }

    /** Signs {@code content} as {@code signer} would, with its newest key: for tests that play a service. */
    public String sign(Signer signer, byte[] content) {
        return signerOf(signer).apply(content);
    }

    private static void writePrivate(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
