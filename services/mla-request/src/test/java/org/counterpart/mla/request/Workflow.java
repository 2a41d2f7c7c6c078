package org.counterpart.mla.request;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The cooperation workflow written out as a table, independently of {@link RequestAction}: who may do
 * what, on which side, from where, to where. Tests hold the code to it.
 */
final class Workflow {

    static final String P = "prosecutor";
    static final String CA = "central-authority";

    /** Written independently of RequestAction, as the spec. */
    static final Map<RequestAction, Rule> RULES = Map.ofEntries(
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
            rule(RequestAction.ACKNOWLEDGE, Set.of(CA), Direction.INCOMING, "TRANSMITTED FORWARDED", "ACKNOWLEDGED"),
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

    record Rule(Set<String> roles, Direction side, Set<RequestStatus> from, RequestStatus to) {

        boolean allows(RequestStatus status, Direction onSide, String role) {
            return roles.contains(role) && side == onSide && from.contains(status);
        }
    }

    static Rule rule(RequestAction action) {
        return RULES.get(action);
    }

    private static Map.Entry<RequestAction, Rule> rule(RequestAction action, Set<String> roles, Direction side,
            String from, String to) {
        EnumSet<RequestStatus> statuses = EnumSet.noneOf(RequestStatus.class);
        for (String name : from.split(" ")) {
            statuses.add(RequestStatus.valueOf(name));
        }
        return Map.entry(action, new Rule(roles, side, statuses, RequestStatus.valueOf(to)));
    }

    private Workflow() {
    }
}
