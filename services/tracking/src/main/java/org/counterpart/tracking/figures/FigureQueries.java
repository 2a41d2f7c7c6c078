package org.counterpart.tracking.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

    private final FactSnapshot snapshot;

    FigureQueries(FactSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    public Aggregates aggregates(Dimension by, Period period, FigureFilter filter, Rule rule) {
        FactTable table = snapshot.current();
        GroupTally total = new GroupTally("TOTAL");
        Map<String, GroupTally> groups = new TreeMap<>();
        GroupTally[][] countedIn = new GroupTally[table.size()][];
        for (int slot = 0; slot < table.size(); slot++) {
            Fact fact = table.fact(slot);
            if (!counts(fact, period, filter)) {
                continue;
            }
            total.add(fact);
            List<String> keys = fact.keys(by);
            GroupTally[] in = new GroupTally[keys.size()];
            for (int i = 0; i < in.length; i++) {
                in[i] = groups.computeIfAbsent(keys.get(i), GroupTally::new);
                in[i].add(fact);
            }
            countedIn[slot] = in;
        }
        for (Turnaround clock : Turnaround.values()) {
            ClockOrder order = table.order(clock);
            for (int rank = 0; rank < order.size(); rank++) {
                GroupTally[] in = countedIn[order.slot(rank)];
                if (in != null) {
                    double hours = order.value(rank);
                    total.take(clock, hours);
                    for (GroupTally group : in) {
                        group.take(clock, hours);
                    }
                }
            }
        }
        return new Aggregates(by, period.from(), period.to(),
                groups.values().stream().map(group -> group.aggregate(rule)).toList(), total.aggregate(rule));
    }

    public RefusalsByGround refusals(Period period, FigureFilter filter, Rule rule) {
        FactTable table = snapshot.current();
        long decided = 0;
        Map<RefusalGround, Long> cited = new EnumMap<>(RefusalGround.class);
        for (int slot = 0; slot < table.size(); slot++) {
            Fact fact = table.fact(slot);
            if (counts(fact, period, filter)) {
                decided += fact.decidedAt() == null ? 0 : 1;
                if (fact.outcome() == Outcome.REFUSED) {
                    fact.refusalGrounds().forEach(ground -> cited.merge(ground, 1L, Long::sum));
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
        for (int slot = 0; slot < table.size(); slot++) {
            Fact fact = table.fact(slot);
            if (filter.matches(fact)) {
                flow(sides, fact, Side.MADE, fact.requesting(), fact.transmittedAt(), period, filter);
                flow(sides, fact, Side.RECEIVED, fact.requested(), fact.retrievedAt(), period, filter);
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
        for (int slot = 0; slot < table.size(); slot++) {
            Fact fact = table.fact(slot);
            boolean made = fact.transmittedWithin(period.start(), period.end());
            boolean received = Fact.within(fact.retrievedAt(), period.start(), period.end());
            if (!(made || received) || !filter.matches(fact)) {
                continue;
            }
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
        Dimension by = series == Series.PAIR ? Dimension.PAIR : Dimension.EXPLOITATION_FORM;
        FactTable table = snapshot.current();
        Map<String, Map<String, long[]>> months = new TreeMap<>();
        for (int slot = 0; slot < table.size(); slot++) {
            Fact fact = table.fact(slot);
            if (counts(fact, period, filter)) {
                Map<String, long[]> month = months.computeIfAbsent(fact.month(), m -> new TreeMap<>());
                for (String key : fact.keys(by)) {
                    long[] n = month.computeIfAbsent(key, k -> new long[2]);
                    n[0]++;
                    n[1] += fact.victimCount() == null ? 0 : fact.victimCount();
                }
            }
        }
        List<TrendPoint> points = new ArrayList<>();
        months.forEach((month, keys) -> keys.forEach((key, n) ->
                points.add(new TrendPoint(month, key, rule.count(n[0]), rule.count(n[1])))));
        return new Trends(series, period.from(), period.to(), points);
    }

    /**
     * Requests transmitted in the period, newest first, with every clock; {@code overdueOnly}: the active
     * ones with a breached clock still running.
     */
    public RequestList requests(Period period, FigureFilter filter, boolean overdueOnly, Rule rule) {
        FactTable table = snapshot.current();
        // The newest LIST_LIMIT kept as they come, the oldest of them on top to be dropped first.
        PriorityQueue<Fact> newest = new PriorityQueue<>(NEWEST_FIRST.reversed());
        long total = 0;
        for (int slot = 0; slot < table.size(); slot++) {
            Fact fact = table.fact(slot);
            if (counts(fact, period, filter) && (!overdueOnly || fact.overdue())) {
                total++;
                newest.add(fact);
                if (newest.size() > LIST_LIMIT) {
                    newest.poll();
                }
            }
        }
        List<RequestFigure> requests = newest.stream().sorted(NEWEST_FIRST).map(FigureQueries::requestFigure).toList();
        return new RequestList(rule.count(total), rule.rows(total, requests));
    }

    private static boolean counts(Fact fact, Period period, FigureFilter filter) {
        return fact.transmittedWithin(period.start(), period.end()) && filter.matches(fact);
    }

    /** Adds the fact to one side's row: active at start, opened, finalised by outcome, active at end. */
    private static void flow(Map<Country, Map<Side, long[]>> sides, Fact fact, Side side, Country country,
            Instant started, Period period, FigureFilter filter) {
        if (started == null || !started.isBefore(period.end())
                || filter.scope() != null && !filter.scope().equals(country)) {
            return;
        }
        Instant ended = fact.finalisedAt() == null ? null
                : fact.finalisedAt().isAfter(started) ? fact.finalisedAt() : started;
        long[] n = sides.computeIfAbsent(country, c -> new EnumMap<>(Side.class))
                .computeIfAbsent(side, s -> new long[3 + Outcome.values().length]);
        boolean activeAtStart = ended == null || !ended.isBefore(period.start());
        n[0] += started.isBefore(period.start()) && activeAtStart ? 1 : 0;
        n[1] += started.isBefore(period.start()) ? 0 : 1;
        if (ended != null && Fact.within(ended, period.start(), period.end())) {
            n[2 + fact.outcome().ordinal()]++;
        }
        n[2 + Outcome.values().length] += ended == null || !ended.isBefore(period.end()) ? 1 : 0;
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
