package org.counterpart.mla.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.ProcessingException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.counterpart.events.Country;
import org.counterpart.mla.Profiles;
import org.junit.jupiter.api.Test;

class CountryProfilesTest {

    private static final Country MY = Country.of("MY");
    private static final Duration KEEP_FOR = Duration.ofMinutes(10);
    private static final HubCountryProfiles.Published PUBLISHED = new HubCountryProfiles.Published(3, false,
            Profiles.malaysia());

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-03T08:00:00Z"));
    private final AtomicInteger asked = new AtomicInteger();
    private volatile boolean hubDown;
    private final CountryProfiles profiles = new CountryProfiles(country -> {
        asked.incrementAndGet();
        if (hubDown) {
            throw new ProcessingException("connection refused");
        }
        return PUBLISHED;
    }, now::get, KEEP_FOR);

    @Test
    void aProfileIsKeptForItsPeriodAndAskedAgainAfterIt() {
        assertEquals(CountryProfiles.Answer.of(PUBLISHED), profiles.of(MY));
        now.set(now.get().plus(KEEP_FOR).minusSeconds(1));
        profiles.of(MY);
        assertEquals(1, asked.get());
        now.set(now.get().plusSeconds(1));
        profiles.of(MY);
        assertEquals(2, asked.get());
    }

    @Test
    void theLastProfileTheHubGaveStandsWhileItCannotAnswer() {
        profiles.of(MY);
        hubDown = true;
        now.set(now.get().plus(KEEP_FOR));
        assertEquals(CountryProfiles.Answer.of(PUBLISHED), profiles.of(MY));
        assertEquals(2, asked.get());
        now.set(now.get().plusSeconds(29));
        profiles.of(MY);
        assertEquals(2, asked.get(), "a failed question is not asked again at once");
    }

    @Test
    void withNoAnswerYetAHubThatCannotAnswerMeansNoAdvice() {
        hubDown = true;
        assertEquals(CountryProfiles.Answer.UNREACHABLE, profiles.of(MY));
        hubDown = false;
        now.set(now.get().plusSeconds(30));
        assertEquals(CountryProfiles.Answer.of(PUBLISHED), profiles.of(MY));
    }
}
