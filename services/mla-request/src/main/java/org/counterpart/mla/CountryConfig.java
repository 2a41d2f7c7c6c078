package org.counterpart.mla;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.counterpart.events.CountryCode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Which country this instance serves and which countries it can address; both come from configuration. */
@ApplicationScoped
public class CountryConfig {

    private final String country;
    private final Set<String> networkCountries;

    CountryConfig(@ConfigProperty(name = "counterpart.country") String country,
            @ConfigProperty(name = "counterpart.network.countries") Set<String> networkCountries) {
        this.country = CountryCode.require(country);
        networkCountries.forEach(CountryCode::require);
        this.networkCountries = Set.copyOf(networkCountries);
    }

    /** ISO 3166-1 alpha-2 code of this instance's country. */
    public String country() {
        return country;
    }

    public Set<String> networkCountries() {
        return networkCountries;
    }
}
