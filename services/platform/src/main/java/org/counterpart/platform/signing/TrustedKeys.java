package org.counterpart.platform.signing;

import com.nimbusds.jose.jwk.OctetKeyPair;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.counterpart.events.signature.EventSignature;
import org.counterpart.events.signature.KeyId;
import org.counterpart.events.signature.SignatureRefusedException;
import org.counterpart.events.signature.Signer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The public keys this service accepts signatures from, kept in its own database: the trust anchors it
 * was set up with, and later keys it accepted (endorsed by the signer's previous key, or confirmed by
 * its own operator against the key's thumbprint). The hub publishes keys but cannot make anyone trust
 * one. Rows are locked whenever a decision changes them, so a revocation is never undone by a
 * concurrent acceptance.
 */
@ApplicationScoped
public class TrustedKeys {

    private static final Logger LOG = Logger.getLogger(TrustedKeys.class);

    private final Path anchors;
    private final InstantSource clock;
    private final KeyDirectory directory;
    private final Duration overlap;
    private final Duration recheck;
    private final TransactionSynchronizationRegistry transactions;
    private final Map<KeyId, Accepted> recentlyAccepted = new ConcurrentHashMap<>();
    // Moves on at every change of trust, so a look-up that read the database before a change never
    // puts what it read back after the change cleared it.
    private final AtomicLong trustChanges = new AtomicLong();

    TrustedKeys(@ConfigProperty(name = "counterpart.signing.trust-anchors") Path anchors, InstantSource clock,
            KeyDirectory directory,
            @ConfigProperty(name = "counterpart.signing.overlap", defaultValue = "P7D") Duration overlap,
            @ConfigProperty(name = "counterpart.signing.trust-recheck", defaultValue = "10s") Duration recheck,
            TransactionSynchronizationRegistry transactions) {
        this.anchors = anchors;
        this.clock = clock;
        this.directory = directory;
        this.overlap = overlap;
        this.recheck = recheck;
        this.transactions = transactions;
    }

    /**
     * Before any consumer starts: the anchors of the configuration are known. An anchor never replaces a
     * decision (trusted or revoked), but it settles a key that was only pending.
     */
    void loadAnchors(@Observes @Priority(10) StartupEvent event) {
        List<PublishedKey> anchored = TrustAnchors.load(anchors);
        QuarkusTransaction.requiringNew().run(() -> {
            for (PublishedKey key : anchored) {
                TrustedKey known = TrustedKey.findById(TrustedKey.Id.of(key.id()), LockModeType.PESSIMISTIC_WRITE);
                if (known == null) {
                    record(key.id(), key.publicJwk(), TrustedKey.Status.TRUSTED, TrustedKey.Source.ANCHOR, null);
                } else if (known.status == TrustedKey.Status.PENDING) {
                    LOG.warnf("key %s was pending with thumbprint %s; the trust anchors settle it as %s", key.id(),
                            Endorsement.thumbprint(known.publicJwk), Endorsement.thumbprint(key.publicJwk()));
                    known.publicJwk = key.publicJwk();
                    accept(known, TrustedKey.Source.ANCHOR, "trust anchors");
                }
            }
        });
    }

    /**
     * Checks that {@code signature} over {@code content} was made with a key this service trusts, and
     * says whose it is. A key it has not seen, or one still pending, is looked up in the directory first.
     * What the database says of a key is reused for {@code counterpart.signing.trust-recheck}: every
     * record would otherwise cost a transaction of its own. A decision taken here (revoke, confirm,
     * accept) clears that memory when it commits; one taken by another instance of this service is
     * seen within the recheck period.
     */
    public Signer verify(byte[] content, String signature) {
        return verifyMadeAt(content, signature, clock.instant());
    }

    /**
     * The same for a statement its signer dated {@code madeAt} (an audit anchor, a record kept for
     * years): a key retired since still vouches for what it signed before it retired; a revoked one for nothing.
     */
    public Signer verifyMadeAt(byte[] content, String signature, Instant madeAt) {
        KeyId id = EventSignature.keyOf(signature);
        Accepted key = accepted(id);
        if (key.retireAfter() != null && madeAt.isAfter(key.retireAfter())) {
            throw new SignatureRefusedException("signed with key " + id + ", which was retired at "
                    + key.retireAfter() + " after its signer rotated");
        }
        EventSignature.verify(content, signature, key.publicKey());
        return id.signer();
    }

    /** A key as trusted when the database was last asked, with its public part parsed once. */
    private record Accepted(OctetKeyPair publicKey, Instant retireAfter, Instant checkedAt) {
    }

    private Accepted accepted(KeyId id) {
        Instant now = clock.instant();
        Accepted known = recentlyAccepted.get(id);
        if (known != null && now.isBefore(known.checkedAt().plus(recheck))) {
            return known;
        }
        long changesBefore = trustChanges.get();
        Accepted fresh;
        try {
            fresh = QuarkusTransaction.requiringNew().call(() -> lookUp(id, now));
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SignatureRefusedException refused) {
                    throw refused;
                }
            }
            throw e;
        }
        if (trustChanges.get() == changesBefore) {
            recentlyAccepted.put(id, fresh);
        }
        return fresh;
    }

    private Accepted lookUp(KeyId id, Instant now) {
        TrustedKey key = TrustedKey.findById(TrustedKey.Id.of(id));
        if (key == null || key.status == TrustedKey.Status.PENDING) {
            learn(id);
            key = TrustedKey.findById(TrustedKey.Id.of(id));
            if (key == null) {
                throw new SignatureRefusedException("signed with key " + id + ", which this service does not know");
            }
        }
        return switch (key.status) {
            case REVOKED -> throw new SignatureRefusedException("signed with key " + id + ", which is revoked");
            case PENDING -> throw new SignatureRefusedException("signed with key " + id + ", which awaits confirmation");
            case TRUSTED -> new Accepted(Endorsement.publicKey(key.publicJwk), key.retireAfter, now);
        };
    }

    /** Every change of trust forgets what was reused, now and again once the change's transaction ends. */
    private void forgetAccepted() {
        trustChanges.incrementAndGet();
        recentlyAccepted.clear();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                trustChanges.incrementAndGet();
                recentlyAccepted.clear();
            }
        });
    }

    /**
     * Asks the directory for {@code id} and records what it says: trusted when the signer's previous
     * key, trusted here, endorsed it; pending otherwise (a pending key the directory now shows endorsed
     * is settled). A directory that cannot be reached is a passing failure, not a refusal.
     */
    private void learn(KeyId id) {
        Optional<PublishedKey> published = directory.find(id);
        if (published.isEmpty() || !published.get().id().equals(id)
                || Endorsement.publicJwkProblem(published.get()) != null) {
            return;
        }
        PublishedKey key = published.get();
        QuarkusTransaction.requiringNew().run(() -> {
            TrustedKey known = TrustedKey.findById(TrustedKey.Id.of(id), LockModeType.PESSIMISTIC_WRITE);
            if (known != null && known.status != TrustedKey.Status.PENDING) {
                return;
            }
            TrustedKey previous = id.version() > 1 ? TrustedKey.findById(TrustedKey.Id.of(
                    new KeyId(id.signer(), id.version() - 1)), LockModeType.PESSIMISTIC_WRITE) : null;
            boolean endorsed = previous != null && previous.status == TrustedKey.Status.TRUSTED
                    && Endorsement.problem(key, previous.id.keyId(), Endorsement.publicKey(previous.publicJwk)) == null;
            TrustedKey entry = known != null ? known
                    : record(id, key.publicJwk(), TrustedKey.Status.PENDING, TrustedKey.Source.DIRECTORY, null);
            if (endorsed) {
                entry.publicJwk = key.publicJwk();
                accept(entry, TrustedKey.Source.ENDORSED, null);
            }
        });
    }

    /**
     * An operator's decision: a pending key is this signer's after all, checked with the signer out of
     * band against its thumbprint, which must match the key on record.
     */
    public TrustedKey confirm(KeyId id, String thumbprint, String by) {
        TrustedKey key = lockedOrFail(id);
        if (key.status == TrustedKey.Status.REVOKED) {
            throw new IllegalStateException("key " + id + " was revoked by " + key.changedBy);
        }
        if (!Endorsement.thumbprint(key.publicJwk).equals(thumbprint)) {
            throw new IllegalArgumentException("the thumbprint does not match key " + id + " on record");
        }
        if (key.status == TrustedKey.Status.PENDING) {
            accept(key, TrustedKey.Source.CONFIRMED, by);
        }
        return key;
    }

    /** An operator hands this service a key it could not learn (no directory, a joining country). */
    public TrustedKey add(PublishedKey key, String by) {
        String problem = Endorsement.publicJwkProblem(key);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (TrustedKey.findById(TrustedKey.Id.of(key.id()), LockModeType.PESSIMISTIC_WRITE) != null) {
            throw new IllegalStateException("key " + key.id() + " is already on record; confirm or revoke it");
        }
        TrustedKey entry = record(key.id(), key.publicJwk(), TrustedKey.Status.PENDING, TrustedKey.Source.CONFIRMED, by);
        accept(entry, TrustedKey.Source.CONFIRMED, by);
        return entry;
    }

    /** An operator's decision: this key signs nothing any more, here. */
    public TrustedKey revoke(KeyId id, String by) {
        TrustedKey key = lockedOrFail(id);
        forgetAccepted();
        key.status = TrustedKey.Status.REVOKED;
        key.changedBy = by;
        key.changedAt = now();
        return key;
    }

    /** Trusts {@code key}; every older key of its signer still trusted retires after the overlap. */
    private void accept(TrustedKey key, TrustedKey.Source source, String by) {
        forgetAccepted();
        key.status = TrustedKey.Status.TRUSTED;
        key.source = source;
        key.changedBy = by;
        key.changedAt = now();
        List<TrustedKey> older = TrustedKey.find("id.signer = ?1 and id.version < ?2 and status = ?3",
                key.id.signer(), key.id.version(), TrustedKey.Status.TRUSTED)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        Instant retire = now().plus(overlap);
        for (TrustedKey old : older) {
            if (old.retireAfter == null || old.retireAfter.isAfter(retire)) {
                old.retireAfter = retire;
            }
        }
    }

    private static TrustedKey lockedOrFail(KeyId id) {
        TrustedKey key = TrustedKey.findById(TrustedKey.Id.of(id), LockModeType.PESSIMISTIC_WRITE);
        if (key == null) {
            throw new IllegalArgumentException("no key " + id);
        }
        return key;
    }

    private TrustedKey record(KeyId id, String publicJwk, TrustedKey.Status status, TrustedKey.Source source, String by) {
        TrustedKey key = new TrustedKey();
        key.id = TrustedKey.Id.of(id);
        key.publicJwk = publicJwk;
        key.status = status;
        key.source = source;
        key.recordedAt = now();
        key.changedBy = by;
        key.persist();
        return key;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
