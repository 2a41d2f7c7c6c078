package org.counterpart.routing.exchange;

import io.smallrye.config.ConfigMapping;
import java.util.Map;
import java.util.Optional;
import org.counterpart.events.Country;
import org.counterpart.platform.ConfigKeys;

/**
 * Where each country's mla-request service answers: {@code counterpart.exchange.countries.TH=https://...}
 * (environment: {@code COUNTERPART_EXCHANGE_COUNTRIES_TH}). Keys are matched without regard to case,
 * because environment variables do not keep it.
 */
@ConfigMapping(prefix = "counterpart.exchange")
public interface CountryAddresses {

    Map<String, String> countries();

    default Optional<String> urlOf(Country country) {
        return ConfigKeys.ignoringCase(countries(), country.code());
    }
}
