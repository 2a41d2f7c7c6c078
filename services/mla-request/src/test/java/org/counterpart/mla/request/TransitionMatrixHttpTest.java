package org.counterpart.mla.request;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.counterpart.events.Country;
import org.counterpart.events.RequestContent.HandlingLevel;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.events.workflow.RequestAction;
import org.counterpart.events.workflow.RequestStatus;
import org.counterpart.events.workflow.Role;
import org.counterpart.events.workflow.Side;
import org.counterpart.events.workflow.Transition;
import org.counterpart.events.workflow.Workflow;
import org.counterpart.events.workflow.Workflows;
import org.counterpart.mla.CompleteDrafts;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind x every status x both sides x every action x every workflow role, through HTTP with signed
 * tokens and the real database, held against the contract's workflow table: allowed moves answer 200
 * and land where the row says; a copy the caller may not see is 404 (not even its existence) or 403 (only
 * its existence) whatever the action; a role the row does not name is 403; anything else is 409 and
 * leaves the request as it was. Three answers do not depend on the status, so they are asked once per
 * copy or once per kind rather than for every action in every status: a caller who may not see the copy
 * (refused before the action is looked at), a role the kind's workflow never names on this side (403
 * whatever the action), and an action the kind does not have (asked in the kind's start status).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransitionMatrixHttpTest {

    /** Satisfies what any action needs, so the answer depends on role, side and status only. */
    private static final Map<String, Object> EVERYTHING = Map.of("note", "As discussed.", "counterpartReference", "REF-1",
            "refusalGrounds", List.of("OTHER"), "until", LocalDate.now().plusDays(30).toString(),
            "members", List.of(Map.of("name", "Insp. B", "agency", "Royal Malaysia Police D3", "joining", true)),
            "surrender", Map.of("at", Instant.now().plus(10, ChronoUnit.DAYS).toString(), "place", "Bukit Kayu Hitam",
                    "collectBy", LocalDate.now().plusDays(40).toString()),
            "nonPunishment", true);

    /** Per kind, a complete draft made through the API once by its drafter; every case works on copies of it. */
    private final Map<CooperationKind, UUID> templates = new EnumMap<>(CooperationKind.class);

    static Stream<Arguments> everyKindStatusAndSide() {
        List<Arguments> cases = new ArrayList<>();
        for (CooperationKind kind : CooperationKind.values()) {
            for (RequestStatus status : Workflows.of(kind).states()) {
                for (Direction side : Direction.values()) {
                    cases.add(Arguments.of(kind, status, side));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {2} copy in {1}")
    @MethodSource("everyKindStatusAndSide")
    void everyActionAndRoleGetsTheAnswerTheWorkflowGives(CooperationKind kind, RequestStatus status, Direction side) {
        Workflow workflow = Workflows.of(kind);
        UUID template = templates.computeIfAbsent(kind, TransitionMatrixHttpTest::drafted);
        UUID refusedOn = copyIn(template, kind, status, side);
        for (Role role : Role.values()) {
            Optional<Integer> unseen = unseen(workflow, side, role, handlingOf(template));
            if (unseen.isPresent() || !workflow.rolesOn(side.side()).contains(role)) {
                RequestAction any = workflow.transitions().get(0).action();
                Response answer = act(refusedOn, any, role);
                assertEquals(unseen.orElse(403), answer.statusCode(), () -> describe(any, role, status, side, answer));
                continue;
            }
            for (RequestAction action : RequestAction.values()) {
                Optional<Transition> row = workflow.transition(action);
                if (row.isEmpty() && status != workflow.start()) {
                    continue;
                }
                if (row.isPresent() && row.get().allows(status, side.side(), role::equals)) {
                    UUID id = copyIn(template, kind, status, side);
                    Response answer = act(id, action, role);
                    assertEquals(200, answer.statusCode(), () -> describe(action, role, status, side, answer));
                    assertEquals(row.get().to(), statusOf(id), () -> describe(action, role, status, side, answer));
                } else {
                    Response answer = act(refusedOn, action, role);
                    int expected = row.isPresent() && !row.get().roles().contains(role) ? 403 : 409;
                    assertEquals(expected, answer.statusCode(), () -> describe(action, role, status, side, answer));
                    assertEquals("application/problem+json", answer.contentType(),
                            () -> describe(action, role, status, side, answer));
                }
            }
        }
        assertEquals(status, statusOf(refusedOn), "a refused action moved the request");
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> org.counterpart.platform.outbox.OutboxMessage
                .count("messageKey", refusedOn.toString())), "a refused action published something");
        if (status == workflow.start()) {
            given().auth().oauth2(org.counterpart.network.TestTokens.token("analyst-th", "TH", "analyst"))
                    .contentType(ContentType.JSON).body(EVERYTHING)
                    .post("/requests/{id}/actions/WITHDRAW", refusedOn).then().statusCode(403);
        }
    }

    /**
     * Who may not see this copy at all: the outgoing one belongs to its drafter and the central authority
     * (others only learn it exists, and not even that when it is victim-safety-critical); the incoming one
     * to the central authority and whoever acts on the requested side of its kind.
     */
    private static Optional<Integer> unseen(Workflow workflow, Direction side, Role role, HandlingLevel handling) {
        if (role == Role.CENTRAL_AUTHORITY) {
            return Optional.empty();
        }
        if (side == Direction.OUTGOING) {
            if (role == drafter(workflow)) {
                return Optional.empty();
            }
            return Optional.of(handling == HandlingLevel.VICTIM_SAFETY_CRITICAL ? 404 : 403);
        }
        return workflow.rolesOn(Side.REQUESTED).contains(role) ? Optional.empty() : Optional.of(404);
    }

    private static Role drafter(Workflow workflow) {
        return workflow.drafters().iterator().next();
    }

    private static UUID drafted(CooperationKind kind) {
        String id = given().auth().oauth2(CompleteDrafts.thai(drafter(Workflows.of(kind)))).contentType(ContentType.JSON)
                .body(CompleteDrafts.of(kind)).post("/requests").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    private static Response act(UUID id, RequestAction action, Role role) {
        return given().auth().oauth2(CompleteDrafts.thai(role)).contentType(ContentType.JSON).body(EVERYTHING)
                .post("/requests/{id}/actions/{action}", id, action.name());
    }

    private static HandlingLevel handlingOf(UUID template) {
        return QuarkusTransaction.requiringNew().call(() -> MlaRequest.<MlaRequest>findById(template).content.handlingLevel());
    }

    /** A copy of the complete draft, as this side holds it, standing in {@code status}. */
    private static UUID copyIn(UUID template, CooperationKind kind, RequestStatus status, Direction side) {
        return QuarkusTransaction.requiringNew().call(() -> {
            MlaRequest source = MlaRequest.findById(template);
            MlaRequest copy = new MlaRequest();
            copy.id = UUID.randomUUID();
            copy.kind = kind;
            copy.direction = side;
            copy.status = status;
            copy.requestingCountry = Country.of(side == Direction.OUTGOING ? "TH" : "MY");
            copy.requestedCountry = Country.of(side == Direction.OUTGOING ? "MY" : "TH");
            copy.requesterReference = source.requesterReference + "-" + copy.id.toString().substring(0, 8);
            copy.assistanceType = source.assistanceType;
            copy.legalBasis = source.legalBasis;
            copy.offence = source.offence;
            copy.summaryOfFacts = source.summaryOfFacts;
            copy.urgency = source.urgency;
            copy.content = source.content;
            copy.correlationId = UUID.randomUUID();
            // The outgoing copy is its drafter's own; an incoming one was made by the counterpart's service.
            copy.createdBy = side == Direction.OUTGOING ? source.createdBy : "mla-request-MY";
            copy.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            copy.statusChangedAt = copy.createdAt;
            boolean sent = side == Direction.INCOMING || !List.of(RequestStatus.DRAFT, RequestStatus.READY,
                    RequestStatus.SUBMITTED).contains(status);
            copy.transmittedAt = sent ? copy.createdAt : null;
            copy.persist();
            return copy.id;
        });
    }

    private static RequestStatus statusOf(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> MlaRequest.<MlaRequest>findById(id).status);
    }

    private static String describe(RequestAction action, Role role, RequestStatus status, Direction side,
            Response answer) {
        return action + " by " + role + " on the " + side + " copy in " + status + " answered " + answer.statusCode()
                + ": " + answer.asString();
    }
}
