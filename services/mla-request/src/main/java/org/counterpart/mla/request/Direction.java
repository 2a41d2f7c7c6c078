package org.counterpart.mla.request;

import org.counterpart.events.workflow.Side;

/** Whether this country is asking (OUTGOING) or being asked (INCOMING): which side's copy it holds. */
public enum Direction {
    OUTGOING(Side.REQUESTING),
    INCOMING(Side.REQUESTED);

    private final Side side;

    Direction(Side side) {
        this.side = side;
    }

    public Side side() {
        return side;
    }
}
