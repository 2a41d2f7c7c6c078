package org.counterpart.mla.sealing;

import com.nimbusds.jose.jwk.OctetKeyPair;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.counterpart.events.Country;
import org.counterpart.events.sealing.ContentSeal;
import org.counterpart.events.sealing.SealBinding;
import org.counterpart.events.sealing.SealRefusedException;
import org.counterpart.events.sealing.Sealed;
import org.counterpart.events.sealing.SealingKeyId;
import org.counterpart.mla.CountryConfig;
import org.counterpart.platform.inbox.RejectedEventException;

/**
 * The one place this country seals what it sends and opens what it receives. A message that cannot be
 * opened is refused with a reason the sender reads in its non-retrieval receipt.
 */
@ApplicationScoped
public class Sealing {

    private final Country country;
    private final SealingKeys own;
    private final CounterpartSealingKeys counterparts;

    Sealing(CountryConfig config, SealingKeys own, CounterpartSealingKeys counterparts) {
        this.country = config.country();
        this.own = own;
        this.counterparts = counterparts;
    }

    /** {@code content} about {@code requestId}, sealed for {@code recipient}'s service alone. */
    public <T> Sealed<T> sealFor(Country recipient, UUID requestId, T content) {
        return ContentSeal.seal(content, new SealBinding(requestId, country, recipient), counterparts.keyFor(recipient));
    }

    /** Opens what {@code sender} sealed for this country about {@code requestId}, or refuses the message saying why. */
    public <T> T open(Sealed<T> sealed, Class<T> type, UUID requestId, Country sender) {
        try {
            return ContentSeal.open(sealed, type, new SealBinding(requestId, sender, country), this::privateKeyOf);
        } catch (SealRefusedException e) {
            throw new RejectedEventException(e.getMessage());
        }
    }

    private OctetKeyPair privateKeyOf(SealingKeyId key) {
        if (!key.country().equals(country)) {
            throw new SealRefusedException("the content is sealed for " + key + ", a key of " + key.country()
                    + ", not of " + country);
        }
        return own.privateKey(key).orElseThrow(() -> new SealRefusedException("the content is sealed for " + key
                + ", which " + country + " has retired; seal it again for " + own.currentId() + " and resend"));
    }
}
