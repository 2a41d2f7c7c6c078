package org.counterpart.platform.inbox;

import org.counterpart.events.Envelope;
import org.counterpart.events.signature.Signer;

/**
 * An event as a consumer received it, after its signature was checked: what it says, the topic it came
 * from, who signed it, and the signed bytes themselves (which the hub relays unchanged).
 * The hub's delivery stamp (the envelope's contact point) is not covered by the signature.
 */
public record ReceivedEvent(Envelope envelope, String topic, Signer signer, byte[] content, String signature) {

    public boolean signedBy(Signer expected) {
        return signer.equals(expected);
    }
}
