package org.counterpart.platform.signing;

import org.counterpart.events.signature.KeyId;

/**
 * A public key as the directory publishes it.
 *
 * @param endorsement a JWS over {@code publicJwk} by the signer's previous key; null for a first key,
 *                    which only configuration (the trust anchors) or an operator can make trusted
 */
public record PublishedKey(KeyId id, String publicJwk, String endorsement) {
}
