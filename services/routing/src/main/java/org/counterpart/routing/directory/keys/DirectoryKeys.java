package org.counterpart.routing.directory.keys;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.counterpart.events.signature.KeyId;
import org.counterpart.platform.problem.FieldError;
import org.counterpart.platform.signing.Endorsement;
import org.counterpart.platform.signing.KeyDirectory;
import org.counterpart.platform.signing.PublishedKey;
import org.counterpart.platform.signing.TrustAnchors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The directory's key list: every signer's public keys by version. Seeded with the network's first
 * keys (the trust anchors); a signer adds its next version, endorsed by its current one. The hub checks
 * the endorsement before it publishes anything, but its word is not needed: receivers check it again.
 */
@ApplicationScoped
public class DirectoryKeys implements KeyDirectory {

    private final Path anchors;
    private final InstantSource clock;

    DirectoryKeys(@ConfigProperty(name = "counterpart.signing.trust-anchors") Path anchors, InstantSource clock) {
        this.anchors = anchors;
        this.clock = clock;
    }

    void seed(@Observes @Priority(20) StartupEvent event) {
        List<PublishedKey> anchored = TrustAnchors.load(anchors);
        QuarkusTransaction.requiringNew().run(() -> {
            for (PublishedKey key : anchored) {
                if (PublishedKeyEntry.find(key.id()) == null) {
                    store(key, "trust anchors");
                }
            }
        });
    }

    @Override
    public Optional<PublishedKey> find(KeyId id) {
        return Optional.ofNullable(PublishedKeyEntry.find(id)).map(PublishedKeyEntry::published);
    }

    /** The hub's own rotation. */
    @Override
    public void publish(PublishedKey key) {
        QuarkusTransaction.requiringNew().run(() -> publish(key, "hub").ifPresent(why -> {
            throw new IllegalStateException("the directory refused the hub's key " + key.id() + ": " + why.message());
        }));
    }

    /**
     * Publishes {@code key} when it is its signer's next version, a public Ed25519 JWK under its own id,
     * and endorsed by the version before it; otherwise says which part is wrong and why.
     */
    public Optional<FieldError> publish(PublishedKey key, String by) {
        PublishedKeyEntry newest = PublishedKeyEntry.newestOf(key.id().signer());
        int expected = newest == null ? 1 : newest.id.version() + 1;
        if (key.id().version() != expected) {
            return Optional.of(new FieldError("keyId", "the next key of " + key.id().signer() + " is version " + expected));
        }
        String jwkProblem = Endorsement.publicJwkProblem(key);
        if (jwkProblem != null) {
            return Optional.of(new FieldError("publicJwk", jwkProblem));
        }
        String endorsementProblem = newest == null ? null
                : Endorsement.problem(key, newest.keyId(), Endorsement.publicKey(newest.publicJwk));
        if (endorsementProblem != null) {
            return Optional.of(new FieldError("endorsement", endorsementProblem));
        }
        store(key, by);
        return Optional.empty();
    }

    private void store(PublishedKey key, String by) {
        PublishedKeyEntry entry = new PublishedKeyEntry();
        entry.id = PublishedKeyEntry.Id.of(key.id());
        entry.publicJwk = key.publicJwk();
        entry.endorsement = key.endorsement();
        entry.publishedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        entry.publishedBy = by;
        entry.persist();
    }
}
