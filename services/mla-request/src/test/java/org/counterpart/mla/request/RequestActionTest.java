package org.counterpart.mla.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every action x every status x both sides x every role, against the cooperation workflow written out
 * as a table: who may do what, on which side, from where, to where.
 */
class RequestActionTest {

    private static final String P = "prosecutor";
    private static final String CA = "central-authority";

    /** action: roles, side, from-statuses, to-status. Written independently of RequestAction, as the spec. */
    private static final Map<RequestAction, Object[]> WORKFLOW = Map.ofEntries(
            rule(RequestAction.MARK_READY, Set.of(P), Direction.OUTGOING, "DRAFT", "READY"),
            rule(RequestAction.SUBMIT, Set.of(P), Direction.OUTGOING, "READY", "SUBMITTED"),
            rule(RequestAction.SEND_BACK, Set.of(CA), Direction.OUTGOING, "SUBMITTED", "DRAFT"),
            rule(RequestAction.TRANSMIT, Set.of(CA), Direction.OUTGOING, "SUBMITTED", "TRANSMITTED"),
            rule(RequestAction.PROVIDE_INFO, Set.of(P, CA), Direction.OUTGOING, "INFO_REQUESTED", "INFO_PROVIDED"),
            rule(RequestAction.RESUBMIT, Set.of(CA), Direction.OUTGOING, "RETURNED_DEFICIENT", "TRANSMITTED"),
            rule(RequestAction.WITHDRAW, Set.of(P, CA), Direction.OUTGOING,
                    "DRAFT READY SUBMITTED TRANSMITTED ACKNOWLEDGED UNDER_ASSESSMENT INFO_REQUESTED INFO_PROVIDED "
                            + "RETURNED_DEFICIENT FORWARDED ACCEPTED POSTPONED IN_EXECUTION PARTIALLY_EXECUTED", "WITHDRAWN"),
            rule(RequestAction.CONFIRM_RECEIPT, Set.of(P, CA), Direction.OUTGOING, "EXECUTED", "CLOSED"),
            rule(RequestAction.ACKNOWLEDGE, Set.of(CA), Direction.INCOMING, "TRANSMITTED", "ACKNOWLEDGED"),
            rule(RequestAction.START_ASSESSMENT, Set.of(CA), Direction.INCOMING, "ACKNOWLEDGED INFO_PROVIDED",
                    "UNDER_ASSESSMENT"),
            rule(RequestAction.REQUEST_INFO, Set.of(CA), Direction.INCOMING, "ACKNOWLEDGED UNDER_ASSESSMENT",
                    "INFO_REQUESTED"),
            rule(RequestAction.RETURN_DEFICIENT, Set.of(CA), Direction.INCOMING, "ACKNOWLEDGED UNDER_ASSESSMENT",
                    "RETURNED_DEFICIENT"),
            rule(RequestAction.FORWARD, Set.of(CA), Direction.INCOMING, "ACKNOWLEDGED UNDER_ASSESSMENT", "FORWARDED"),
            rule(RequestAction.ACCEPT, Set.of(CA), Direction.INCOMING, "UNDER_ASSESSMENT", "ACCEPTED"),
            rule(RequestAction.POSTPONE, Set.of(CA), Direction.INCOMING, "UNDER_ASSESSMENT", "POSTPONED"),
            rule(RequestAction.REFUSE, Set.of(CA), Direction.INCOMING, "UNDER_ASSESSMENT", "REFUSED"),
            rule(RequestAction.START_EXECUTION, Set.of(CA), Direction.INCOMING, "ACCEPTED POSTPONED", "IN_EXECUTION"),
            rule(RequestAction.DELIVER_PARTIAL_RESULTS, Set.of(CA), Direction.INCOMING,
                    "IN_EXECUTION PARTIALLY_EXECUTED", "PARTIALLY_EXECUTED"),
            rule(RequestAction.COMPLETE_EXECUTION, Set.of(CA), Direction.INCOMING, "IN_EXECUTION PARTIALLY_EXECUTED",
                    "EXECUTED"));

    static Stream<Arguments> everyStatusSideAndRole() {
        List<Arguments> cases = new ArrayList<>();
        for (RequestStatus status : RequestStatus.values()) {
            for (Direction side : Direction.values()) {
                for (String role : List.of(P, CA, "analyst", "directory-admin")) {
                    cases.add(Arguments.of(status, side, role));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} as {2}")
    @MethodSource("everyStatusSideAndRole")
    void exactlyTheWorkflowsActionsAreOffered(RequestStatus status, Direction side, String role) {
        List<RequestAction> expected = new ArrayList<>();
        for (RequestAction action : RequestAction.values()) {
            Object[] rule = WORKFLOW.get(action);
            @SuppressWarnings("unchecked")
            Set<String> roles = (Set<String>) rule[0];
            @SuppressWarnings("unchecked")
            Set<RequestStatus> from = (Set<RequestStatus>) rule[2];
            if (roles.contains(role) && rule[1] == side && from.contains(status)) {
                expected.add(action);
            }
        }
        assertEquals(expected, RequestAction.available(status, side, role::equals));
    }

    @ParameterizedTest
    @MethodSource("actions")
    void everyActionLeadsWhereTheWorkflowSays(RequestAction action) {
        assertEquals(WORKFLOW.get(action)[3], action.target());
    }

    static Stream<RequestAction> actions() {
        return Stream.of(RequestAction.values());
    }

    private static Map.Entry<RequestAction, Object[]> rule(RequestAction action, Set<String> roles, Direction side,
            String from, String to) {
        EnumSet<RequestStatus> statuses = EnumSet.noneOf(RequestStatus.class);
        for (String name : from.split(" ")) {
            statuses.add(RequestStatus.valueOf(name));
        }
        return Map.entry(action, new Object[] {roles, side, statuses, RequestStatus.valueOf(to)});
    }
}
