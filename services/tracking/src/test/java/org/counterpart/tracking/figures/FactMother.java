package org.counterpart.tracking.figures;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.counterpart.events.Country;
import org.counterpart.events.figures.Turnaround;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.events.workflow.RequestStatus;

/** Facts as the figures read them: a Thai request to Malaysia, transmitted at one instant, with given clocks. */
final class FactMother {

    static final Instant TRANSMITTED = Instant.parse("2026-03-02T08:00:00Z");

    private FactMother() {
    }

    /** A fact whose clocks stopped after {@code hours} ({@code NaN}: still running), in {@link Turnaround} order. */
    static Fact withHours(double... hours) {
        double[] clocks = new double[Turnaround.values().length];
        java.util.Arrays.fill(clocks, Double.NaN);
        System.arraycopy(hours, 0, clocks, 0, hours.length);
        return new Fact(UUID.randomUUID(), Country.of("TH"), Country.of("MY"), CooperationKind.MLA, null, null, null,
                List.of(), null, TRANSMITTED, null, null, null, null, null, null, null, null, null, null, null,
                List.of(), List.of(), 0, 0, RequestStatus.SUBMITTED, TRANSMITTED, 0, false, clocks, "TH->MY", "2026-03",
                "2026-Q1");
    }

    /** A fact whose request the hub has not transmitted (an earlier fact came first): in no period. */
    static Fact untransmitted() {
        double[] clocks = new double[Turnaround.values().length];
        java.util.Arrays.fill(clocks, Double.NaN);
        return new Fact(UUID.randomUUID(), Country.of("TH"), Country.of("MY"), null, null, null, null, List.of(), null,
                null, null, null, TRANSMITTED, null, null, null, null, null, null, null, null, List.of(), List.of(), 0,
                0, null, null, 0, false, clocks, "TH->MY", null, null);
    }
}
