package org.counterpart.mla.request;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.counterpart.platform.security.Roles;

/** What a user may do to a request: who (role), on which side, from which status, to which status. */
public enum RequestAction {
    /** The prosecutor hands a finished draft to the own central authority. */
    SUBMIT(Roles.PROSECUTOR, Direction.OUTGOING, RequestStatus.DRAFT, RequestStatus.SUBMITTED),
    /** The requesting central authority sends the request into the network. */
    TRANSMIT(Roles.CENTRAL_AUTHORITY, Direction.OUTGOING, RequestStatus.SUBMITTED, RequestStatus.TRANSMITTED),
    /** The requested central authority registers the request under its own reference. */
    ACKNOWLEDGE(Roles.CENTRAL_AUTHORITY, Direction.INCOMING, RequestStatus.TRANSMITTED, RequestStatus.ACKNOWLEDGED);

    private final String role;
    private final Direction side;
    private final RequestStatus from;
    private final RequestStatus to;

    RequestAction(String role, Direction side, RequestStatus from, RequestStatus to) {
        this.role = role;
        this.side = side;
        this.from = from;
        this.to = to;
    }

    public String role() {
        return role;
    }

    public RequestStatus target() {
        return to;
    }

    public boolean allowedOn(RequestStatus status, Direction direction) {
        return status == from && direction == side;
    }

    /** The actions a caller holding {@code hasRole} roles may take now, for error answers and clients' buttons. */
    public static List<RequestAction> available(RequestStatus status, Direction direction, Predicate<String> hasRole) {
        return Arrays.stream(values())
                .filter(action -> action.allowedOn(status, direction) && hasRole.test(action.role))
                .toList();
    }
}
