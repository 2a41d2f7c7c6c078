package org.counterpart.mla.sealing;

import com.nimbusds.jose.jwk.OctetKeyPair;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.counterpart.events.sealing.PublishedSealingKey;
import org.counterpart.events.sealing.SealingKeyId;
import org.counterpart.platform.signing.OwnKeys;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Keeps the directory publishing this country's current sealing key, endorsed with its signing key, so
 * counterparts seal for it. Runs from the start and after each rotation until the hub has taken the key;
 * publishing the same key again is harmless, so a restart simply publishes once more.
 */
@ApplicationScoped
public class SealingKeyPublication {

    private static final Logger LOG = Logger.getLogger(SealingKeyPublication.class);

    private final SealingKeys keys;
    private final OwnKeys signing;
    private final HubSealingKeys hub;
    /** The sealing key the directory took, with the signing key that endorsed it. */
    private volatile String published;

    SealingKeyPublication(SealingKeys keys, OwnKeys signing, @RestClient HubSealingKeys hub) {
        this.keys = keys;
        this.signing = signing;
        this.hub = hub;
    }

    /** The current key as the directory should publish it. */
    private PublishedSealingKey current() {
        OctetKeyPair key = keys.current();
        String publicJwk = key.toPublicJWK().toJSONString();
        return new PublishedSealingKey(SealingKeyId.parse(key.getKeyID()), publicJwk,
                signing.sign(publicJwk.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether the directory has the current key; false when it refused it or could not be reached. */
    public synchronized boolean publish() {
        // After the signing key rotates, the endorsement is renewed: one by a retired signing key stops verifying.
        String now = keys.currentId().value() + " endorsed by " + signing.currentKey().value();
        if (now.equals(published)) {
            return true;
        }
        PublishedSealingKey key = current();
        try (Response response = hub.publish(new HubSealingKeys.Key(key.id().value(), key.publicJwk(), key.endorsement()))) {
            published = now;
            LOG.infof("the directory publishes sealing key %s", now);
            return true;
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 400) {
                // Most often: the directory holds another key under this version, so this key file is not
                // the one that was published (restored from an old backup, or lost and made anew).
                LOG.errorf("the directory refuses sealing key %s (%s); if it holds another key under that version, "
                        + "restore this service's key file from its backup, or counterparts go on sealing for a key "
                        + "this service does not hold", key.id(), detailOf(e));
            } else {
                LOG.warnf("the directory answered %d to sealing key %s; publishing again later", e.getResponse().getStatus(),
                        key.id());
            }
        } catch (RuntimeException e) {
            LOG.warnf("sealing key %s could not be published yet (%s); publishing again later", key.id(), e.toString());
        }
        return false;
    }

    private static String detailOf(WebApplicationException refusal) {
        try {
            return refusal.getResponse().readEntity(String.class);
        } catch (RuntimeException unreadable) {
            return "no readable answer";
        }
    }

    @Scheduled(every = "${counterpart.sealing.publish-every:1m}", delay = 1, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishUntilTaken() {
        publish();
    }
}
