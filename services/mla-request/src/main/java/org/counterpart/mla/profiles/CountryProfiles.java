package org.counterpart.mla.profiles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.counterpart.events.Country;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The requested countries' profiles, for drafting: asked of the hub and kept for a while, since a
 * profile changes rarely and a draft is looked at often. An unreachable hub means no advice, never a
 * draft that cannot be opened.
 */
@ApplicationScoped
public class CountryProfiles {

    private static final Logger LOG = Logger.getLogger(CountryProfiles.class);

    private record Kept(Optional<HubCountryProfiles.Published> profile, Instant until) {
    }

    private final HubCountryProfiles hub;
    private final InstantSource clock;
    private final Duration keepFor;
    private final Map<Country, Kept> kept = new ConcurrentHashMap<>();

    CountryProfiles(@RestClient HubCountryProfiles hub, InstantSource clock,
            @ConfigProperty(name = "counterpart.profiles.keep-for") Duration keepFor) {
        this.hub = hub;
        this.clock = clock;
        this.keepFor = keepFor;
    }

    /** {@code country}'s current profile, or empty when the hub has none or cannot be asked now. */
    public Optional<HubCountryProfiles.Published> of(Country country) {
        Instant now = clock.instant();
        Kept known = kept.get(country);
        if (known != null && now.isBefore(known.until())) {
            return known.profile();
        }
        try {
            Optional<HubCountryProfiles.Published> profile = Optional.of(hub.current(country.code()));
            kept.put(country, new Kept(profile, now.plus(keepFor)));
            return profile;
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                kept.put(country, new Kept(Optional.empty(), now.plus(keepFor)));
            } else {
                LOG.warnf("the hub answered %d for the profile of %s", e.getResponse().getStatus(), country);
            }
            return Optional.empty();
        } catch (ProcessingException e) {
            LOG.warnf("the hub could not be asked for the profile of %s: %s", country, e.getMessage());
            return Optional.empty();
        }
    }
}
