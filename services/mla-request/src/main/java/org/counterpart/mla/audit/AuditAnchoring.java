package org.counterpart.mla.audit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.counterpart.events.Country;
import org.counterpart.events.audit.AuditAnchor;
import org.counterpart.events.audit.SignedAnchor;
import org.counterpart.events.signature.SignatureRefusedException;
import org.counterpart.events.signature.Signer;
import org.counterpart.mla.CountryConfig;
import org.counterpart.platform.signing.OwnKeys;
import org.counterpart.platform.signing.TrustedKeys;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Leaves the trail's head with the hub, signed with this country's key, whenever it has moved on
 * ({@code counterpart.audit.anchor-every}); and reads back what the hub holds, for verification. The
 * hub learns entry numbers, hashes and times, nothing of what the entries say.
 */
@ApplicationScoped
public class AuditAnchoring {

    private static final Logger LOG = Logger.getLogger(AuditAnchoring.class);

    private final AuditTrail trail;
    private final OwnKeys keys;
    private final HubAuditAnchors hub;
    private final CountryConfig config;
    private final InstantSource clock;
    private final TrustedKeys trustedKeys;
    private volatile long anchoredSeq;

    AuditAnchoring(AuditTrail trail, OwnKeys keys, @RestClient HubAuditAnchors hub, CountryConfig config,
            InstantSource clock, TrustedKeys trustedKeys) {
        this.trail = trail;
        this.keys = keys;
        this.hub = hub;
        this.config = config;
        this.clock = clock;
        this.trustedKeys = trustedKeys;
    }

    @Scheduled(every = "${counterpart.audit.anchor-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void anchorOnSchedule() {
        try {
            anchor();
        } catch (RuntimeException e) {
            // The entries are safe in the database; the next round anchors them.
            LOG.warnf(e, "the audit trail's head could not be anchored at the hub; retrying next round");
        }
    }

    /** Anchors the head unless it was anchored already; says what was anchored. */
    public Optional<AuditAnchor> anchor() {
        Optional<AuditChain.Link> head = trail.head();
        if (head.isEmpty() || head.get().record().seq() <= anchoredSeq) {
            return Optional.empty();
        }
        AuditAnchor anchor = AuditAnchor.of(config.country(), head.get().record().seq(), head.get().hash(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        String statement = anchor.statement();
        hub.leave(new SignedAnchor(statement, keys.sign(statement.getBytes(StandardCharsets.UTF_8))));
        anchoredSeq = anchor.seq();
        return Optional.of(anchor);
    }

    /**
     * Every anchor the hub holds of this country's trail, each checked to be this country's own signed
     * statement: the hub can withhold anchors, not invent or alter them.
     */
    public List<AuditAnchor> anchored() {
        return hub.of(config.country().code()).stream().map(signed -> {
            AuditAnchor anchor = AuditAnchor.parse(signed.statement());
            // Anchors are kept for as long as the trail: one signed before a rotation still counts after it.
            Signer signer = trustedKeys.verifyMadeAt(signed.statement().getBytes(StandardCharsets.UTF_8),
                    signed.signature(), anchor.anchoredAt());
            if (!signer.is(config.country()) || !anchor.country().equals(config.country())) {
                throw new SignatureRefusedException("the hub returned an anchor of " + anchor.country() + " signed by "
                        + signer + " as " + config.country() + "'s");
            }
            return anchor;
        }).toList();
    }
}
