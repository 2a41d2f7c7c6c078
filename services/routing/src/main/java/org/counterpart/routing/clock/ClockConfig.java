package org.counterpart.routing.clock;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.counterpart.events.ClockAlert.Clock;
import org.counterpart.events.Country;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.platform.ConfigKeys;

/**
 * Clock targets: the network's defaults, a kind's own ({@code kinds.INFORMAL_REQUEST.decide=PT72H}), and
 * overrides per requested country and kind ({@code targets.MY-MLA.decide}), per requested country, kind and
 * legal basis ({@code targets.MY-MLA-ASEAN_MLAT.decide}), or per pair of countries and kind, which is how
 * a bilateral treaty's terms are set ({@code targets.PH-ID-EXTRADITION.full-request=P20D}: requesting, then
 * requested). A country override always names its kind, so that days meant for MLA never reach an exchange
 * counted in hours.
 */
@ConfigMapping(prefix = "counterpart.clocks")
public interface ClockConfig {

    /** How often the watch looks for clocks past their thresholds (read by its {@code @Scheduled} expression). */
    Duration checkEvery();

    /** The warning comes when this fraction of the target has run, e.g. 0.8. */
    double warnAt();

    Targets defaults();

    Map<String, Targets> kinds();

    Map<String, Targets> targets();

    interface Targets {
        Optional<Duration> acknowledge();

        Optional<Duration> decide();

        Optional<Duration> execute();

        Optional<Duration> fullRequest();

        Optional<Duration> verifyNationality();

        default Optional<Duration> of(Clock clock) {
            return switch (clock) {
                case ACKNOWLEDGE -> acknowledge();
                case DECIDE -> decide();
                case EXECUTE -> execute();
                case FULL_REQUEST -> fullRequest();
                case VERIFY_NATIONALITY -> verifyNationality();
                case WANTED_BY -> Optional.empty();
            };
        }
    }

    /**
     * Refuses a target key of no known shape, such as the kind-less {@code MY} or {@code MY-ASEAN_MLAT} of
     * earlier versions, which would otherwise be read and silently never apply.
     */
    default void requireKnownKeys() {
        List<String> unknown = new ArrayList<>();
        for (String key : targets().keySet()) {
            if (!isTargetKey(key)) {
                unknown.add("targets." + key);
            }
        }
        for (String key : kinds().keySet()) {
            if (Arrays.stream(CooperationKind.values()).noneMatch(kind -> kind.name().equalsIgnoreCase(key))) {
                unknown.add("kinds." + key);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("counterpart.clocks: " + unknown + " name no known target; use "
                    + "targets.<CC>-<KIND>, targets.<CC>-<KIND>-<BASIS>, targets.<CC>-<CC>-<KIND> or kinds.<KIND>");
        }
    }

    private static boolean isTargetKey(String key) {
        String[] parts = key.toUpperCase(Locale.ROOT).split("-");
        boolean countryAndKind = parts.length >= 2 && Country.isWellFormed(parts[0]) && isKind(parts[1]);
        return (parts.length == 2 && countryAndKind)
                || (parts.length == 3 && countryAndKind && isBasis(parts[2]))
                || (parts.length == 3 && Country.isWellFormed(parts[0]) && Country.isWellFormed(parts[1]) && isKind(parts[2]));
    }

    private static boolean isKind(String name) {
        return Arrays.stream(CooperationKind.values()).anyMatch(kind -> kind.name().equals(name));
    }

    private static boolean isBasis(String name) {
        return Arrays.stream(LegalBasis.values()).anyMatch(basis -> basis.name().equals(name));
    }

    /** The most specific target for {@code clock}: the pair's treaty, country and instrument, country, kind, network. */
    default Duration target(Clock clock, CooperationKind kind, Country requesting, Country requested, LegalBasis basis) {
        Stream<Optional<Targets>> mostSpecificFirst = Stream.of(
                ConfigKeys.ignoringCase(targets(), requesting + "-" + requested + "-" + kind),
                basis == null ? Optional.empty() : ConfigKeys.ignoringCase(targets(), requested + "-" + kind + "-" + basis),
                ConfigKeys.ignoringCase(targets(), requested + "-" + kind),
                ConfigKeys.ignoringCase(kinds(), kind.name()),
                Optional.of(defaults()));
        return mostSpecificFirst.flatMap(Optional::stream).map(targets -> targets.of(clock)).flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no target for the " + clock + " clock of " + kind));
    }
}
