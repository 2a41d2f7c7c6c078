package org.counterpart.mla.keys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.counterpart.events.signature.KeyId;
import org.counterpart.platform.signing.KeyDirectory;
import org.counterpart.platform.signing.PublishedKey;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A country's service learns keys from, and publishes its own to, the directory at the hub. What it
 * learns it trusts only if the signer's previous key endorsed it (see TrustedKeys): a hub that swapped a
 * key would have to forge that endorsement.
 */
@ApplicationScoped
public class HubKeyDirectory implements KeyDirectory {

    private final HubDirectoryKeys hub;

    HubKeyDirectory(@RestClient HubDirectoryKeys hub) {
        this.hub = hub;
    }

    @Override
    public Optional<PublishedKey> find(KeyId id) {
        try (Response response = hub.key(id.signer().name(), id.version())) {
            HubDirectoryKeys.Key key = response.readEntity(HubDirectoryKeys.Key.class);
            try {
                return Optional.of(new PublishedKey(KeyId.parse(key.keyId()), key.publicJwk(), key.endorsement()));
            } catch (IllegalArgumentException | NullPointerException e) {
                // An answer that names no key is no key; asking again would not change it.
                return Optional.empty();
            }
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw new IllegalStateException("the directory answered " + e.getResponse().getStatus() + " for key " + id, e);
        }
    }

    @Override
    public void publish(PublishedKey key) {
        try (Response response = hub.publish(new HubDirectoryKeys.Key(key.id().value(), key.publicJwk(), key.endorsement()))) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("the directory answered " + response.getStatus() + " to key " + key.id());
            }
        }
    }
}
