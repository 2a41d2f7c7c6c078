package org.counterpart.tracking.figures;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.counterpart.events.Country;
import org.counterpart.events.figures.Dimension;
import org.counterpart.events.figures.Outcome;
import org.counterpart.events.figures.Turnaround;

/**
 * Every request's fact as of one read of {@code request_fact}, never changed once made: figures computed
 * from it agree with each other, whatever arrives meanwhile. What every figure scans is also kept as
 * columns (arrays by slot), which a pass reads in sequence instead of following each fact's references;
 * each clock's values are kept in order, and each grouping is worked out once per table.
 */
final class FactTable {

    /** The slot's instant in microseconds since the epoch (PostgreSQL's precision); this when absent. */
    static final long ABSENT = Long.MIN_VALUE;

    static final int BREACHED = 1;
    static final int REFUSED = 1 << 1;
    static final int DECIDED = 1 << 2;
    static final int FORWARDED = 1 << 3;
    static final int ROUTED = 1 << 4;
    static final int DEFICIENT = 1 << 5;
    static final int INFO_REQUESTED = 1 << 6;
    /** After the flags above, one per clock: it stopped (has a value), so a tally reads one column, not five. */
    private static final int FIRST_STOPPED = 7;

    private final Fact[] facts;
    private final long[] transmitted;
    private final long[] retrieved;
    private final long[] finalised;
    private final Country[] requesting;
    private final Country[] requested;
    private final int[] victims;
    private final int[] flags;
    private final ClockOrder[] orders;
    private final Map<Dimension, Grouping> groupings = new EnumMap<>(Dimension.class);

    private FactTable(Fact[] facts, ClockOrder[] orders) {
        this(facts, orders, new long[facts.length], new long[facts.length], new long[facts.length],
                new Country[facts.length], new Country[facts.length], new int[facts.length], new int[facts.length]);
        for (int slot = 0; slot < facts.length; slot++) {
            fill(slot);
        }
    }

    private FactTable(Fact[] facts, ClockOrder[] orders, long[] transmitted, long[] retrieved, long[] finalised,
            Country[] requesting, Country[] requested, int[] victims, int[] flags) {
        this.facts = facts;
        this.orders = orders;
        this.transmitted = transmitted;
        this.retrieved = retrieved;
        this.finalised = finalised;
        this.requesting = requesting;
        this.requested = requested;
        this.victims = victims;
        this.flags = flags;
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
        // The columns are copied, and only the moved slots filled again: a catch-up costs what changed.
        int size = after.length;
        FactTable next = new FactTable(after, reordered, Arrays.copyOf(transmitted, size),
                Arrays.copyOf(retrieved, size), Arrays.copyOf(finalised, size), Arrays.copyOf(requesting, size),
                Arrays.copyOf(requested, size), Arrays.copyOf(victims, size), Arrays.copyOf(flags, size));
        for (int slot : moved) {
            next.fill(slot);
        }
        return next;
    }

    private void fill(int slot) {
        Fact fact = facts[slot];
        transmitted[slot] = micros(fact.transmittedAt());
        retrieved[slot] = micros(fact.retrievedAt());
        finalised[slot] = micros(fact.finalisedAt());
        requesting[slot] = fact.requesting();
        requested[slot] = fact.requested();
        victims[slot] = fact.victimCount() == null ? 0 : fact.victimCount();
        flags[slot] = (fact.breaches().isEmpty() ? 0 : BREACHED)
                | (fact.outcome() == Outcome.REFUSED ? REFUSED : 0)
                | (fact.decidedAt() == null ? 0 : DECIDED)
                | (fact.forwardedAt() == null ? 0 : FORWARDED)
                | (fact.routedAt() == null ? 0 : ROUTED)
                | (fact.deficientReturns() > 0 ? DEFICIENT : 0)
                | (fact.infoRequests() > 0 ? INFO_REQUESTED : 0);
        for (Turnaround clock : Turnaround.values()) {
            flags[slot] |= Double.isNaN(fact.hours(clock)) ? 0 : stopped(clock);
        }
    }

    /** The flag of a fact whose {@code clock} stopped. */
    static int stopped(Turnaround clock) {
        return 1 << (FIRST_STOPPED + clock.ordinal());
    }

    static long micros(Instant at) {
        return at == null ? ABSENT : at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000;
    }

    int size() {
        return facts.length;
    }

    Fact fact(int slot) {
        return facts[slot];
    }

    long transmitted(int slot) {
        return transmitted[slot];
    }

    long retrieved(int slot) {
        return retrieved[slot];
    }

    long finalised(int slot) {
        return finalised[slot];
    }

    Country requesting(int slot) {
        return requesting[slot];
    }

    Country requested(int slot) {
        return requested[slot];
    }

    int victims(int slot) {
        return victims[slot];
    }

    boolean is(int slot, int flag) {
        return (flags[slot] & flag) != 0;
    }

    ClockOrder order(Turnaround clock) {
        return orders[clock.ordinal()];
    }

    /** The groups of {@code by} over every fact, worked out on first use. */
    synchronized Grouping grouping(Dimension by) {
        return groupings.computeIfAbsent(by, dimension -> Grouping.of(facts, dimension));
    }
}
