package org.counterpart.mla.sealing;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.counterpart.events.Country;
import org.counterpart.events.sealing.PublishedSealingKey;
import org.counterpart.events.sealing.SealingKeyId;
import org.counterpart.events.signature.SignatureRefusedException;
import org.counterpart.events.signature.Signer;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.signing.KeyFiles;
import org.counterpart.platform.signing.TrustedKeys;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The keys this service seals for, one per counterpart: the newest the directory publishes whose
 * endorsement verifies with a signing key this service trusts for that country, or else the one the
 * network's operator configured ({@code counterpart.sealing.anchors}), whichever is newer, and never
 * older than one it used since it started. A key the hub could have made up is never used: it would need the
 * country's signature.
 */
@ApplicationScoped
public class CounterpartSealingKeys {

    private static final Logger LOG = Logger.getLogger(CounterpartSealingKeys.class);

    private record Known(OctetKeyPair key, Instant checkedAt) {
    }

    private final HubSealingKeys hub;
    private final TrustedKeys trusted;
    private final InstantSource clock;
    private final Duration recheck;
    private final Map<Country, OctetKeyPair> anchors;
    private final Map<Country, Known> known = new ConcurrentHashMap<>();

    CounterpartSealingKeys(@RestClient HubSealingKeys hub, TrustedKeys trusted, InstantSource clock,
            @ConfigProperty(name = "counterpart.sealing.recheck", defaultValue = "1m") Duration recheck,
            @ConfigProperty(name = "counterpart.sealing.anchors") Optional<Path> anchors) {
        this.hub = hub;
        this.trusted = trusted;
        this.clock = clock;
        this.recheck = recheck;
        this.anchors = anchors.filter(Files::exists).map(CounterpartSealingKeys::load).orElse(Map.of());
    }

    /** The public key to seal for {@code country} with; 503 when none can be had that this service can vouch for. */
    public OctetKeyPair keyFor(Country country) {
        Instant now = clock.instant();
        Known cached = known.get(country);
        if (cached != null && now.isBefore(cached.checkedAt().plus(recheck))) {
            return cached.key();
        }
        // Never back to an older version than one already vouched for: a hub that withholds the newest
        // key, or offers an older endorsed one, cannot make senders seal for a key the country retired.
        OctetKeyPair key = newest(newest(anchors.get(country), cached == null ? null : cached.key()),
                published(country).orElse(null));
        if (key == null) {
            throw ProblemException.unavailable("No sealing key of " + country + " is known yet, so nothing can be sent "
                    + "to it: its service has not published one in the directory. Nothing was changed; try again later");
        }
        known.put(country, new Known(key, now));
        return key;
    }

    private Optional<OctetKeyPair> published(Country country) {
        PublishedSealingKey key;
        try (Response response = hub.newest(country.code())) {
            HubSealingKeys.Key answer = response.readEntity(HubSealingKeys.Key.class);
            key = new PublishedSealingKey(SealingKeyId.parse(answer.keyId()), answer.publicJwk(), answer.endorsement());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != 404) {
                LOG.warnf("the directory answered %d for the sealing key of %s", e.getResponse().getStatus(), country);
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.warnf("the directory did not answer for the sealing key of %s: %s", country, e.toString());
            return Optional.empty();
        }
        String problem = problemOf(key, country);
        if (problem != null) {
            LOG.errorf("the directory's sealing key %s is not used: %s", key.id(), problem);
            return Optional.empty();
        }
        return Optional.of(key.publicKey());
    }

    private String problemOf(PublishedSealingKey key, Country country) {
        if (!key.id().country().equals(country)) {
            return "it is not a key of " + country;
        }
        String jwkProblem = key.publicJwkProblem();
        if (jwkProblem != null) {
            return "its JWK " + jwkProblem;
        }
        try {
            Signer signer = trusted.verify(key.endorsedBytes(), key.endorsement());
            return signer.equals(Signer.country(country)) ? null : "it is endorsed by " + signer + ", not by " + country;
        } catch (SignatureRefusedException | NullPointerException e) {
            return "its endorsement does not verify with a signing key of " + country + " trusted here";
        }
    }

    private static OctetKeyPair newest(OctetKeyPair one, OctetKeyPair other) {
        if (one == null || other == null) {
            return one == null ? other : one;
        }
        return version(other) > version(one) ? other : one;
    }

    private static int version(OctetKeyPair key) {
        return SealingKeyId.parse(key.getKeyID()).version();
    }

    private static Map<Country, OctetKeyPair> load(Path file) {
        return KeyFiles.read(file).stream()
                .map(JWK::toOctetKeyPair)
                .map(OctetKeyPair::toPublicJWK)
                .collect(Collectors.toMap(k -> SealingKeyId.parse(k.getKeyID()).country(), Function.identity(),
                        (a, b) -> version(a) >= version(b) ? a : b));
    }
}
