package org.counterpart.routing.console;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.counterpart.console.ConsoleUser;
import org.counterpart.events.Country;
import org.counterpart.platform.time.Days;
import org.counterpart.routing.decision.UnroutableDesk;
import org.counterpart.routing.directory.ContactPoint;
import org.counterpart.routing.directory.DirectoryVersion;
import org.counterpart.routing.operations.DeadLetterDesk;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What needs the signed-in person now, by what they do for the region, and the directory at a glance. */
@ApplicationScoped
public class DeskWorklists {

    /** One count on the start page, linked to the page where it is dealt with. */
    public record Tile(DeskSection section, long count, String href) {
    }

    /** One country's part of the directory. */
    public record CountryRow(Country country, long active, long stale, String version) {
    }

    public record Worklist(List<Tile> tiles, List<CountryRow> countries) {
    }

    private final DeadLetterDesk deadLetters;
    private final Period staleAfter;
    private final InstantSource clock;

    DeskWorklists(DeadLetterDesk deadLetters, @ConfigProperty(name = "counterpart.directory.stale-after") Period staleAfter, InstantSource clock) {
        this.clock = clock;
        this.deadLetters = deadLetters;
        this.staleAfter = staleAfter;
    }

    public Worklist of(ConsoleUser user) {
        LocalDate today = Days.today(clock);
        List<ContactPoint> active = ContactPoint.list("active = true order by country, id");
        List<Tile> tiles = new ArrayList<>();
        if (user.isRegionalDesk()) {
            tiles.add(new Tile(DeskSection.UNROUTABLE, UnroutableDesk.countWaiting(), "/console/unroutable"));
        }
        if (user.isOperator()) {
            tiles.add(new Tile(DeskSection.DEAD_LETTERS, deadLetters.newest(DeadLetterPages.SHOWN, user.caller()).stream()
                    .filter(letter -> letter.replayedAt() == null).count(), "/console/dead-letters"));
        }
        if (user.isCorrespondent()) {
            Country own = user.caller().country();
            List<ContactPoint> mine = active.stream().filter(p -> p.country.equals(own)).toList();
            tiles.add(new Tile(DeskSection.OWN_ENTRIES, mine.size(), "/console/directory"));
            tiles.add(new Tile(DeskSection.STALE_ENTRIES, mine.stream().filter(p -> p.isStale(staleAfter, today)).count(),
                    "/console/directory?stale=true"));
        } else if (user.readsDirectory()) {
            tiles.add(new Tile(DeskSection.STALE_ENTRIES, active.stream().filter(p -> p.isStale(staleAfter, today)).count(),
                    "/console/directory?stale=true"));
        }
        return new Worklist(tiles, user.readsDirectory() ? overview(active, today) : List.of());
    }

    private List<CountryRow> overview(List<ContactPoint> active, LocalDate today) {
        Map<Country, List<ContactPoint>> byCountry = new TreeMap<>(java.util.Comparator.comparing(Country::code));
        active.forEach(p -> byCountry.computeIfAbsent(p.country, c -> new ArrayList<>()).add(p));
        return byCountry.entrySet().stream().map(e -> new CountryRow(e.getKey(), e.getValue().size(),
                e.getValue().stream().filter(p -> p.isStale(staleAfter, today)).count(),
                DirectoryVersion.currentFor(e.getKey()))).toList();
    }
}
