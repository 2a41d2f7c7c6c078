package org.counterpart.events.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.counterpart.events.EventType;
import org.counterpart.events.Milestone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every kind's workflow must be for two copies of a request to stay in step. */
class WorkflowTest {

    @ParameterizedTest
    @EnumSource(CooperationKind.class)
    void everyKindHasAWorkflow(CooperationKind kind) {
        assertNotNull(Workflows.of(kind), kind + " has no row in the table");
        assertEquals(kind, Workflows.of(kind).kind());
    }

    @ParameterizedTest
    @EnumSource(CooperationKind.class)
    void everyStatusIsReachedFromTheStartAndEveryPathCanEnd(CooperationKind kind) {
        Workflow workflow = Workflows.of(kind);
        Set<RequestStatus> reached = EnumSet.of(workflow.start());
        Deque<RequestStatus> next = new ArrayDeque<>(reached);
        while (!next.isEmpty()) {
            RequestStatus at = next.pop();
            for (Transition row : workflow.transitions()) {
                if (row.startsFrom(at) && reached.add(row.to())) {
                    next.push(row.to());
                }
            }
        }
        assertEquals(workflow.states(), reached, kind + ": statuses no path reaches");
        assertTrue(!workflow.finalStates().isEmpty(), kind + " never ends");
    }

    /** The other side mirrors a shared action; it must know the status it leads to as a lifecycle fact. */
    @ParameterizedTest
    @EnumSource(CooperationKind.class)
    void everySharedActionLeadsToAReportedMilestone(CooperationKind kind) {
        for (Transition row : Workflows.of(kind).transitions()) {
            if (row.shared()) {
                assertEquals(row.to(), Milestone.reached(row.to()).status().orElseThrow(), row.action() + "");
            }
        }
    }

    /** Once a request has left, a local action would put the two copies out of step. */
    @ParameterizedTest
    @EnumSource(CooperationKind.class)
    void localActionsHappenOnlyBeforeTheRequestLeaves(CooperationKind kind) {
        Workflow workflow = Workflows.of(kind);
        Set<RequestStatus> beforeLeaving = EnumSet.noneOf(RequestStatus.class);
        for (Transition row : workflow.transitions()) {
            if (!row.shared()) {
                beforeLeaving.addAll(row.from());
                beforeLeaving.add(row.to());
            }
        }
        for (Transition row : workflow.transitions()) {
            if (row.carriedBy().filter(EventType.REQUEST_TRANSMITTED::equals).isPresent()) {
                assertTrue(row.from().stream().allMatch(beforeLeaving::contains), row.action() + " leaves from a local status");
                assertTrue(!beforeLeaving.contains(row.to()), row.action() + " lands where a local action starts");
            }
        }
    }

    /** A kind refused on coded grounds lists the grounds it may cite; one declined in words lists none. */
    @ParameterizedTest
    @EnumSource(CooperationKind.class)
    void aKindListsRefusalGroundsExactlyWhenItRefusesOnThem(CooperationKind kind) {
        Workflow workflow = Workflows.of(kind);
        boolean refusesOnGrounds = workflow.transitions().stream()
                .anyMatch(row -> row.requires().contains(ActionField.REFUSAL_GROUNDS));
        assertEquals(refusesOnGrounds, !workflow.refusalGrounds().isEmpty(), kind + "");
    }

    @ParameterizedTest
    @EnumSource(CooperationKind.class)
    void clocksCountOnlyStatusesOfTheirKind(CooperationKind kind) {
        Workflow workflow = Workflows.of(kind);
        for (ClockRule rule : workflow.clocks()) {
            Set<RequestStatus> named = EnumSet.noneOf(RequestStatus.class);
            named.addAll(rule.startsAt());
            named.addAll(rule.pausesAt());
            named.addAll(rule.stopsAt());
            assertTrue(workflow.states().containsAll(named), kind + " " + rule.clock() + " counts statuses it never has");
        }
    }

    /** The text changes only before it leaves, or where an action is about to send it again. */
    @ParameterizedTest
    @EnumSource(CooperationKind.class)
    void theRequesterEditsOnlyWhatItWillSend(CooperationKind kind) {
        Workflow workflow = Workflows.of(kind);
        for (RequestStatus status : workflow.editable()) {
            boolean sendsFromThere = workflow.transitions().stream().anyMatch(row -> row.side() == Side.REQUESTING
                    && row.startsFrom(status) && (!row.shared() || row.carriedBy().orElseThrow() == EventType.REQUEST_TRANSMITTED
                            || row.action().sendsTheRequest()));
            assertTrue(sendsFromThere, kind + " lets the requester edit in " + status + " but never sends the change");
        }
    }

    /** Formal kinds are routed by directory role; informal ones to the agency they are addressed to. */
    @ParameterizedTest
    @EnumSource(CooperationKind.class)
    void everyFormalKindNamesWhoReceivesIt(CooperationKind kind) {
        assertEquals(!kind.agencyToAgency(), !Workflows.of(kind).receivers().ordinary().isEmpty(), kind + "");
    }

    @Test
    void aStatusThatEndsOneKindEndsEveryKindThatUsesIt() {
        for (CooperationKind kind : CooperationKind.values()) {
            Workflow workflow = Workflows.of(kind);
            for (RequestStatus status : workflow.states()) {
                assertEquals(Workflows.finalStatuses().contains(status), workflow.isFinal(status), kind + " " + status);
            }
        }
    }

    @Test
    void everyStatusIsEitherFinalOrUnderWay() {
        for (RequestStatus status : RequestStatus.values()) {
            assertTrue(Workflows.finalStatuses().contains(status) != Workflows.underWayStatuses().contains(status),
                    status + "");
        }
    }

    @Test
    void mlaFollowsTheBriefsBusinessStatuses() {
        Workflow mla = Workflows.of(CooperationKind.MLA);
        assertEquals(EnumSet.range(RequestStatus.DRAFT, RequestStatus.WITHDRAWN), mla.states());
        assertEquals(EnumSet.of(RequestStatus.REFUSED, RequestStatus.CLOSED, RequestStatus.WITHDRAWN), mla.finalStates());
        Transition refuse = mla.transition(RequestAction.REFUSE).orElseThrow();
        assertEquals(Set.of(ActionField.REFUSAL_GROUNDS), refuse.requires());
        assertEquals(Side.REQUESTED, refuse.side());
        assertEquals(List.of(RequestAction.WITHDRAW),
                mla.available(RequestStatus.IN_EXECUTION, Side.REQUESTING, Role.PROSECUTOR::equals));
        assertEquals(List.of(), mla.available(RequestStatus.EXECUTED, Side.REQUESTED, role -> true));
    }

    /** The action-taken schema lists the actions and statuses the table relays as action-taken, no more. */
    @Test
    void theActionTakenSchemaListsWhatTheTableRelays() throws IOException {
        Set<String> actions = new TreeSet<>();
        Set<String> statuses = new TreeSet<>();
        for (CooperationKind kind : CooperationKind.values()) {
            for (Transition row : Workflows.of(kind).transitions()) {
                if (row.carriedBy().equals(Optional.of(EventType.REQUEST_ACTION_TAKEN))) {
                    actions.add(row.action().name());
                    statuses.add(row.to().name());
                }
            }
        }
        JsonNode data;
        try (InputStream schema = getClass().getResourceAsStream(EventType.REQUEST_ACTION_TAKEN.schemaResource())) {
            data = new ObjectMapper().readTree(schema).path("properties").path("data").path("properties");
        }
        assertEquals(actions, enumOf(data.path("action")), "action");
        assertEquals(statuses, enumOf(data.path("status")), "status");
    }

    private static Set<String> enumOf(JsonNode property) {
        Set<String> values = new TreeSet<>();
        property.path("enum").forEach(value -> values.add(value.asText()));
        return values;
    }
}
