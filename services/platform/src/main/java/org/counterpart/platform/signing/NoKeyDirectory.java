package org.counterpart.platform.signing;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.counterpart.events.signature.KeyId;

/** For a service that reaches no directory (tracking): it knows only its anchors and what its operator confirms. */
@DefaultBean
@ApplicationScoped
public class NoKeyDirectory implements KeyDirectory {

    @Override
    public Optional<PublishedKey> find(KeyId id) {
        return Optional.empty();
    }

    @Override
    public void publish(PublishedKey key) {
        throw new IllegalStateException("this service publishes no keys; hand " + key.id() + " to the operators");
    }
}
