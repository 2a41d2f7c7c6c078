package org.counterpart.routing.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.counterpart.events.ClockAlert.Clock;
import org.counterpart.events.Country;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.workflow.CooperationKind;
import org.junit.jupiter.api.Test;

/** Which target a clock gets: the most specific configured, and a country's MLA days never reach informal hours. */
class ClockTargetsTest {

    private static final Country PH = Country.of("PH");
    private static final Country ID = Country.of("ID");
    private static final Country MY = Country.of("MY");

    private final ClockConfig config = new Configured(
            targets(Duration.ofDays(7), Duration.ofDays(30), null),
            Map.of("INFORMAL_REQUEST", targets(Duration.ofHours(4), Duration.ofHours(72), null),
                    "EXTRADITION", targets(null, null, Duration.ofDays(40))),
            Map.of("MY-MLA", targets(null, Duration.ofDays(20), null),
                    "MY-MLA-ASEAN_MLAT", targets(null, Duration.ofDays(15), null),
                    "PH-ID-EXTRADITION", targets(null, null, Duration.ofDays(20))));

    @Test
    void theMostSpecificTargetWins() {
        assertEquals(Duration.ofDays(15), config.target(Clock.DECIDE, CooperationKind.MLA, PH, MY, LegalBasis.ASEAN_MLAT));
        assertEquals(Duration.ofDays(20), config.target(Clock.DECIDE, CooperationKind.MLA, PH, MY, LegalBasis.UNTOC));
        assertEquals(Duration.ofDays(30), config.target(Clock.DECIDE, CooperationKind.MLA, PH, ID, null));
        assertEquals(Duration.ofDays(7), config.target(Clock.ACKNOWLEDGE, CooperationKind.MLA, PH, MY, null));
    }

    @Test
    void aCountrysMlaOverrideDoesNotReachAnExchangeCountedInHours() {
        assertEquals(Duration.ofHours(72), config.target(Clock.DECIDE, CooperationKind.INFORMAL_REQUEST, PH, MY, null));
        assertEquals(Duration.ofHours(4), config.target(Clock.ACKNOWLEDGE, CooperationKind.INFORMAL_REQUEST, PH, MY, null));
    }

    /** The treaty between two countries sets the provisional arrest's window, requesting then requested. */
    @Test
    void aTreatyBetweenTwoCountriesSetsTheFullRequestWindow() {
        assertEquals(Duration.ofDays(20), config.target(Clock.FULL_REQUEST, CooperationKind.EXTRADITION, PH, ID,
                LegalBasis.BILATERAL_TREATY));
        assertEquals(Duration.ofDays(40), config.target(Clock.FULL_REQUEST, CooperationKind.EXTRADITION, ID, PH,
                LegalBasis.BILATERAL_TREATY));
    }

    @Test
    void aTargetKeyWithoutItsKindIsRefusedRatherThanIgnored() {
        config.requireKnownKeys();
        ClockConfig old = new Configured(targets(Duration.ofDays(7), null, null), Map.of(),
                Map.of("MY", targets(null, Duration.ofDays(20), null), "MY-ASEAN_MLAT", targets(null, null, null)));
        IllegalStateException refused = assertThrows(IllegalStateException.class, old::requireKnownKeys);
        assertTrue(refused.getMessage().contains("targets.MY") && refused.getMessage().contains("targets.MY-ASEAN_MLAT"),
                refused.getMessage());
    }

    @Test
    void aClockWithoutAnyTargetIsAConfigurationError() {
        assertThrows(IllegalStateException.class,
                () -> config.target(Clock.FULL_REQUEST, CooperationKind.MLA, PH, MY, null));
    }

    private static ClockConfig.Targets targets(Duration acknowledge, Duration decide, Duration fullRequest) {
        return new ClockConfig.Targets() {
            @Override
            public Optional<Duration> acknowledge() {
                return Optional.ofNullable(acknowledge);
            }

            @Override
            public Optional<Duration> decide() {
                return Optional.ofNullable(decide);
            }

            @Override
            public Optional<Duration> execute() {
                return Optional.empty();
            }

            @Override
            public Optional<Duration> fullRequest() {
                return Optional.ofNullable(fullRequest);
            }

            @Override
            public Optional<Duration> verifyNationality() {
                return Optional.empty();
            }
        };
    }

    /** The configuration as SmallRye would map it from properties. */
    private record Configured(Targets defaults, Map<String, Targets> kinds, Map<String, Targets> targets)
            implements ClockConfig {
        @Override
        public Duration checkEvery() {
            return Duration.ofMinutes(1);
        }

        @Override
        public double warnAt() {
            return 0.8;
        }
    }
}
