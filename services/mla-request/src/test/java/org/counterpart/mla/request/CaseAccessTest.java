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
                        for (boolean receivesKind : new boolean[] {false, true}) {
                            CaseAccess expected = centralAuthority || ownsOrAssigned
                                    || (receivesKind && direction == Direction.INCOMING) ? CaseAccess.CONTENT
                                    : direction == Direction.OUTGOING && level != HandlingLevel.VICTIM_SAFETY_CRITICAL
                                            ? CaseAccess.EXISTENCE : CaseAccess.NONE;
                            assertEquals(expected, CaseAccess.of(direction, level, centralAuthority, ownsOrAssigned,
                                    receivesKind), direction + " " + level + " ca=" + centralAuthority + " own="
                                    + ownsOrAssigned + " receives=" + receivesKind);
                        }
                    }
                }
            }
        }
        // The cases a reader would check first, spelled out.
        assertEquals(CaseAccess.NONE, CaseAccess.of(Direction.OUTGOING, HandlingLevel.VICTIM_SAFETY_CRITICAL, false, false,
                false));
        assertEquals(CaseAccess.EXISTENCE, CaseAccess.of(Direction.OUTGOING, HandlingLevel.RESTRICTED, false, false, false));
        assertEquals(CaseAccess.NONE, CaseAccess.of(Direction.INCOMING, HandlingLevel.STANDARD, false, false, false));
        // A police officer handles the informal requests coming in, not another officer's outgoing victim notice.
        assertEquals(CaseAccess.CONTENT, CaseAccess.of(Direction.INCOMING, HandlingLevel.STANDARD, false, false, true));
        assertEquals(CaseAccess.NONE, CaseAccess.of(Direction.OUTGOING, HandlingLevel.VICTIM_SAFETY_CRITICAL, false, false,
                true));
    }
}
