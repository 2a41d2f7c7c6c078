package org.counterpart.tracking.figures;

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
            assertEquals(grouping.first(1), grouping.end(1), period.name());
        }
        Grouping pairs = Grouping.of(facts, Dimension.PAIR);
        assertEquals("TH->MY", pairs.key(pairs.member(pairs.first(1))));
    }
}
