package org.counterpart.mla.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.counterpart.events.RequestContent.HandlingLevel;
import org.junit.jupiter.api.Test;

/** The need-to-know rule on its own, every combination: who reads content, who only knows it exists. */
class CaseAccessTest {

    @Test
    void everyCombination() {
        for (Direction direction : Direction.values()) {
            for (HandlingLevel level : new HandlingLevel[] {null, HandlingLevel.STANDARD, HandlingLevel.RESTRICTED,
                    HandlingLevel.VICTIM_SAFETY_CRITICAL}) {
                for (boolean centralAuthority : new boolean[] {false, true}) {
                    for (boolean ownsOrAssigned : new boolean[] {false, true}) {
                        CaseAccess expected = centralAuthority || ownsOrAssigned ? CaseAccess.CONTENT
                                : direction == Direction.OUTGOING && level != HandlingLevel.VICTIM_SAFETY_CRITICAL
                                        ? CaseAccess.EXISTENCE : CaseAccess.NONE;
                        assertEquals(expected, CaseAccess.of(direction, level, centralAuthority, ownsOrAssigned),
                                direction + " " + level + " ca=" + centralAuthority + " own=" + ownsOrAssigned);
                    }
                }
            }
        }
        // The cases a reader would check first, spelled out.
        assertEquals(CaseAccess.NONE, CaseAccess.of(Direction.OUTGOING, HandlingLevel.VICTIM_SAFETY_CRITICAL, false, false));
        assertEquals(CaseAccess.EXISTENCE, CaseAccess.of(Direction.OUTGOING, HandlingLevel.RESTRICTED, false, false));
        assertEquals(CaseAccess.NONE, CaseAccess.of(Direction.INCOMING, HandlingLevel.STANDARD, false, false));
    }
}
