package org.counterpart.mla;

import java.nio.file.Path;
import java.util.UUID;
import org.counterpart.events.Country;
import org.counterpart.events.sealing.ContentSeal;
import org.counterpart.events.sealing.SealBinding;
import org.counterpart.events.sealing.Sealed;
import org.counterpart.events.signature.Signer;
import org.counterpart.network.Countries;
import org.counterpart.network.exchange.ServiceKeys;

/**
 * Sealed content as a counterpart's service makes it for Thailand's (the service under test), and what
 * Thailand's sealed for a counterpart, opened as that counterpart's service would: with the network's
 * sealing keys from the exchange secrets.
 */
public final class Seals {

    private Seals() {
    }

    public static <T> Sealed<T> forThailand(String exchange, String from, UUID requestId, T content) {
        return ContentSeal.seal(content, new SealBinding(requestId, Country.of(from), Countries.TH),
                keys(exchange).sealingKeyOf(Signer.country(Countries.TH)).toPublicJWK());
    }

    public static <T> T openedBy(String exchange, String country, Sealed<T> sealed, Class<T> type, UUID requestId) {
        return ContentSeal.open(sealed, type, new SealBinding(requestId, Countries.TH, Country.of(country)),
                keys(exchange).sealingKeyOf(Signer.country(Country.of(country))));
    }

    private static ServiceKeys keys(String exchange) {
        return ServiceKeys.in(Path.of(exchange).resolve("signing"));
    }
}
