package org.counterpart.mla.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every action x every status x both sides x every role, against the cooperation workflow written out
 * as a table: who may do what, on which side, from where, to where.
 */
class RequestActionTest {

    static Stream<Arguments> everyStatusSideAndRole() {
        List<Arguments> cases = new ArrayList<>();
        for (RequestStatus status : RequestStatus.values()) {
            for (Direction side : Direction.values()) {
                for (String role : List.of(Workflow.P, Workflow.CA, "analyst", "directory-admin")) {
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
            if (Workflow.rule(action).allows(status, side, role)) {
                expected.add(action);
            }
        }
        assertEquals(expected, RequestAction.available(status, side, role::equals));
    }

    @ParameterizedTest
    @MethodSource("actions")
    void everyActionLeadsWhereTheWorkflowSays(RequestAction action) {
        assertEquals(Workflow.rule(action).to(), action.target());
    }

    static Stream<RequestAction> actions() {
        return Stream.of(RequestAction.values());
    }

    /** The hub checks shared actions against the contract's table; the workflow here must say the same. */
    @ParameterizedTest
    @MethodSource("actions")
    void sharedActionsAgreeWithTheContractTheHubEnforces(RequestAction action) {
        java.util.Optional<org.counterpart.events.SharedAction> contract =
                org.counterpart.events.SharedAction.named(action.name());
        boolean relayedAsActionTaken = action.shared() && action != RequestAction.TRANSMIT
                && action != RequestAction.ACKNOWLEDGE;
        assertEquals(relayedAsActionTaken, contract.isPresent(), action + " in the contract table");
        contract.ifPresent(shared -> {
            assertEquals(action.target().name(), shared.leadsTo().name(), action + " leads to");
            assertEquals(action.side() == Direction.OUTGOING, shared.byRequester(), action + " is taken by the requester");
        });
    }
}
