package org.counterpart.mla.request;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.counterpart.events.Agency;
import org.counterpart.events.RequestContent;
import org.counterpart.events.RequestParticulars;
import org.counterpart.events.RequestTransmitted;
import org.counterpart.events.Urgency;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.mla.CompleteDrafts;
import org.counterpart.mla.Drafts;
import org.counterpart.mla.Malaysia;
import org.counterpart.network.Countries;
import org.counterpart.network.TestInfrastructure;
import org.counterpart.network.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Need to know between a country's agencies, with signed tokens carrying the {@code agency} claim: an
 * informal exchange is its agency's; an officer of another agency reads none of it and learns nothing
 * of one addressed to another agency.
 */
@QuarkusTest
class AgencyNeedToKnowTest {

    private static final String TH_FIU = TestTokens.officer("fiu-th", "TH", "FIU");
    private static final String SECOND_POLICE = TestTokens.officer("police2-th", "TH", "POLICE");
    private static final String NO_AGENCY = TestTokens.token("officer-th", "TH", "agency-officer");

    @ConfigProperty(name = TestInfrastructure.EXCHANGE_SECRETS)
    String exchange;

    @Test
    void anOutgoingExchangeIsReadOnlyByItsDrafterAndTheCentralAuthority() {
        String id = given().auth().oauth2(CompleteDrafts.TH_POLICE).contentType(ContentType.JSON)
                .body(CompleteDrafts.of(CooperationKind.INFORMAL_REQUEST)).post("/requests").then().statusCode(201)
                .extract().path("id");

        // Like any outgoing request, others of the country know it exists, and no more.
        Map<String, Integer> expected = Map.of(CompleteDrafts.TH_POLICE, 200, Drafts.TH_AUTHORITY, 200,
                SECOND_POLICE, 403, TH_FIU, 403, NO_AGENCY, 403);
        expected.forEach((token, status) -> {
            given().auth().oauth2(token).get("/requests/{id}", id).then().statusCode(status);
            given().auth().oauth2(token).get("/requests/{id}/messages", id).then().statusCode(status);
            List<Object> listed = given().auth().oauth2(token).get("/requests").then().statusCode(200).extract()
                    .jsonPath().getList("findAll { it.id == '" + id + "' }.access");
            assertEquals(List.of(status == 200 ? "CONTENT" : "EXISTENCE"), listed, "listed for a caller answered " + status);
        });
        given().auth().oauth2(TH_FIU).contentType(ContentType.JSON).body(Map.of("note", "not ours"))
                .post("/requests/{id}/actions/WITHDRAW", id).then().statusCode(403);
        given().auth().oauth2(CompleteDrafts.TH_POLICE).get("/requests/{id}", id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void anIncomingExchangeIsSeenByTheAgencyItIsAddressedTo() {
        UUID id = UUID.randomUUID();
        // Routed to the FIU in clear, but sealed for the police: refused, so the genuine one after it is stored.
        sendInformal(id, Agency.FIU, Agency.POLICE);
        sendInformal(id, Agency.FIU, Agency.FIU);
        await().atMost(Malaysia.BOUND).untilAsserted(() -> given().auth().oauth2(TH_FIU)
                .get("/requests/{id}", id).then().statusCode(200).body("kind", equalTo("INFORMAL_REQUEST")));
        given().auth().oauth2(Drafts.TH_AUTHORITY).get("/requests/{id}", id).then().statusCode(200);
        for (String other : List.of(CompleteDrafts.TH_POLICE, NO_AGENCY)) {
            given().auth().oauth2(other).get("/requests/{id}", id).then().statusCode(404);
            assertEquals(List.of(), given().auth().oauth2(other).get("/requests").then().statusCode(200).extract()
                    .jsonPath().getList("findAll { it.id == '" + id + "' }"));
        }
        given().auth().oauth2(CompleteDrafts.TH_POLICE).contentType(ContentType.JSON)
                .body(Map.of("counterpartReference", "RTP-1")).post("/requests/{id}/actions/ACKNOWLEDGE", id).then()
                .statusCode(404);
        given().auth().oauth2(TH_FIU).contentType(ContentType.JSON).body(Map.of("counterpartReference", "AMLO-7"))
                .post("/requests/{id}/actions/ACKNOWLEDGE", id).then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"));
    }

    @Test
    void anOfficerWritesOnlyInTheNameOfTheirOwnAgency() {
        long before = requests();
        Map<String, Object> draft = CompleteDrafts.of(CooperationKind.INFORMAL_REQUEST);
        @SuppressWarnings("unchecked")
        Map<String, Object> content = new HashMap<>((Map<String, Object>) draft.get("content"));
        content.put("informal", Map.of("senderAgency", "FIU", "receivingAgency", "POLICE"));
        draft.put("content", content);
        given().auth().oauth2(CompleteDrafts.TH_POLICE).contentType(ContentType.JSON).body(draft).post("/requests")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("content.informal.senderAgency"));
        given().auth().oauth2(NO_AGENCY).contentType(ContentType.JSON)
                .body(CompleteDrafts.of(CooperationKind.INFORMAL_REQUEST)).post("/requests").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.officer("odd-th", "TH", "SECRET_POLICE")).contentType(ContentType.JSON)
                .body(CompleteDrafts.of(CooperationKind.INFORMAL_REQUEST)).post("/requests").then().statusCode(403)
                .contentType("application/problem+json");
        assertEquals(before, requests(), "a refused draft was stored");
    }

    private static long requests() {
        return QuarkusTransaction.requiringNew().call(() -> MlaRequest.count());
    }

    /** An informal request Malaysia's police send Thailand, routed by {@code routedTo}, its content addressed to {@code sealedFor}. */
    private void sendInformal(UUID id, Agency routedTo, Agency sealedFor) {
        RequestContent content = new ObjectMapper().convertValue(Map.of("handlingLevel", "STANDARD",
                "purpose", "Trace the payments to the compound", "questions", List.of("Who holds account 0042?"),
                "informal", Map.of("senderAgency", "POLICE", "receivingAgency", sealedFor.name())), RequestContent.class);
        Malaysia.send(exchange, new RequestTransmitted(id, "MY-2026-000077", Countries.MY, Countries.TH,
                CooperationKind.INFORMAL_REQUEST, null, null, routedTo, Urgency.ROUTINE, RequestContent.HandlingLevel.STANDARD,
                "en", null, null, null, null, null, Instant.now().truncatedTo(ChronoUnit.MILLIS), Malaysia.sealed(exchange, id,
                        new RequestParticulars("Trafficking in persons", "Payments to a scam compound.", content))));
    }
}
