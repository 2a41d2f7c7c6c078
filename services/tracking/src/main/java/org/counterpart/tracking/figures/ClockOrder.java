package org.counterpart.tracking.figures;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.counterpart.events.figures.Turnaround;

/**
 * The stopped values of one clock over every fact, in order (ties by slot), with the slot of each: a
 * figure walks it once and keeps the values of the facts it counts, already sorted, so a median costs no
 * sort at query time. A change moves a few values in place rather than sorting again.
 */
final class ClockOrder {

    /** Past this share of changed facts, sorting afresh is cheaper than moving each value. */
    private static final int RESORT_BELOW = 64;

    private final double[] values;
    private final int[] slots;
    private final int size;

    private ClockOrder(double[] values, int[] slots, int size) {
        this.values = values;
        this.slots = slots;
        this.size = size;
    }

    static ClockOrder of(Fact[] facts, Turnaround clock) {
        int[] stopped = IntStream.range(0, facts.length).filter(slot -> !Double.isNaN(facts[slot].hours(clock)))
                .boxed().sorted(Comparator.<Integer>comparingDouble(slot -> facts[slot].hours(clock))
                        .thenComparingInt(slot -> slot))
                .mapToInt(Integer::intValue).toArray();
        double[] values = new double[stopped.length];
        for (int i = 0; i < stopped.length; i++) {
            values[i] = facts[stopped[i]].hours(clock);
        }
        return new ClockOrder(values, stopped, stopped.length);
    }

    /** The order once {@code changed} slots went from {@code before} (shorter when facts were added) to {@code after}. */
    ClockOrder changed(Fact[] before, Fact[] after, int[] changed, Turnaround clock) {
        if ((long) changed.length * RESORT_BELOW > after.length) {
            return of(after, clock);
        }
        double[] movedValues = Arrays.copyOf(values, size + changed.length);
        int[] movedSlots = Arrays.copyOf(slots, size + changed.length);
        int count = size;
        for (int slot : changed) {
            double was = slot < before.length ? before[slot].hours(clock) : Double.NaN;
            if (!Double.isNaN(was)) {
                int at = position(movedValues, movedSlots, count, was, slot);
                System.arraycopy(movedValues, at + 1, movedValues, at, count - at - 1);
                System.arraycopy(movedSlots, at + 1, movedSlots, at, count - at - 1);
                count--;
            }
            double is = after[slot].hours(clock);
            if (!Double.isNaN(is)) {
                int at = position(movedValues, movedSlots, count, is, slot);
                System.arraycopy(movedValues, at, movedValues, at + 1, count - at);
                System.arraycopy(movedSlots, at, movedSlots, at + 1, count - at);
                movedValues[at] = is;
                movedSlots[at] = slot;
                count++;
            }
        }
        return new ClockOrder(movedValues, movedSlots, count);
    }

    int size() {
        return size;
    }

    double value(int rank) {
        return values[rank];
    }

    int slot(int rank) {
        return slots[rank];
    }

    /** Where {@code (value, slot)} is, or would go. */
    private static int position(double[] values, int[] slots, int count, double value, int slot) {
        int low = 0;
        int high = count;
        while (low < high) {
            int middle = (low + high) >>> 1;
            int compared = Double.compare(values[middle], value);
            if (compared == 0) {
                compared = Integer.compare(slots[middle], slot);
            }
            if (compared < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
