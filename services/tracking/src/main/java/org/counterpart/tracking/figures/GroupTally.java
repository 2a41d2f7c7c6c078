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
 * off without a sort. Percentiles interpolate between neighbours as PostgreSQL's {@code percentile_cont}.
 */
final class GroupTally {

    private static final int CLOCKS = Turnaround.values().length;

    private final String group;
    private long requests;
    private long victims;
    private final long[] stopped = new long[CLOCKS];
    private final double[][] values = new double[CLOCKS][];
    private final int[] taken = new int[CLOCKS];
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
            if (!Double.isNaN(table.hours(clock, slot))) {
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
        if (values[at] == null) {
            values[at] = new double[(int) stopped[at]];
        }
        values[at][taken[at]++] = hours;
    }

    Aggregate aggregate(Rule rule) {
        Map<Turnaround, ClockFigure> clocks = new EnumMap<>(Turnaround.class);
        for (Turnaround clock : Turnaround.values()) {
            long count = stopped[clock.ordinal()];
            // A median of fewer requests than the threshold would give one request's time away.
            boolean shown = count > 0 && count >= rule.threshold();
            double[] sorted = values[clock.ordinal()];
            clocks.put(clock, new ClockFigure(rule.count(count), shown ? round(percentile(sorted, 0.5)) : null,
                    shown ? round(percentile(sorted, 0.9)) : null));
        }
        return new Aggregate(group, rule.count(requests), rule.count(victims), clocks, rule.rate(breached, requests),
                rule.rate(refused, decided), rule.rate(forwarded, routed), rule.rate(deficient, requests),
                rule.rate(infoRequested, requests));
    }

    static double percentile(double[] sorted, double fraction) {
        double at = fraction * (sorted.length - 1);
        int below = (int) Math.floor(at);
        int above = (int) Math.ceil(at);
        return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
    }

    static double round(double hours) {
        return Math.round(hours * 100) / 100.0;
    }
}
