package org.counterpart.routing.clock;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.counterpart.events.ClockAlert.Clock;
import org.counterpart.events.Country;
import org.counterpart.events.LegalBasis;
import org.counterpart.platform.ConfigKeys;

/**
 * Clock targets: defaults for the network, overridden per requested country ({@code targets.MY.decide})
 * or per requested country and legal basis ({@code targets.MY-ASEAN_MLAT.decide}).
 */
@ConfigMapping(prefix = "counterpart.clocks")
public interface ClockConfig {

    /** How often the watch looks for clocks past their thresholds (read by its {@code @Scheduled} expression). */
    Duration checkEvery();

    /** The warning comes when this fraction of the target has run, e.g. 0.8. */
    double warnAt();

    Targets defaults();

    Map<String, Targets> targets();

    interface Targets {
        Optional<Duration> acknowledge();

        Optional<Duration> decide();

        Optional<Duration> execute();

        default Optional<Duration> of(Clock clock) {
            return switch (clock) {
                case ACKNOWLEDGE -> acknowledge();
                case DECIDE -> decide();
                case EXECUTE -> execute();
                case WANTED_BY -> Optional.empty();
            };
        }
    }

    /** The most specific target for {@code clock}: country and instrument, then country, then the default. */
    default Duration target(Clock clock, Country requestedCountry, LegalBasis basis) {
        return Optional.ofNullable(basis)
                .flatMap(b -> ConfigKeys.ignoringCase(targets(), requestedCountry + "-" + b.name()))
                .flatMap(targets -> targets.of(clock))
                .or(() -> ConfigKeys.ignoringCase(targets(), requestedCountry.code()).flatMap(targets -> targets.of(clock)))
                .or(() -> defaults().of(clock))
                .orElseThrow(() -> new IllegalStateException("no default target for the " + clock + " clock"));
    }
}
