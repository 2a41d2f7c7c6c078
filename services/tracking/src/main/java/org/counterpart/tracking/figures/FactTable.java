package org.counterpart.tracking.figures;

import java.util.Arrays;
import java.util.List;
import org.counterpart.events.figures.Turnaround;

/**
 * Every request's fact as of one read of {@code request_fact}, never changed once made: figures computed
 * from it agree with each other, whatever arrives meanwhile. Each clock's values are kept in order.
 */
final class FactTable {

    private final Fact[] facts;
    private final ClockOrder[] orders;

    private FactTable(Fact[] facts, ClockOrder[] orders) {
        this.facts = facts;
        this.orders = orders;
    }

    static FactTable of(List<Fact> facts) {
        Fact[] all = facts.toArray(Fact[]::new);
        ClockOrder[] orders = Arrays.stream(Turnaround.values()).map(clock -> ClockOrder.of(all, clock))
                .toArray(ClockOrder[]::new);
        return new FactTable(all, orders);
    }

    /** This table with {@code changed} facts in place of theirs, and {@code added} facts after the rest. */
    FactTable with(int[] changedSlots, List<Fact> changed, List<Fact> added) {
        Fact[] after = Arrays.copyOf(facts, facts.length + added.size());
        for (int i = 0; i < changedSlots.length; i++) {
            after[changedSlots[i]] = changed.get(i);
        }
        int[] moved = Arrays.copyOf(changedSlots, changedSlots.length + added.size());
        for (int i = 0; i < added.size(); i++) {
            after[facts.length + i] = added.get(i);
            moved[changedSlots.length + i] = facts.length + i;
        }
        ClockOrder[] reordered = new ClockOrder[orders.length];
        for (Turnaround clock : Turnaround.values()) {
            reordered[clock.ordinal()] = orders[clock.ordinal()].changed(facts, after, moved, clock);
        }
        return new FactTable(after, reordered);
    }

    int size() {
        return facts.length;
    }

    Fact fact(int slot) {
        return facts[slot];
    }

    ClockOrder order(Turnaround clock) {
        return orders[clock.ordinal()];
    }
}
