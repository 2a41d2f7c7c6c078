package org.counterpart.mla.request;

import static org.counterpart.mla.request.Direction.INCOMING;
import static org.counterpart.mla.request.Direction.OUTGOING;
import static org.counterpart.mla.request.RequestStatus.ACCEPTED;
import static org.counterpart.mla.request.RequestStatus.ACKNOWLEDGED;
import static org.counterpart.mla.request.RequestStatus.DRAFT;
import static org.counterpart.mla.request.RequestStatus.EXECUTED;
import static org.counterpart.mla.request.RequestStatus.INFO_PROVIDED;
import static org.counterpart.mla.request.RequestStatus.INFO_REQUESTED;
import static org.counterpart.mla.request.RequestStatus.IN_EXECUTION;
import static org.counterpart.mla.request.RequestStatus.PARTIALLY_EXECUTED;
import static org.counterpart.mla.request.RequestStatus.POSTPONED;
import static org.counterpart.mla.request.RequestStatus.READY;
import static org.counterpart.mla.request.RequestStatus.RETURNED_DEFICIENT;
import static org.counterpart.mla.request.RequestStatus.SUBMITTED;
import static org.counterpart.mla.request.RequestStatus.TRANSMITTED;
import static org.counterpart.mla.request.RequestStatus.UNDER_ASSESSMENT;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.counterpart.platform.security.Roles;

/**
 * What a user may do to a request: which roles, on which side (the requesting country holds the
 * OUTGOING copy, the requested country the INCOMING one), from which statuses, to which status, and
 * what the action must say. {@code shared} actions travel through routing and the other side mirrors them.
 */
public enum RequestAction {
    /** The prosecutor declares the draft finished; refused with every missing field while it is not complete. */
    MARK_READY(Set.of(Roles.PROSECUTOR), OUTGOING, EnumSet.of(DRAFT), READY, false, Needs.NOTHING),
    /** The prosecutor hands a complete request to the own central authority. */
    SUBMIT(Set.of(Roles.PROSECUTOR), OUTGOING, EnumSet.of(READY), SUBMITTED, false, Needs.NOTHING),
    /** The own central authority sends a submitted draft back to the prosecutor for changes. */
    SEND_BACK(Set.of(Roles.CENTRAL_AUTHORITY), OUTGOING, EnumSet.of(SUBMITTED), DRAFT, false, Needs.NOTE),
    /** The requesting central authority sends the request into the network. */
    TRANSMIT(Set.of(Roles.CENTRAL_AUTHORITY), OUTGOING, EnumSet.of(SUBMITTED), TRANSMITTED, true, Needs.NOTHING),
    PROVIDE_INFO(Set.of(Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY), OUTGOING, EnumSet.of(INFO_REQUESTED),
            INFO_PROVIDED, true, Needs.NOTE),
    /** The requester fixed what the counterpart found deficient and sends the same request again. */
    RESUBMIT(Set.of(Roles.CENTRAL_AUTHORITY), OUTGOING, EnumSet.of(RETURNED_DEFICIENT), TRANSMITTED, true, Needs.NOTE),
    WITHDRAW(Set.of(Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY), OUTGOING, RequestStatus.open(), RequestStatus.WITHDRAWN,
            true, Needs.NOTE),
    /** The requester confirms it received the results, which closes the request. */
    CONFIRM_RECEIPT(Set.of(Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY), OUTGOING, EnumSet.of(EXECUTED),
            RequestStatus.CLOSED, true, Needs.NOTHING),

    /**
     * The requested central authority registers the request under its own reference; after a forward,
     * the competent authority registers it again.
     */
    ACKNOWLEDGE(Set.of(Roles.CENTRAL_AUTHORITY), INCOMING, EnumSet.of(TRANSMITTED, RequestStatus.FORWARDED), ACKNOWLEDGED,
            true, Needs.REFERENCE),
    START_ASSESSMENT(Set.of(Roles.CENTRAL_AUTHORITY), INCOMING, EnumSet.of(ACKNOWLEDGED, INFO_PROVIDED),
            UNDER_ASSESSMENT, true, Needs.NOTHING),
    /** Pauses the decision clock until the requester answers. */
    REQUEST_INFO(Set.of(Roles.CENTRAL_AUTHORITY), INCOMING, EnumSet.of(ACKNOWLEDGED, UNDER_ASSESSMENT), INFO_REQUESTED,
            true, Needs.NOTE),
    RETURN_DEFICIENT(Set.of(Roles.CENTRAL_AUTHORITY), INCOMING, EnumSet.of(ACKNOWLEDGED, UNDER_ASSESSMENT),
            RETURNED_DEFICIENT, true, Needs.NOTE),
    /** Sent on to the authority that is competent after all; the note says which, {@code forwardTo} names its directory entry. */
    FORWARD(Set.of(Roles.CENTRAL_AUTHORITY), INCOMING, EnumSet.of(ACKNOWLEDGED, UNDER_ASSESSMENT),
            RequestStatus.FORWARDED, true, Needs.NOTE),
    ACCEPT(Set.of(Roles.CENTRAL_AUTHORITY), INCOMING, EnumSet.of(UNDER_ASSESSMENT), ACCEPTED, true, Needs.NOTHING),
    /** Postponement rather than refusal, e.g. when execution would prejudice a domestic investigation. */
    POSTPONE(Set.of(Roles.CENTRAL_AUTHORITY), INCOMING, EnumSet.of(UNDER_ASSESSMENT), POSTPONED, true,
            Needs.NOTE_AND_DATE),
    REFUSE(Set.of(Roles.CENTRAL_AUTHORITY), INCOMING, EnumSet.of(UNDER_ASSESSMENT), RequestStatus.REFUSED, true,
            Needs.GROUNDS),
    START_EXECUTION(Set.of(Roles.CENTRAL_AUTHORITY), INCOMING, EnumSet.of(ACCEPTED, POSTPONED), IN_EXECUTION, true,
            Needs.NOTHING),
    DELIVER_PARTIAL_RESULTS(Set.of(Roles.CENTRAL_AUTHORITY), INCOMING, EnumSet.of(IN_EXECUTION, PARTIALLY_EXECUTED),
            PARTIALLY_EXECUTED, true, Needs.NOTE),
    COMPLETE_EXECUTION(Set.of(Roles.CENTRAL_AUTHORITY), INCOMING, EnumSet.of(IN_EXECUTION, PARTIALLY_EXECUTED),
            EXECUTED, true, Needs.NOTHING);

    /** What the body of an action must carry besides the action itself. */
    public enum Needs {
        NOTHING, NOTE, REFERENCE, NOTE_AND_DATE, GROUNDS
    }

    private final Set<String> roles;
    private final Direction side;
    private final Set<RequestStatus> from;
    private final RequestStatus to;
    private final boolean shared;
    private final Needs needs;

    RequestAction(Set<String> roles, Direction side, Set<RequestStatus> from, RequestStatus to, boolean shared,
            Needs needs) {
        this.roles = roles;
        this.side = side;
        this.from = from;
        this.to = to;
        this.shared = shared;
        this.needs = needs;
    }

    /** The action in words, for messages: {@code REQUEST_INFO} is "request info". */
    public String verb() {
        return name().toLowerCase().replace('_', ' ');
    }

    public RequestStatus target() {
        return to;
    }

    public Direction side() {
        return side;
    }

    public Needs needs() {
        return needs;
    }

    /** Whether the other country must hear of it. Withdrawing a request never sent concerns nobody else. */
    public boolean shared() {
        return shared;
    }

    public boolean mayBeTakenBy(Predicate<String> hasRole) {
        return roles.stream().anyMatch(hasRole);
    }

    public boolean allowedOn(RequestStatus status, Direction direction) {
        return startsFrom(status) && direction == side;
    }

    /** Whether a copy in {@code status} can follow this action, whichever side took it. */
    public boolean startsFrom(RequestStatus status) {
        return from.contains(status);
    }

    /** The actions a caller holding {@code hasRole} roles may take now, for error answers and clients' buttons. */
    public static List<RequestAction> available(RequestStatus status, Direction direction, Predicate<String> hasRole) {
        return Arrays.stream(values())
                .filter(action -> action.allowedOn(status, direction) && action.mayBeTakenBy(hasRole))
                .toList();
    }
}
