package org.counterpart.mla.request;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.mla.CompleteDrafts;
import org.counterpart.mla.Drafts;
import org.junit.jupiter.api.Test;

/** One domestic case across channels: an informal exchange and two MLA requests, one timeline, need to know kept. */
@QuarkusTest
class CaseTimelineTest {

    private static final String CASE = "ATPD 77/2569";

    @Test
    void aCaseGroupsItsRequestsOfEveryKindInOneTimeline() {
        String exchange = drafted(CompleteDrafts.TH_POLICE, CooperationKind.INFORMAL_REQUEST, CASE);
        String formal = drafted(Drafts.TH_PROSECUTOR, CooperationKind.MLA, CASE);
        String later = drafted(Drafts.TH_PROSECUTOR, CooperationKind.MLA, null);
        given().auth().oauth2(Drafts.TH_PROSECUTOR).contentType(ContentType.JSON).body(Map.of("caseReference", CASE))
                .put("/requests/{id}/case", later).then().statusCode(200).body("caseReference", equalTo(CASE));

        List<String> times = given().auth().oauth2(Drafts.TH_AUTHORITY).queryParam("reference", CASE).get("/cases")
                .then().statusCode(200)
                .body("requests.id", containsInAnyOrder(exchange, formal, later))
                .body("requests.kind", hasItem("INFORMAL_REQUEST"))
                .body("timeline.requestId", hasItem(exchange))
                .body("timeline.note", hasItem("filed under case " + CASE))
                .extract().path("timeline.occurredAt");
        List<Instant> order = times.stream().map(Instant::parse).toList();
        assertEquals(order.stream().sorted().toList(), order, "the timeline is in the order things happened");

        // The prosecutor knows the police exchange exists, not who wrote what in it.
        given().auth().oauth2(Drafts.TH_PROSECUTOR).queryParam("reference", CASE).get("/cases").then().statusCode(200)
                .body("requests.find { it.id == '%s' }.access".formatted(exchange), equalTo("EXISTENCE"))
                .body("timeline.findAll { it.requestId == '%s' }.actor".formatted(exchange), everyItem(nullValue()))
                .body("timeline.findAll { it.requestId == '%s' }.actor".formatted(formal), hasItem("prosecutor-th"));
    }

    @Test
    void aCaseNobodyMayKnowOfIsNotFoundAndABadReferenceIsRefused() {
        drafted(Drafts.TH_PROSECUTOR, CooperationKind.MLA, "DSI 12/2569");
        given().auth().oauth2(Drafts.MY_PROSECUTOR).queryParam("reference", "DSI 12/2569").get("/cases")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Drafts.TH_AUTHORITY).queryParam("reference", "no such case").get("/cases")
                .then().statusCode(404);
        given().auth().oauth2(Drafts.TH_AUTHORITY).get("/cases").then().statusCode(400)
                .body("errors[0].field", equalTo("reference"));
        String id = drafted(Drafts.TH_PROSECUTOR, CooperationKind.MLA, null);
        given().auth().oauth2(Drafts.TH_PROSECUTOR).contentType(ContentType.JSON).body(Map.of("caseReference", "x".repeat(65)))
                .put("/requests/{id}/case", id).then().statusCode(400)
                .body("errors.field", hasItem("caseReference"));
        given().auth().oauth2(Drafts.TH_PROSECUTOR).get("/requests/{id}", id).then().body("caseReference", nullValue());
        given().auth().oauth2(Drafts.TH_AUTHORITY).queryParam("reference", "DSI 12/2569").get("/cases").then()
                .statusCode(200).body("requests", hasSize(1));
    }

    private static String drafted(String token, CooperationKind kind, String caseReference) {
        Map<String, Object> draft = new HashMap<>(CompleteDrafts.of(kind));
        if (caseReference != null) {
            draft.put("caseReference", caseReference);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(draft).post("/requests")
                .then().statusCode(201).extract().path("id");
    }
}
