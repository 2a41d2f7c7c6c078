package org.counterpart.routing.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FactTimesTest {

    private static final Instant ROUTED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant READ = ROUTED.plus(Duration.ofDays(3));

    @Test
    void aTransmissionStatedAfterItsRoutingIsCountedAtTheRouting() {
        assertEquals(ROUTED, FactTimes.transmitted(ROUTED.plus(Duration.ofMinutes(7)), ROUTED));
        Instant before = ROUTED.minusSeconds(2);
        assertEquals(before, FactTimes.transmitted(before, ROUTED));
    }

    @Test
    void aLaterStepIsCountedBetweenTheRoutingAndTheHubReadingIt() {
        Instant inBetween = ROUTED.plus(Duration.ofHours(30));
        assertEquals(inBetween, FactTimes.afterRouting(inBetween, ROUTED, READ));
        assertEquals(ROUTED, FactTimes.afterRouting(ROUTED.minus(Duration.ofMinutes(10)), ROUTED, READ));
        assertEquals(READ, FactTimes.afterRouting(READ.plus(Duration.ofHours(2)), ROUTED, READ));
    }
}
