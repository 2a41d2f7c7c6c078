package org.counterpart.tracking.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.counterpart.events.Country;
import org.counterpart.events.RefusalGround;
import org.counterpart.events.figures.Count;
import org.counterpart.events.figures.Dimension;
import org.counterpart.events.figures.Figures.Aggregates;
import org.counterpart.events.figures.Figures.Discrepancy;
import org.counterpart.events.figures.Figures.Gap;
import org.counterpart.events.figures.Figures.GroundFigure;
import org.counterpart.events.figures.Figures.PairReconciliation;
import org.counterpart.events.figures.Figures.Reconciliation;
import org.counterpart.events.figures.Figures.RefusalsByGround;
import org.counterpart.events.figures.Figures.RequestFigure;
import org.counterpart.events.figures.Figures.RequestList;
import org.counterpart.events.figures.Figures.Series;
import org.counterpart.events.figures.Figures.Side;
import org.counterpart.events.figures.Figures.StockAndFlow;
import org.counterpart.events.figures.Figures.StockAndFlows;
import org.counterpart.events.figures.Figures.TrendPoint;
import org.counterpart.events.figures.Figures.Trends;
import org.counterpart.events.figures.Outcome;
import org.counterpart.events.figures.Turnaround;
import org.counterpart.tracking.figures.Disclosure.Rule;

/**
 * The region's figures, computed over this instance's copy of the facts ({@link FactSnapshot}), each from
 * one table so its parts agree. Aggregates, refusals, trends and lists count the requests transmitted in
 * the period (a cohort); stock and flow and the reconciliation count what happened in the period.
 */
@ApplicationScoped
public class FigureQueries {

    /** The longest list a reader gets at once; the count says how many there are in all. */
    public static final int LIST_LIMIT = 500;

    private static final Comparator<Fact> NEWEST_FIRST = Comparator.comparing(Fact::transmittedAt).reversed()
            .thenComparing(fact -> fact.requestId().toString());
    private static final Comparator<Fact> FIRST_COUNTED = Comparator
            .comparing((Fact fact) -> fact.transmittedAt() != null ? fact.transmittedAt() : fact.retrievedAt())
            .thenComparing(fact -> fact.requestId().toString());

    private static final int NOT_COUNTED = -1;
    private static final int SEVERAL = -2;

    private final FactSnapshot snapshot;

    FigureQueries(FactSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    public Aggregates aggregates(Dimension by, Period period, FigureFilter filter, Rule rule) {
        FactTable table = snapshot.current();
        Window window = Window.of(period);
        Grouping grouping = table.grouping(by);
        GroupTally total = new GroupTally("TOTAL");
        GroupTally[] groups = new GroupTally[grouping.count()];
        // Per slot: its one group, or SEVERAL (looked up in the grouping), or NOT_COUNTED; a walk through
        // a clock's order, which visits slots at random, reads one array instead of three.
        int[] tallied = new int[table.size()];
        for (int slot = 0; slot < table.size(); slot++) {
            if (!counts(table, slot, window, filter)) {
                tallied[slot] = NOT_COUNTED;
                continue;
            }
            total.add(table, slot);
            for (int at = grouping.first(slot); at < grouping.end(slot); at++) {
                int group = grouping.member(at);
                if (groups[group] == null) {
                    groups[group] = new GroupTally(grouping.key(group));
                }
                groups[group].add(table, slot);
            }
            tallied[slot] = grouping.end(slot) - grouping.first(slot) == 1 ? grouping.member(grouping.first(slot)) : SEVERAL;
        }
        for (Turnaround clock : Turnaround.values()) {
            ClockOrder order = table.order(clock);
            for (int rank = 0; rank < order.size(); rank++) {
                int slot = order.slot(rank);
                int group = tallied[slot];
                if (group == NOT_COUNTED) {
                    continue;
                }
                double hours = order.value(rank);
                total.take(clock, hours);
                if (group != SEVERAL) {
                    groups[group].take(clock, hours);
                    continue;
                }
                for (int at = grouping.first(slot); at < grouping.end(slot); at++) {
                    groups[grouping.member(at)].take(clock, hours);
                }
            }
        }
        return new Aggregates(by, period.from(), period.to(), Arrays.stream(groups).filter(Objects::nonNull)
                .map(group -> group.aggregate(rule)).toList(), total.aggregate(rule));
    }

    public RefusalsByGround refusals(Period period, FigureFilter filter, Rule rule) {
        FactTable table = snapshot.current();
        Window window = Window.of(period);
        long decided = 0;
        Map<RefusalGround, Long> cited = new EnumMap<>(RefusalGround.class);
        for (int slot = 0; slot < table.size(); slot++) {
            if (counts(table, slot, window, filter)) {
                decided += table.is(slot, FactTable.DECIDED) ? 1 : 0;
                if (table.is(slot, FactTable.REFUSED)) {
                    table.fact(slot).refusalGrounds().forEach(ground -> cited.merge(ground, 1L, Long::sum));
                }
            }
        }
        long of = decided;
        List<GroundFigure> grounds = cited.entrySet().stream()
                .sorted(Map.Entry.<RefusalGround, Long>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().name()))
                .map(e -> new GroundFigure(e.getKey(), rule.count(e.getValue()), rule.rate(e.getValue(), of)))
                .toList();
        return new RefusalsByGround(period.from(), period.to(), rule.count(decided), grounds);
    }

    /**
     * Each side's stock and flow: made from transmission, received from the moment the requested side
     * stored it. A request finalised before the requested side stored it (withdrawn on the way) counts as
     * finalised when it was stored, so each side's rows add up.
     */
    public StockAndFlows stockAndFlow(Period period, FigureFilter filter, Rule rule) {
        FactTable table = snapshot.current();
        Map<Country, Map<Side, long[]>> sides = new TreeMap<>();
        Window window = Window.of(period);
        for (int slot = 0; slot < table.size(); slot++) {
            if (filter.matches(table, slot)) {
                flow(sides, table, slot, Side.MADE, table.requesting(slot), table.transmitted(slot), window, filter);
                flow(sides, table, slot, Side.RECEIVED, table.requested(slot), table.retrieved(slot), window, filter);
            }
        }
        List<StockAndFlow> rows = new ArrayList<>();
        sides.forEach((country, bySide) -> bySide.forEach((side, n) -> {
            Map<Outcome, Count> finalised = new EnumMap<>(Outcome.class);
            for (Outcome outcome : Outcome.values()) {
                finalised.put(outcome, rule.count(n[2 + outcome.ordinal()]));
            }
            rows.add(new StockAndFlow(country, side, rule.count(n[0]), rule.count(n[1]), finalised,
                    rule.count(n[2 + Outcome.values().length])));
        }));
        return new StockAndFlows(period.from(), period.to(), rows);
    }

    /** Requests made and received per pair in the period, and every request one side counts and the other does not. */
    public Reconciliation reconciliation(Period period, FigureFilter filter, Rule rule) {
        FactTable table = snapshot.current();
        Map<String, long[]> counted = new TreeMap<>();
        Map<String, Fact> pairOf = new TreeMap<>();
        List<Fact> differing = new ArrayList<>();
        Window window = Window.of(period);
        for (int slot = 0; slot < table.size(); slot++) {
            boolean made = window.holds(table.transmitted(slot));
            boolean received = window.holds(table.retrieved(slot));
            if (!(made || received) || !filter.matches(table, slot)) {
                continue;
            }
            Fact fact = table.fact(slot);
            long[] n = counted.computeIfAbsent(fact.pair(), pair -> new long[2]);
            pairOf.putIfAbsent(fact.pair(), fact);
            n[0] += made ? 1 : 0;
            n[1] += received ? 1 : 0;
            if (made != received) {
                differing.add(fact);
            }
        }
        List<PairReconciliation> pairs = counted.entrySet().stream().map(e -> {
            Fact pair = pairOf.get(e.getKey());
            return new PairReconciliation(pair.requesting(), pair.requested(), rule.count(e.getValue()[0]),
                    rule.count(e.getValue()[1]));
        }).toList();
        List<Discrepancy> listed = differing.stream().sorted(FIRST_COUNTED).limit(LIST_LIMIT)
                .map(fact -> discrepancy(fact, period)).toList();
        return new Reconciliation(period.from(), period.to(), pairs, rule.rows(differing.size(), listed),
                rule.count(differing.size()));
    }

    public Trends trends(Series series, Period period, FigureFilter filter, Rule rule) {
        FactTable table = snapshot.current();
        Window window = Window.of(period);
        Grouping months = table.grouping(Dimension.MONTH);
        Grouping keys = table.grouping(series == Series.PAIR ? Dimension.PAIR : Dimension.EXPLOITATION_FORM);
        long[][][] counted = new long[months.count()][][];
        for (int slot = 0; slot < table.size(); slot++) {
            if (counts(table, slot, window, filter)) {
                int m = months.member(months.first(slot));
                if (counted[m] == null) {
                    counted[m] = new long[keys.count()][];
                }
                for (int at = keys.first(slot); at < keys.end(slot); at++) {
                    int key = keys.member(at);
                    long[] n = counted[m][key] == null ? (counted[m][key] = new long[2]) : counted[m][key];
                    n[0]++;
                    n[1] += table.victims(slot);
                }
            }
        }
        List<TrendPoint> points = new ArrayList<>();
        for (int m = 0; m < counted.length; m++) {
            for (int key = 0; counted[m] != null && key < counted[m].length; key++) {
                long[] n = counted[m][key];
                if (n != null) {
                    points.add(new TrendPoint(months.key(m), keys.key(key), rule.count(n[0]), rule.count(n[1])));
                }
            }
        }
        return new Trends(series, period.from(), period.to(), points);
    }

    /**
     * Requests transmitted in the period, newest first, with every clock; {@code overdueOnly}: the active
     * ones with a breached clock still running.
     */
    public RequestList requests(Period period, FigureFilter filter, boolean overdueOnly, Rule rule) {
        FactTable table = snapshot.current();
        Window window = Window.of(period);
        // The newest LIST_LIMIT kept as they come, the oldest of them on top to be dropped first.
        PriorityQueue<Fact> newest = new PriorityQueue<>(NEWEST_FIRST.reversed());
        long total = 0;
        for (int slot = 0; slot < table.size(); slot++) {
            if (counts(table, slot, window, filter) && (!overdueOnly || table.fact(slot).overdue())) {
                total++;
                newest.add(table.fact(slot));
                if (newest.size() > LIST_LIMIT) {
                    newest.poll();
                }
            }
        }
        List<RequestFigure> requests = newest.stream().sorted(NEWEST_FIRST).map(FigureQueries::requestFigure).toList();
        return new RequestList(rule.count(total), rule.rows(total, requests));
    }

    /** A period in microseconds since the epoch, as the table keeps instants. */
    private record Window(long start, long end) {
        static Window of(Period period) {
            return new Window(FactTable.micros(period.start()), FactTable.micros(period.end()));
        }

        /** Whether {@code at} (or {@link FactTable#ABSENT}) is in {@code [start, end)}. */
        boolean holds(long at) {
            return at != FactTable.ABSENT && at >= start && at < end;
        }
    }

    /** In the cohort: transmitted in the window and chosen by the filter. */
    private static boolean counts(FactTable table, int slot, Window window, FigureFilter filter) {
        return window.holds(table.transmitted(slot)) && filter.matches(table, slot);
    }

    /** Adds the fact to one side's row: active at start, opened, finalised by outcome, active at end. */
    private static void flow(Map<Country, Map<Side, long[]>> sides, FactTable table, int slot, Side side,
            Country country, long started, Window window, FigureFilter filter) {
        long start = window.start();
        long end = window.end();
        if (started == FactTable.ABSENT || started >= end || filter.scope() != null && !filter.scope().equals(country)) {
            return;
        }
        long finalised = table.finalised(slot);
        long ended = finalised == FactTable.ABSENT ? FactTable.ABSENT : Math.max(finalised, started);
        long[] n = sides.computeIfAbsent(country, c -> new EnumMap<>(Side.class))
                .computeIfAbsent(side, s -> new long[3 + Outcome.values().length]);
        boolean open = ended == FactTable.ABSENT;
        n[0] += started < start && (open || ended >= start) ? 1 : 0;
        n[1] += started < start ? 0 : 1;
        if (!open && ended >= start && ended < end) {
            n[2 + table.fact(slot).outcome().ordinal()]++;
        }
        n[2 + Outcome.values().length] += open || ended >= end ? 1 : 0;
    }

    private static Discrepancy discrepancy(Fact fact, Period period) {
        boolean held = fact.unroutableAt() != null && fact.routedAt() == null;
        Gap gap = fact.retrievedAt() == null ? (held ? Gap.HELD_AT_HUB : Gap.NOT_RETRIEVED)
                : fact.transmittedWithin(period.start(), period.end()) ? Gap.RETRIEVED_IN_OTHER_PERIOD
                : Gap.TRANSMITTED_IN_OTHER_PERIOD;
        return new Discrepancy(fact.requestId(), fact.requesting(), fact.requested(), fact.transmittedAt(),
                fact.retrievedAt(), fact.status(), gap);
    }

    private static RequestFigure requestFigure(Fact fact) {
        Map<Turnaround, Double> hours = new EnumMap<>(Turnaround.class);
        for (Turnaround clock : Turnaround.values()) {
            double value = fact.hours(clock);
            hours.put(clock, Double.isNaN(value) ? null : GroupTally.round(value));
        }
        return new RequestFigure(fact.requestId(), fact.requesting(), fact.requested(), fact.kind(),
                fact.transmittedAt(), fact.status(), fact.statusAt(), hours,
                GroupTally.round(fact.pausedSeconds() / 3600.0), fact.pausedNow(), fact.outcome(), fact.breaches());
    }
}
