package org.counterpart.events.figures;

import java.util.Optional;
import org.counterpart.events.workflow.RequestStatus;
import org.counterpart.events.workflow.Workflow;

/**
 * How a request was finalised, in the categories central authorities report stock and flow in. A request
 * is finalised when it reaches a final status of its workflow, or when the requested side delivered the
 * last results ({@code EXECUTED}), which ends the counterpart's work even before the requester confirms.
 */
public enum Outcome {
    EXECUTED,
    REFUSED,
    WITHDRAWN,
    OTHER;

    /** The outcome a request reaching {@code status} was finalised with; empty while it is still active. */
    public static Optional<Outcome> of(Workflow workflow, RequestStatus status) {
        if (status != RequestStatus.EXECUTED && !workflow.isFinal(status)) {
            return Optional.empty();
        }
        return Optional.of(switch (status) {
            case REFUSED, DECLINED -> REFUSED;
            case WITHDRAWN -> WITHDRAWN;
            // Carried out: results delivered, an answer given, a person surrendered or a victim returned.
            case EXECUTED, CLOSED, ANSWERED, CONDITIONS_ACCEPTED, SURRENDERED, OUTCOME_REPORTED, RECOGNISED,
                    RETURNED -> EXECUTED;
            default -> OTHER;
        });
    }
}
