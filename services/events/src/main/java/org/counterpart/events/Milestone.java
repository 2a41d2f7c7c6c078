package org.counterpart.events;

import java.util.Arrays;
import java.util.Optional;
import org.counterpart.events.workflow.RequestStatus;

/**
 * The lifecycle facts tracking builds turnaround figures from: the hub's own routing facts and every
 * business status a request reaches once it is in the network.
 */
public enum Milestone {
    TRANSMITTED(RequestStatus.TRANSMITTED),
    ROUTED(null),
    UNROUTABLE(null),
    /** The requested country's service stored the request: its retrieval receipt reached the hub. */
    RETRIEVED(null),
    ACKNOWLEDGED(RequestStatus.ACKNOWLEDGED),
    UNDER_ASSESSMENT(RequestStatus.UNDER_ASSESSMENT),
    INFO_REQUESTED(RequestStatus.INFO_REQUESTED),
    INFO_PROVIDED(RequestStatus.INFO_PROVIDED),
    RETURNED_DEFICIENT(RequestStatus.RETURNED_DEFICIENT),
    FORWARDED(RequestStatus.FORWARDED),
    ACCEPTED(RequestStatus.ACCEPTED),
    POSTPONED(RequestStatus.POSTPONED),
    REFUSED(RequestStatus.REFUSED),
    IN_EXECUTION(RequestStatus.IN_EXECUTION),
    PARTIALLY_EXECUTED(RequestStatus.PARTIALLY_EXECUTED),
    EXECUTED(RequestStatus.EXECUTED),
    CLOSED(RequestStatus.CLOSED),
    WITHDRAWN(RequestStatus.WITHDRAWN),
    ANSWERED(RequestStatus.ANSWERED),
    DECLINED(RequestStatus.DECLINED),
    CONDITIONS_ACCEPTED(RequestStatus.CONDITIONS_ACCEPTED),
    PROVISIONALLY_ARRESTED(RequestStatus.PROVISIONALLY_ARRESTED),
    FULL_REQUEST_RECEIVED(RequestStatus.FULL_REQUEST_RECEIVED),
    SURRENDER_ARRANGED(RequestStatus.SURRENDER_ARRANGED),
    SURRENDERED(RequestStatus.SURRENDERED),
    RELEASED(RequestStatus.RELEASED),
    AGREED(RequestStatus.AGREED),
    OUTCOME_REPORTED(RequestStatus.OUTCOME_REPORTED),
    RECOGNISED(RequestStatus.RECOGNISED),
    NATIONALITY_VERIFIED(RequestStatus.NATIONALITY_VERIFIED),
    TRAVEL_DOCUMENTS_ISSUED(RequestStatus.TRAVEL_DOCUMENTS_ISSUED),
    RETURN_PLANNED(RequestStatus.RETURN_PLANNED),
    RETURNED(RequestStatus.RETURNED);

    private final RequestStatus status;

    Milestone(RequestStatus status) {
        this.status = status;
    }

    /** The business status this fact reports; empty for the hub's routing facts. */
    public Optional<RequestStatus> status() {
        return Optional.ofNullable(status);
    }

    /** The fact that a request reached {@code status}, which only statuses after transmission have. */
    public static Milestone reached(RequestStatus status) {
        return Arrays.stream(values()).filter(m -> m.status == status).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(status + " is never reported: it happens before transmission"));
    }
}
