package org.counterpart.tracking.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.counterpart.events.figures.Count;
import org.counterpart.events.figures.Figures.Aggregate;
import org.counterpart.events.figures.Turnaround;
import org.counterpart.tracking.figures.Disclosure.Rule;
import org.junit.jupiter.api.Test;

class GroupTallyTest {

    private static final Turnaround CLOCK = Turnaround.SUBMITTED_TO_TRANSMITTED;

    @Test
    void percentilesInterpolateBetweenNeighboursAsPercentileContDoes() {
        assertEquals(2.5, percentile(0.5, 1, 2, 3, 4));
        assertEquals(3.7, percentile(0.9, 1, 2, 3, 4), 1e-9);
        assertEquals(7.0, percentile(0.9, 7));
        assertEquals(4.0, percentile(0.5, 4, 4, 4), "equal neighbours");
    }

    @Test
    void aGroupCountsItsRequestsAndReadsItsClocksFromTheValuesTaken() {
        GroupTally tally = new GroupTally("TH->MY");
        double[] hours = { 10, 20, 30, 40, 50, Double.NaN };
        FactTable table = table(hours);
        for (int slot = 0; slot < table.size(); slot++) {
            tally.add(table, slot);
        }
        for (int i = 0; i < 5; i++) {
            tally.take(CLOCK, hours[i]);
        }
        Aggregate exact = tally.aggregate(new Rule(0));
        assertEquals(Count.of(6, 0), exact.requests());
        assertEquals(Count.of(5, 0), exact.clocks().get(CLOCK).stopped());
        assertEquals(30.0, exact.clocks().get(CLOCK).medianHours());
        assertEquals(46.0, exact.clocks().get(CLOCK).p90Hours());
        assertNull(exact.clocks().get(Turnaround.TRANSMITTED_TO_CLOSED).medianHours(), "no request closed");
    }

    @Test
    void aMedianOfFewerRequestsThanTheThresholdIsNotShown() {
        GroupTally tally = new GroupTally("TH->MY");
        double[] hours = { 1, 2, 3, 4 };
        FactTable table = table(hours);
        for (int slot = 0; slot < table.size(); slot++) {
            tally.add(table, slot);
        }
        for (double value : hours) {
            tally.take(CLOCK, value);
        }
        assertNull(tally.aggregate(new Rule(5)).clocks().get(CLOCK).medianHours());
    }

    private static double percentile(double fraction, double... ascending) {
        Percentile percentile = new Percentile(fraction, ascending.length);
        for (double value : ascending) {
            percentile.next(value);
        }
        return percentile.value();
    }

    private static FactTable table(double... hours) {
        return FactTable.of(java.util.Arrays.stream(hours).mapToObj(FactMother::withHours).toList());
    }
}
