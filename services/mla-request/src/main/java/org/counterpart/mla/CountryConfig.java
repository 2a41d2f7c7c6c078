package org.counterpart.mla;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.stream.Collectors;
import org.counterpart.events.Country;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Which country this instance serves and which countries it can address; both come from configuration. */
@ApplicationScoped
public class CountryConfig {

    private final Country country;
    private final Set<Country> networkCountries;

    CountryConfig(@ConfigProperty(name = "counterpart.country") String country,
            @ConfigProperty(name = "counterpart.network.countries") Set<String> networkCountries) {
        this.country = Country.of(country);
        this.networkCountries = networkCountries.stream().map(Country::of).collect(Collectors.toUnmodifiableSet());
    }

    /** ISO 3166-1 alpha-2 code of this instance's country. */
    public Country country() {
        return country;
    }

    public Set<Country> networkCountries() {
        return networkCountries;
    }

    /** The countries this one may address, by code: the choices of a form. */
    public java.util.List<Country> counterparts() {
        return networkCountries.stream().filter(c -> !c.equals(country())).sorted(java.util.Comparator.comparing(Country::code))
                .toList();
    }
}
