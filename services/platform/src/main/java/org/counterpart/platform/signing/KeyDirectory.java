package org.counterpart.platform.signing;

import java.util.Optional;
import org.counterpart.events.signature.KeyId;

/**
 * Where a service learns keys it does not know yet, and publishes its own new ones: the hub's
 * directory. Publishing makes a key known, not trusted: each receiver decides that for itself.
 */
public interface KeyDirectory {

    Optional<PublishedKey> find(KeyId id);

    void publish(PublishedKey key);
}
