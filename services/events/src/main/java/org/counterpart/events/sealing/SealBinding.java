package org.counterpart.events.sealing;

import java.util.Objects;
import java.util.UUID;
import org.counterpart.events.Country;

/**
 * What a seal is bound to, written into the JWE's protected header (and so authenticated with the
 * ciphertext): the request, the sealing country and the receiving one. Opened anywhere else, a copied
 * ciphertext is refused instead of being taken for part of another conversation.
 */
public record SealBinding(UUID requestId, Country from, Country to) {

    public SealBinding {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
