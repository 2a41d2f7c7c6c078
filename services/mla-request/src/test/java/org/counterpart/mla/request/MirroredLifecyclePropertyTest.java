package org.counterpart.mla.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random walks through the workflow, 500 seeded runs: whatever either side does, the other side's copy
 * can always follow a shared action, both copies end in the same status, no step is lost from the
 * history, and nothing happens after a final status.
 */
class MirroredLifecyclePropertyTest {

    static LongStream seeds() {
        return LongStream.range(0, 500);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void bothSidesStayInStep(long seed) {
        Random random = new Random(seed);
        RequestStatus requester = RequestStatus.DRAFT;
        RequestStatus counterpart = null;
        List<RequestAction> history = new ArrayList<>();

        for (int step = 0; step < 40; step++) {
            List<RequestAction> possible = new ArrayList<>(
                    RequestAction.available(requester, Direction.OUTGOING, role -> true));
            if (counterpart != null) {
                possible.addAll(RequestAction.available(counterpart, Direction.INCOMING, role -> true));
            }
            if (possible.isEmpty()) {
                assertTrue(RequestStatus.FINAL.contains(requester), "stuck in " + requester + " (seed " + seed + ")");
                break;
            }
            RequestAction action = possible.get(random.nextInt(possible.size()));
            history.add(action);
            boolean byRequester = action.side() == Direction.OUTGOING;
            boolean delivered = counterpart != null || action == RequestAction.TRANSMIT;

            if (byRequester) {
                requester = action.target();
                if (action.shared() && delivered) {
                    if (counterpart != null) {
                        assertTrue(action.startsFrom(counterpart), action + " cannot follow " + counterpart
                                + " on the counterpart's side (seed " + seed + ")");
                    }
                    counterpart = action.target();
                }
            } else {
                counterpart = action.target();
                assertTrue(action.shared(), action + " must reach the requester");
                assertTrue(action.startsFrom(requester), action + " cannot follow " + requester
                        + " on the requester's side (seed " + seed + ")");
                requester = action.target();
            }
            if (counterpart != null) {
                assertEquals(requester, counterpart, "sides diverged after " + history + " (seed " + seed + ")");
            }
        }
        assertTrue(history.size() <= 40);
    }
}
