package org.counterpart.routing.exchange;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.counterpart.events.Country;

/** The hub's clients for each country's service, at the addresses {@link CountryAddresses} gives. */
@ApplicationScoped
public class CountryServices {

    private final CountryAddresses addresses;
    private final Map<Country, CountryExchange> clients = new ConcurrentHashMap<>();

    CountryServices(CountryAddresses addresses) {
        this.addresses = addresses;
    }

    public Optional<CountryExchange> exchangeOf(Country country) {
        return addresses.urlOf(country).map(url -> clients.computeIfAbsent(country,
                c -> QuarkusRestClientBuilder.newBuilder()
                        .baseUri(URI.create(url))
                        // Statuses are the resource's to interpret (404 stays 404), not exceptions.
                        .property("microprofile.rest.client.disable.default.mapper", true)
                        .build(CountryExchange.class)));
    }
}
