package org.counterpart.events.workflow;

import static org.counterpart.events.workflow.ActionField.COUNTERPART_REFERENCE;
import static org.counterpart.events.workflow.ActionField.NOTE;
import static org.counterpart.events.workflow.ActionField.REFUSAL_GROUNDS;
import static org.counterpart.events.workflow.ActionField.UNTIL;
import static org.counterpart.events.workflow.RequestAction.ACCEPT;
import static org.counterpart.events.workflow.RequestAction.ACKNOWLEDGE;
import static org.counterpart.events.workflow.RequestAction.COMPLETE_EXECUTION;
import static org.counterpart.events.workflow.RequestAction.CONFIRM_RECEIPT;
import static org.counterpart.events.workflow.RequestAction.DELIVER_PARTIAL_RESULTS;
import static org.counterpart.events.workflow.RequestAction.FORWARD;
import static org.counterpart.events.workflow.RequestAction.MARK_READY;
import static org.counterpart.events.workflow.RequestAction.POSTPONE;
import static org.counterpart.events.workflow.RequestAction.PROVIDE_INFO;
import static org.counterpart.events.workflow.RequestAction.REFUSE;
import static org.counterpart.events.workflow.RequestAction.REQUEST_INFO;
import static org.counterpart.events.workflow.RequestAction.RESUBMIT;
import static org.counterpart.events.workflow.RequestAction.RETURN_DEFICIENT;
import static org.counterpart.events.workflow.RequestAction.SEND_BACK;
import static org.counterpart.events.workflow.RequestAction.START_ASSESSMENT;
import static org.counterpart.events.workflow.RequestAction.START_EXECUTION;
import static org.counterpart.events.workflow.RequestAction.SUBMIT;
import static org.counterpart.events.workflow.RequestAction.TRANSMIT;
import static org.counterpart.events.workflow.RequestAction.WITHDRAW;
import static org.counterpart.events.workflow.RequestStatus.ACCEPTED;
import static org.counterpart.events.workflow.RequestStatus.ACKNOWLEDGED;
import static org.counterpart.events.workflow.RequestStatus.CLOSED;
import static org.counterpart.events.workflow.RequestStatus.DRAFT;
import static org.counterpart.events.workflow.RequestStatus.EXECUTED;
import static org.counterpart.events.workflow.RequestStatus.FORWARDED;
import static org.counterpart.events.workflow.RequestStatus.INFO_PROVIDED;
import static org.counterpart.events.workflow.RequestStatus.INFO_REQUESTED;
import static org.counterpart.events.workflow.RequestStatus.IN_EXECUTION;
import static org.counterpart.events.workflow.RequestStatus.PARTIALLY_EXECUTED;
import static org.counterpart.events.workflow.RequestStatus.POSTPONED;
import static org.counterpart.events.workflow.RequestStatus.READY;
import static org.counterpart.events.workflow.RequestStatus.REFUSED;
import static org.counterpart.events.workflow.RequestStatus.RETURNED_DEFICIENT;
import static org.counterpart.events.workflow.RequestStatus.SUBMITTED;
import static org.counterpart.events.workflow.RequestStatus.TRANSMITTED;
import static org.counterpart.events.workflow.RequestStatus.UNDER_ASSESSMENT;
import static org.counterpart.events.workflow.RequestStatus.WITHDRAWN;
import static org.counterpart.events.workflow.Role.CENTRAL_AUTHORITY;
import static org.counterpart.events.workflow.Role.PROSECUTOR;
import static org.counterpart.events.workflow.Side.REQUESTED;
import static org.counterpart.events.workflow.Side.REQUESTING;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.counterpart.events.EventType;

/** The workflow table: every kind of cooperation's transitions, written once. */
public final class Workflows {

    private static final Optional<EventType> LOCAL = Optional.empty();
    private static final Optional<EventType> AS_TRANSMITTED = Optional.of(EventType.REQUEST_TRANSMITTED);
    private static final Optional<EventType> AS_ACKNOWLEDGED = Optional.of(EventType.REQUEST_ACKNOWLEDGED);
    private static final Optional<EventType> AS_ACTION = Optional.of(EventType.REQUEST_ACTION_TAKEN);

    private static final Set<Role> CA = Set.of(CENTRAL_AUTHORITY);
    private static final Set<Role> P = Set.of(PROSECUTOR);
    private static final Set<Role> P_OR_CA = Set.of(PROSECUTOR, CENTRAL_AUTHORITY);
    private static final Set<ActionField> NOTHING = Set.of();

    /** The ASEAN MLA Treaty's path between central authorities (domain brief, layer 3). */
    private static final Workflow MLA = new Workflow(CooperationKind.MLA, DRAFT, List.of(
            row(MARK_READY, REQUESTING, P, from(DRAFT), READY, NOTHING, LOCAL,
                    "The prosecutor declares the draft finished; refused with every gap while it is not complete."),
            row(SUBMIT, REQUESTING, P, from(READY), SUBMITTED, NOTHING, LOCAL,
                    "The prosecutor hands the complete request to the own central authority."),
            row(SEND_BACK, REQUESTING, CA, from(SUBMITTED), DRAFT, Set.of(NOTE), LOCAL,
                    "The own central authority sends it back to the prosecutor for changes."),
            row(TRANSMIT, REQUESTING, CA, from(SUBMITTED), TRANSMITTED, NOTHING, AS_TRANSMITTED,
                    "The requesting central authority sends the request into the network."),
            row(PROVIDE_INFO, REQUESTING, P_OR_CA, from(INFO_REQUESTED), INFO_PROVIDED, Set.of(NOTE), AS_ACTION,
                    "The requester answers what the counterpart asked; the decision clock runs again."),
            row(RESUBMIT, REQUESTING, CA, from(RETURNED_DEFICIENT), TRANSMITTED, Set.of(NOTE), AS_ACTION,
                    "The requester fixed what was found deficient and sends the corrected request again."),
            row(WITHDRAW, REQUESTING, P_OR_CA, from(DRAFT, READY, SUBMITTED, TRANSMITTED, ACKNOWLEDGED, UNDER_ASSESSMENT,
                    INFO_REQUESTED, INFO_PROVIDED, RETURNED_DEFICIENT, FORWARDED, ACCEPTED, POSTPONED, IN_EXECUTION,
                    PARTIALLY_EXECUTED), WITHDRAWN, Set.of(NOTE), AS_ACTION,
                    "The requester no longer needs it, from any status before the results are in."),
            row(CONFIRM_RECEIPT, REQUESTING, P_OR_CA, from(EXECUTED), CLOSED, NOTHING, AS_ACTION,
                    "The requester confirms it received the results, which closes the request."),
            row(ACKNOWLEDGE, REQUESTED, CA, from(TRANSMITTED, FORWARDED), ACKNOWLEDGED, Set.of(COUNTERPART_REFERENCE),
                    AS_ACKNOWLEDGED, "The requested central authority registers it under its own reference; after a "
                            + "forward, the competent authority registers it again."),
            row(START_ASSESSMENT, REQUESTED, CA, from(ACKNOWLEDGED, INFO_PROVIDED), UNDER_ASSESSMENT, NOTHING, AS_ACTION,
                    "The requested side starts assessing the request."),
            row(REQUEST_INFO, REQUESTED, CA, from(ACKNOWLEDGED, UNDER_ASSESSMENT), INFO_REQUESTED, Set.of(NOTE),
                    AS_ACTION, "Asks the requester for more; the decision clock pauses until the answer."),
            row(RETURN_DEFICIENT, REQUESTED, CA, from(ACKNOWLEDGED, UNDER_ASSESSMENT), RETURNED_DEFICIENT,
                    Set.of(NOTE), AS_ACTION, "Sends it back as deficient, saying what is missing."),
            row(FORWARD, REQUESTED, CA, from(ACKNOWLEDGED, UNDER_ASSESSMENT), FORWARDED, Set.of(NOTE), AS_ACTION,
                    "Sends it on to the competent authority (optional `forwardTo`: its directory entry); the hub "
                            + "re-routes it and records the misroute."),
            row(ACCEPT, REQUESTED, CA, from(UNDER_ASSESSMENT), ACCEPTED, NOTHING, AS_ACTION,
                    "Decides to execute it."),
            row(POSTPONE, REQUESTED, CA, from(UNDER_ASSESSMENT), POSTPONED, Set.of(NOTE, UNTIL), AS_ACTION,
                    "Postpones rather than refuses, e.g. while execution would prejudice a domestic investigation."),
            row(REFUSE, REQUESTED, CA, from(UNDER_ASSESSMENT), REFUSED, Set.of(REFUSAL_GROUNDS), AS_ACTION,
                    "Refuses on coded grounds."),
            row(START_EXECUTION, REQUESTED, CA, from(ACCEPTED, POSTPONED), IN_EXECUTION, NOTHING, AS_ACTION,
                    "Executes it through the local agencies."),
            row(DELIVER_PARTIAL_RESULTS, REQUESTED, CA, from(IN_EXECUTION, PARTIALLY_EXECUTED), PARTIALLY_EXECUTED,
                    Set.of(NOTE), AS_ACTION, "Returns part of the results while the rest is executed."),
            row(COMPLETE_EXECUTION, REQUESTED, CA, from(IN_EXECUTION, PARTIALLY_EXECUTED), EXECUTED, NOTHING, AS_ACTION,
                    "Returns the last results.")));

    private static final Map<CooperationKind, Workflow> TABLE = Map.of(CooperationKind.MLA, MLA);

    private static final Set<RequestStatus> FINAL = endingAnyKind();

    private Workflows() {
    }

    public static Workflow of(CooperationKind kind) {
        return TABLE.get(kind);
    }

    /**
     * Every status that ends a request of some kind, for queries across kinds (retention, open lists). A
     * status that ends one kind ends every kind that uses it ({@code WorkflowTest}).
     */
    public static Set<RequestStatus> finalStatuses() {
        return FINAL;
    }

    private static Set<RequestStatus> endingAnyKind() {
        Set<RequestStatus> finals = EnumSet.noneOf(RequestStatus.class);
        TABLE.values().forEach(workflow -> finals.addAll(workflow.finalStates()));
        return Collections.unmodifiableSet(finals);
    }

    private static Set<RequestStatus> from(RequestStatus first, RequestStatus... more) {
        return EnumSet.of(first, more);
    }

    private static Transition row(RequestAction action, Side side, Set<Role> roles, Set<RequestStatus> from,
            RequestStatus to, Set<ActionField> requires, Optional<EventType> carriedBy, String meaning) {
        return new Transition(action, side, roles, from, to, requires, carriedBy, meaning);
    }
}
