package org.counterpart.events.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.counterpart.events.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random walks through every kind's workflow, 500 seeded runs each: whatever either side does, the other
 * side's copy can always follow a shared action, both copies end in the same status, and nothing
 * happens after a final status.
 */
class MirroredLifecyclePropertyTest {

    static Stream<Arguments> kindsAndSeeds() {
        return Stream.of(CooperationKind.values())
                .flatMap(kind -> Stream.iterate(0L, seed -> seed < 500, seed -> seed + 1).map(seed -> Arguments.of(kind, seed)));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("kindsAndSeeds")
    void bothSidesStayInStep(CooperationKind kind, long seed) {
        Workflow workflow = Workflows.of(kind);
        Random random = new Random(seed);
        RequestStatus requester = workflow.start();
        RequestStatus counterpart = null;
        List<RequestAction> history = new ArrayList<>();

        for (int step = 0; step < 40; step++) {
            List<RequestAction> possible = new ArrayList<>(workflow.available(requester, Side.REQUESTING, role -> true));
            if (counterpart != null) {
                possible.addAll(workflow.available(counterpart, Side.REQUESTED, role -> true));
            }
            if (possible.isEmpty()) {
                assertTrue(workflow.isFinal(requester), "stuck in " + requester + " (seed " + seed + ")");
                break;
            }
            Transition row = workflow.transition(possible.get(random.nextInt(possible.size()))).orElseThrow();
            history.add(row.action());
            boolean delivered = counterpart != null
                    || row.carriedBy().filter(EventType.REQUEST_TRANSMITTED::equals).isPresent();

            if (row.side() == Side.REQUESTING) {
                requester = row.to();
                if (row.shared() && delivered) {
                    if (counterpart != null) {
                        assertTrue(row.startsFrom(counterpart), row.action() + " cannot follow " + counterpart
                                + " on the counterpart's side (seed " + seed + ")");
                    }
                    counterpart = row.to();
                }
            } else {
                counterpart = row.to();
                assertTrue(row.shared(), row.action() + " must reach the requester");
                assertTrue(row.startsFrom(requester), row.action() + " cannot follow " + requester
                        + " on the requester's side (seed " + seed + ")");
                requester = row.to();
            }
            if (counterpart != null) {
                assertEquals(requester, counterpart, "sides diverged after " + history + " (seed " + seed + ")");
            }
        }
        assertTrue(history.size() <= 40);
    }
}
