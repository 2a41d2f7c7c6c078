package org.counterpart.mla.profiles;

import jakarta.enterprise.context.ApplicationScoped;
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
 * profile changes rarely and a draft is looked at often. A hub that cannot answer is asked again only
 * after a short pause; meanwhile the last answer it gave stands (a profile changes rarely, and
 * advice a little old helps more than none), and with no answer yet, there is no advice, never a
 * draft that cannot be opened.
 */
@ApplicationScoped
public class CountryProfiles {

    private static final Logger LOG = Logger.getLogger(CountryProfiles.class);
    /** How long a failed question is not asked again, so an outage does not slow every draft. */
    private static final Duration AFTER_FAILURE = Duration.ofSeconds(30);

    /** What the hub said of a country's profile: the profile, that there is none, or nothing (unreachable). */
    public record Answer(boolean reachable, Optional<HubCountryProfiles.Published> profile) {

        public static final Answer UNREACHABLE = new Answer(false, Optional.empty());

        public static Answer of(HubCountryProfiles.Published published) {
            return new Answer(true, Optional.of(published));
        }

        public static final Answer NONE = new Answer(true, Optional.empty());
    }

    private record Kept(Answer answer, Instant until) {
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

    public Answer of(Country country) {
        Instant now = clock.instant();
        Kept known = kept.get(country);
        if (known != null && now.isBefore(known.until())) {
            return known.answer();
        }
        Answer answer = ask(country);
        Answer standing = answer.reachable() || known == null ? answer : known.answer();
        kept.put(country, new Kept(standing, now.plus(answer.reachable() ? keepFor : AFTER_FAILURE)));
        return standing;
    }

    private Answer ask(Country country) {
        try {
            return Answer.of(hub.current(country.code()));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Answer.NONE;
            }
            LOG.warnf("the hub answered %d for the profile of %s", e.getResponse().getStatus(), country);
            return Answer.UNREACHABLE;
        } catch (RuntimeException e) {
            // Unreachable, or an answer this version cannot read: drafting goes on without advice.
            LOG.warnf("the profile of %s could not be had from the hub: %s", country, e.getMessage());
            return Answer.UNREACHABLE;
        }
    }
}
