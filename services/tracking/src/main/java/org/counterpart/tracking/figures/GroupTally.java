package org.counterpart.tracking.figures;

import java.util.EnumMap;
import java.util.Map;
import org.counterpart.events.figures.Figures.Aggregate;
import org.counterpart.events.figures.Figures.ClockFigure;
import org.counterpart.events.figures.Turnaround;
import org.counterpart.tracking.figures.Disclosure.Rule;

/**
 * One group of an aggregate being counted: each request {@linkplain #add added}, then each clock's
 * stopped values {@linkplain #take taken} in ascending order, so its median and 90th percentile are read
 * off as they pass ({@link Percentile}), without a sort and without keeping the values.
 */
final class GroupTally {

    private static final int CLOCKS = Turnaround.values().length;

    private final String group;
    private long requests;
    private long victims;
    private final long[] stopped = new long[CLOCKS];
    private final Percentile[] medians = new Percentile[CLOCKS];
    private final Percentile[] p90s = new Percentile[CLOCKS];
    private long breached;
    private long refused;
    private long decided;
    private long forwarded;
    private long routed;
    private long deficient;
    private long infoRequested;

    GroupTally(String group) {
        this.group = group;
    }

    void add(FactTable table, int slot) {
        requests++;
        victims += table.victims(slot);
        for (Turnaround clock : Turnaround.values()) {
            if (table.is(slot, FactTable.stopped(clock))) {
                stopped[clock.ordinal()]++;
            }
        }
        breached += table.is(slot, FactTable.BREACHED) ? 1 : 0;
        refused += table.is(slot, FactTable.REFUSED) ? 1 : 0;
        decided += table.is(slot, FactTable.DECIDED) ? 1 : 0;
        forwarded += table.is(slot, FactTable.FORWARDED) ? 1 : 0;
        routed += table.is(slot, FactTable.ROUTED) ? 1 : 0;
        deficient += table.is(slot, FactTable.DEFICIENT) ? 1 : 0;
        infoRequested += table.is(slot, FactTable.INFO_REQUESTED) ? 1 : 0;
    }

    /** The next value of {@code clock}, no smaller than the last one taken. */
    void take(Turnaround clock, double hours) {
        int at = clock.ordinal();
        if (medians[at] == null) {
            medians[at] = new Percentile(0.5, stopped[at]);
            p90s[at] = new Percentile(0.9, stopped[at]);
        }
        medians[at].next(hours);
        p90s[at].next(hours);
    }

    Aggregate aggregate(Rule rule) {
        Map<Turnaround, ClockFigure> clocks = new EnumMap<>(Turnaround.class);
        for (Turnaround clock : Turnaround.values()) {
            int at = clock.ordinal();
            long count = stopped[at];
            // A median of fewer requests than the threshold would give one request's time away.
            boolean shown = count > 0 && count >= rule.threshold();
            clocks.put(clock, new ClockFigure(rule.count(count), shown ? round(medians[at].value()) : null,
                    shown ? round(p90s[at].value()) : null));
        }
        return new Aggregate(group, rule.count(requests), rule.count(victims), clocks, rule.rate(breached, requests),
                rule.rate(refused, decided), rule.rate(forwarded, routed), rule.rate(deficient, requests),
                rule.rate(infoRequested, requests));
    }

    static double round(double hours) {
        return Math.round(hours * 100) / 100.0;
    }
}
