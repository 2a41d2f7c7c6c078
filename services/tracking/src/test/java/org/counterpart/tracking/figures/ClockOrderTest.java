package org.counterpart.tracking.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.counterpart.events.figures.Turnaround;
import org.junit.jupiter.api.Test;

class ClockOrderTest {

    private static final Turnaround CLOCK = Turnaround.SUBMITTED_TO_TRANSMITTED;

    @Test
    void valuesComeInAscendingOrderAndRunningClocksAreLeftOut() {
        Fact[] facts = { FactMother.withHours(5), FactMother.withHours(Double.NaN), FactMother.withHours(1),
                FactMother.withHours(5), FactMother.withHours(-0.5) };
        ClockOrder order = ClockOrder.of(facts, CLOCK);
        assertArrayEquals(new double[] { -0.5, 1, 5, 5 }, values(order));
        assertArrayEquals(new int[] { 4, 2, 0, 3 }, slots(order));
    }

    @Test
    void movingChangedValuesInPlaceGivesTheOrderOfSortingAfresh() {
        Random random = new Random(7);
        Fact[] before = IntStream.range(0, 2_000).mapToObj(i -> fact(random)).toArray(Fact[]::new);
        ClockOrder order = ClockOrder.of(before, CLOCK);
        for (int round = 0; round < 50; round++) {
            Fact[] after = Arrays.copyOf(before, before.length + 3);
            int[] changed = new int[8];
            for (int i = 0; i < 5; i++) {
                changed[i] = random.nextInt(before.length);
                after[changed[i]] = fact(random);
            }
            // Distinct slots, as the snapshot gives them.
            changed = IntStream.concat(Arrays.stream(changed, 0, 5).distinct(),
                    IntStream.range(before.length, before.length + 3)).toArray();
            for (int slot = before.length; slot < after.length; slot++) {
                after[slot] = fact(random);
            }
            order = order.changed(before, after, changed, CLOCK);
            ClockOrder fresh = ClockOrder.of(after, CLOCK);
            assertEquals(fresh.size(), order.size());
            assertArrayEquals(values(fresh), values(order));
            assertArrayEquals(slots(fresh), slots(order));
            before = after;
        }
    }

    private static Fact fact(Random random) {
        // Whole hours, so equal values are common and the slot decides.
        return FactMother.withHours(random.nextInt(10) == 0 ? Double.NaN : random.nextInt(40));
    }

    private static double[] values(ClockOrder order) {
        return IntStream.range(0, order.size()).mapToDouble(order::value).toArray();
    }

    private static int[] slots(ClockOrder order) {
        return IntStream.range(0, order.size()).map(order::slot).toArray();
    }
}
