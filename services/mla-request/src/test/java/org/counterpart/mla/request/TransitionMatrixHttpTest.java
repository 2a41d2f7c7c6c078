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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.counterpart.events.Country;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.events.workflow.RequestAction;
import org.counterpart.events.workflow.RequestStatus;
import org.counterpart.events.workflow.Role;
import org.counterpart.events.workflow.Transition;
import org.counterpart.events.workflow.Workflows;
import org.counterpart.mla.Drafts;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind x every status x both sides x every action x every workflow role, through HTTP with signed
 * tokens and the real database, held against the contract's workflow table: allowed moves answer 200
 * and land where the row says; another side's copy is invisible to a prosecutor (404), a role the row
 * does not name is 403, anything else is 409 and leaves the request as it was.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransitionMatrixHttpTest {

    private static final Map<Role, String> TOKENS = Map.of(Role.PROSECUTOR, Drafts.TH_PROSECUTOR,
            Role.CENTRAL_AUTHORITY, Drafts.TH_AUTHORITY);
    /** Satisfies what any action needs, so the answer depends on role, side and status only. */
    private static final Map<String, Object> EVERYTHING = Map.of("note", "As discussed.", "counterpartReference", "REF-1",
            "refusalGrounds", List.of("OTHER"), "until", LocalDate.now().plusDays(30).toString());

    /** A complete draft made through the API once; every case works on copies of it. */
    private UUID template;

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
        if (template == null) {
            template = UUID.fromString(Drafts.createDraft());
        }
        UUID refusedOn = copyIn(kind, status, side);
        for (RequestAction action : RequestAction.values()) {
            Optional<Transition> row = Workflows.of(kind).transition(action);
            for (Role role : Role.values()) {
                if (row.isPresent() && row.get().allows(status, side.side(), role::equals)) {
                    UUID id = copyIn(kind, status, side);
                    Response answer = act(id, action, role);
                    assertEquals(200, answer.statusCode(), () -> describe(action, role, status, side, answer));
                    assertEquals(row.get().to(), statusOf(id), () -> describe(action, role, status, side, answer));
                } else {
                    Response answer = act(refusedOn, action, role);
                    assertEquals(expectedRefusal(row, role, side), answer.statusCode(),
                            () -> describe(action, role, status, side, answer));
                    assertEquals("application/problem+json", answer.contentType(),
                            () -> describe(action, role, status, side, answer));
                    assertEquals(status, statusOf(refusedOn), () -> describe(action, role, status, side, answer));
                }
            }
        }
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> org.counterpart.platform.outbox.OutboxMessage
                .count("messageKey", refusedOn.toString())), "a refused action published something");
        given().auth().oauth2(org.counterpart.network.TestTokens.token("analyst-th", "TH", "analyst"))
                .contentType(ContentType.JSON).body(EVERYTHING)
                .post("/requests/{id}/actions/WITHDRAW", refusedOn).then().statusCode(403);
    }

    private static int expectedRefusal(Optional<Transition> row, Role role, Direction side) {
        if (role == Role.PROSECUTOR && side == Direction.INCOMING) {
            return 404;
        }
        if (row.isPresent() && !row.get().roles().contains(role)) {
            return 403;
        }
        return 409;
    }

    private static Response act(UUID id, RequestAction action, Role role) {
        return given().auth().oauth2(TOKENS.get(role)).contentType(ContentType.JSON).body(EVERYTHING)
                .post("/requests/{id}/actions/{action}", id, action.name());
    }

    /** A copy of the complete draft, as this side holds it, standing in {@code status}. */
    private UUID copyIn(CooperationKind kind, RequestStatus status, Direction side) {
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
            // The outgoing copy is its prosecutor's own; an incoming one was made by the counterpart's service.
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
