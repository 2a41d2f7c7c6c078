package org.counterpart.platform.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;
import java.time.temporal.ChronoUnit;
import org.counterpart.events.signature.EventSignature;
import org.counterpart.events.signature.KeyId;
import org.counterpart.events.signature.SignatureRefusedException;
import org.counterpart.events.signature.Signer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public keys this service accepts signatures from, kept in its own database: the trust anchors it
 * was set up with, and later keys it accepted (endorsed by the signer's previous key, or confirmed by
 * its own operator). The hub publishes keys but cannot make anyone trust one.
 */
@ApplicationScoped
public class TrustedKeys {

    private final Path anchors;
    private final InstantSource clock;
    private final KeyDirectory directory;
    private final Duration overlap;

    TrustedKeys(@ConfigProperty(name = "counterpart.signing.trust-anchors") Path anchors, InstantSource clock,
            KeyDirectory directory,
            @ConfigProperty(name = "counterpart.signing.overlap", defaultValue = "P7D") Duration overlap) {
        this.anchors = anchors;
        this.clock = clock;
        this.directory = directory;
        this.overlap = overlap;
    }

    /** Before any consumer starts: the anchors of the configuration are known, and never replace a recorded decision. */
    void loadAnchors(@Observes @Priority(10) StartupEvent event) {
        JWKSet set;
        try {
            set = JWKSet.load(anchors.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the trust anchors " + anchors, e);
        } catch (ParseException e) {
            throw new IllegalStateException("trust anchors " + anchors + " are not a JWK Set", e);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (JWK key : set.getKeys()) {
                if (key.isPrivate()) {
                    throw new IllegalStateException("trust anchors " + anchors + " hold a private key (" + key.getKeyID() + ")");
                }
                KeyId id = KeyId.parse(key.getKeyID());
                if (TrustedKey.findById(TrustedKey.Id.of(id)) == null) {
                    record(id, key.toJSONString(), TrustedKey.Status.TRUSTED, TrustedKey.Source.ANCHOR, null);
                }
            }
        });
    }

    /**
     * Checks that {@code signature} over {@code content} was made with a key this service trusts, and
     * says whose it is. Must run inside a transaction (the consumer's).
     */
    public Signer verify(byte[] content, String signature) {
        KeyId id = EventSignature.keyOf(signature);
        TrustedKey key = TrustedKey.findById(TrustedKey.Id.of(id));
        if (key == null) {
            key = learn(id).orElseThrow(() -> new SignatureRefusedException("signed with key " + id
                    + ", which this service does not know"));
        }
        switch (key.status) {
            case REVOKED -> throw new SignatureRefusedException("signed with key " + id + ", which is revoked");
            case PENDING -> throw new SignatureRefusedException("signed with key " + id + ", which awaits confirmation");
            case TRUSTED -> {
                if (key.retireAfter != null && clock.instant().isAfter(key.retireAfter)) {
                    throw new SignatureRefusedException("signed with key " + id + ", which was retired at "
                            + key.retireAfter + " after its signer rotated");
                }
                EventSignature.verify(content, signature, publicKey(key));
            }
        }
        return id.signer();
    }

    /**
     * A key this service has not seen, looked up in the directory and recorded in a transaction of its
     * own (so an operator can confirm it later, whatever happens to the message that brought it up):
     * trusted at once when the signer's previous key, trusted here, endorsed it; pending otherwise.
     */
    private Optional<TrustedKey> learn(KeyId id) {
        Optional<PublishedKey> published = directory.find(id);
        if (published.isEmpty()) {
            return Optional.empty();
        }
        PublishedKey key = published.get();
        if (!key.id().equals(id)) {
            return Optional.empty();
        }
        QuarkusTransaction.requiringNew().run(() -> {
            if (TrustedKey.findById(TrustedKey.Id.of(id)) != null) {
                return;
            }
            TrustedKey previous = id.version() > 1 ? TrustedKey.findById(TrustedKey.Id.of(
                    new KeyId(id.signer(), id.version() - 1))) : null;
            if (previous != null && previous.status == TrustedKey.Status.TRUSTED && endorses(previous, key)) {
                record(id, key.publicJwk(), TrustedKey.Status.TRUSTED, TrustedKey.Source.ENDORSED, null);
                previous.retireAfter = clock.instant().plus(overlap).truncatedTo(ChronoUnit.MICROS);
            } else {
                record(id, key.publicJwk(), TrustedKey.Status.PENDING, TrustedKey.Source.CONFIRMED, null);
            }
        });
        return Optional.ofNullable(TrustedKey.findById(TrustedKey.Id.of(id)));
    }

    private static boolean endorses(TrustedKey previous, PublishedKey key) {
        if (key.endorsement() == null) {
            return false;
        }
        try {
            if (!EventSignature.keyOf(key.endorsement()).equals(previous.id.keyId())) {
                return false;
            }
            ECKey jwk = ECKey.parse(key.publicJwk());
            if (jwk.isPrivate()) {
                return false;
            }
            EventSignature.verify(key.publicJwk().getBytes(StandardCharsets.UTF_8), key.endorsement(), publicKey(previous));
            return true;
        } catch (SignatureRefusedException | ParseException e) {
            return false;
        }
    }

    /** An operator's decision: a pending key is this signer's after all (checked with them out of band). */
    public TrustedKey confirm(KeyId id, String by) {
        TrustedKey key = TrustedKey.findById(TrustedKey.Id.of(id));
        if (key == null) {
            throw new IllegalArgumentException("no key " + id);
        }
        if (key.status == TrustedKey.Status.PENDING) {
            key.status = TrustedKey.Status.TRUSTED;
            key.source = TrustedKey.Source.CONFIRMED;
            key.changedBy = by;
            key.changedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        }
        return key;
    }

    /** An operator's decision: this key signs nothing any more, here. */
    public void revoke(KeyId id, String by) {
        TrustedKey key = TrustedKey.findById(TrustedKey.Id.of(id));
        if (key == null) {
            throw new IllegalArgumentException("no key " + id);
        }
        key.status = TrustedKey.Status.REVOKED;
        key.changedBy = by;
        key.changedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private void record(KeyId id, String publicJwk, TrustedKey.Status status, TrustedKey.Source source, String by) {
        TrustedKey key = new TrustedKey();
        key.id = TrustedKey.Id.of(id);
        key.publicJwk = publicJwk;
        key.status = status;
        key.source = source;
        key.recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        key.changedBy = by;
        key.persist();
    }

    private static ECPublicKey publicKey(TrustedKey key) {
        try {
            return ECKey.parse(key.publicJwk).toECPublicKey();
        } catch (ParseException | JOSEException e) {
            throw new SignatureRefusedException("key " + key.id.keyId() + " on record is unusable", e);
        }
    }
}
