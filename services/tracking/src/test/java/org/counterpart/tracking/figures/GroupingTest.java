package org.counterpart.tracking.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.counterpart.events.figures.Dimension;
import org.junit.jupiter.api.Test;

class GroupingTest {

    @Test
    void aFactNotYetTransmittedIsInNoGroupOfAPeriodButInItsPair() {
        Fact[] facts = { FactMother.withHours(1), FactMother.untransmitted() };
        for (Dimension period : new Dimension[] { Dimension.MONTH, Dimension.QUARTER, Dimension.YEAR }) {
            Grouping grouping = Grouping.of(facts, period);
            assertEquals(1, grouping.count(), period.name());
            assertArrayEquals(new int[0], grouping.groupsOf(1, new int[1]), period.name());
        }
        Grouping pairs = Grouping.of(facts, Dimension.PAIR);
        assertEquals("TH->MY", pairs.key(pairs.groupsOf(1, new int[1])[0]));
    }
}
