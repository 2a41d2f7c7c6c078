package org.counterpart.mla.request;

import static io.restassured.RestAssured.given;
import static org.counterpart.mla.Drafts.MY_PROSECUTOR;
import static org.counterpart.mla.Drafts.TH_AUTHORITY;
import static org.counterpart.mla.Drafts.TH_PROSECUTOR;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.counterpart.mla.Drafts;
import org.junit.jupiter.api.Test;

/** The request API on a real PostgreSQL, with tokens verified by quarkus-oidc. */
@QuarkusTest
class RequestApiTest {

    @Test
    void prosecutorCreatesADraftWithTheCountrysOwnReference() {
        given().auth().oauth2(TH_PROSECUTOR).contentType(ContentType.JSON).body(Drafts.validDraft())
                .post("/requests")
                .then().statusCode(201)
                .header("Location", containsString("/requests/"))
                .body("status", equalTo("DRAFT"))
                .body("direction", equalTo("OUTGOING"))
                .body("requestingCountry", equalTo("TH"))
                .body("requestedCountry", equalTo("MY"))
                .body("requesterReference", matchesPattern("TH-\\d{4}-\\d{6}"))
                .body("allowedActions", contains("MARK_READY", "WITHDRAW"));
    }

    @Test
    void submittingAndTransmittingMovesTheRequestOn() {
        String id = Drafts.readyDraft();
        given().auth().oauth2(TH_PROSECUTOR).post("/requests/{id}/submit", id)
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(TH_AUTHORITY).post("/requests/{id}/transmit", id)
                .then().statusCode(200).body("status", equalTo("TRANSMITTED"))
                .body("transmittedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void missingFieldsAreAllNamedAndNothingIsStored() {
        long before = countRequests();
        given().auth().oauth2(TH_PROSECUTOR).contentType(ContentType.JSON)
                .body(Map.of("requestedCountry", "MY", "urgency", "ROUTINE"))
                .post("/requests")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder(
                        "assistanceType", "offence", "summaryOfFacts"));
        assertEquals(before, countRequests());
    }

    @Test
    void unknownCountryIsRefusedByField() {
        Map<String, Object> draft = new HashMap<>(Drafts.validDraft());
        draft.put("requestedCountry", "XX");
        given().auth().oauth2(TH_PROSECUTOR).contentType(ContentType.JSON).body(draft)
                .post("/requests")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("requestedCountry"))
                .body("errors[0].message", containsString("not a country of the network"));
    }

    @Test
    void ownCountryCannotBeRequested() {
        Map<String, Object> draft = new HashMap<>(Drafts.validDraft());
        draft.put("requestedCountry", "TH");
        given().auth().oauth2(TH_PROSECUTOR).contentType(ContentType.JSON).body(draft)
                .post("/requests")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("requestedCountry"));
    }

    @Test
    void unknownMeasureNamesTheFieldAndTheChoices() {
        Map<String, Object> draft = new HashMap<>(Drafts.validDraft());
        draft.put("assistanceType", "TELEPATHY");
        given().auth().oauth2(TH_PROSECUTOR).contentType(ContentType.JSON).body(draft)
                .post("/requests")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("assistanceType"))
                .body("errors[0].message", containsString("TAKING_EVIDENCE"));
    }

    @Test
    void malformedJsonIsAProblemNotACrash() {
        long before = countRequests();
        given().auth().oauth2(TH_PROSECUTOR).contentType(ContentType.JSON).body("{\"requestedCountry\": ")
                .post("/requests")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON"));
        assertEquals(before, countRequests());
    }

    @Test
    void aTransitionNotAllowedNowAnswersWithTheStateAndChangesNothing() {
        String id = Drafts.createDraft();
        given().auth().oauth2(TH_AUTHORITY).post("/requests/{id}/transmit", id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("currentStatus", equalTo("DRAFT"))
                .body("allowedActions", contains("WITHDRAW"));
        given().auth().oauth2(TH_PROSECUTOR).get("/requests/{id}", id)
                .then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void twoOfficersTransmittingAtOnceSucceedOnceAndPublishOnce() {
        String id = Drafts.readyDraft();
        given().auth().oauth2(TH_PROSECUTOR).post("/requests/{id}/submit", id).then().statusCode(200);

        java.util.List<java.util.concurrent.CompletableFuture<Integer>> attempts = java.util.stream.IntStream.range(0, 2)
                .mapToObj(i -> java.util.concurrent.CompletableFuture.supplyAsync(() -> given().auth().oauth2(TH_AUTHORITY)
                        .post("/requests/{id}/transmit", id).statusCode()))
                .toList();
        java.util.List<Integer> statuses = attempts.stream().map(java.util.concurrent.CompletableFuture::join).sorted().toList();

        assertEquals(java.util.List.of(200, 409), statuses);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(
                () -> org.counterpart.platform.outbox.OutboxMessage.count("messageKey", id)));
    }

    @Test
    void acknowledgingTheOwnOutgoingRequestIsRefused() {
        String id = Drafts.transmittedRequest();
        given().auth().oauth2(TH_AUTHORITY).contentType(ContentType.JSON).body(Map.of("counterpartReference", "X-1"))
                .post("/requests/{id}/acknowledge", id)
                .then().statusCode(409)
                .body("currentStatus", equalTo("TRANSMITTED"))
                .body("direction", equalTo("OUTGOING"));
    }

    @Test
    void listShowsOwnRequestsByDirection() {
        String id = Drafts.createDraft();
        given().auth().oauth2(TH_PROSECUTOR).queryParam("direction", "OUTGOING").get("/requests")
                .then().statusCode(200).body("id", hasItem(id));
        given().auth().oauth2(TH_PROSECUTOR).queryParam("direction", "SIDEWAYS").get("/requests")
                .then().statusCode(400).body("errors[0].field", equalTo("direction"));
    }

    @Test
    void theListComesInPagesThatFollowOnWithoutGapsOrRepeats() {
        List<String> created = new ArrayList<>(IntStream.range(0, 7).mapToObj(i -> Drafts.createDraft()).toList());
        Collections.reverse(created);
        List<String> walked = new ArrayList<>();
        String next = "/requests?direction=OUTGOING&limit=2";
        for (int page = 0; page < 3; page++) {
            io.restassured.response.Response answer = given().auth().oauth2(TH_PROSECUTOR).get(next);
            answer.then().statusCode(200).body("size()", equalTo(2)).header("Link", containsString("rel=\"next\""));
            walked.addAll(answer.jsonPath().getList("id"));
            String link = answer.header("Link");
            next = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        }
        assertEquals(created.subList(0, 6), walked, "newest first, page after page");
        assertEquals(given().auth().oauth2(TH_PROSECUTOR).queryParam("direction", "OUTGOING").queryParam("limit", 6)
                .get("/requests").jsonPath().getList("id"), walked, "the pages hold what one page of six does");
    }

    @Test
    void aPageOutOfRangeOrAForgedCursorIsRefusedByField() {
        given().auth().oauth2(TH_PROSECUTOR).queryParam("limit", 501).get("/requests")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(TH_PROSECUTOR).queryParam("limit", "ten").get("/requests")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(TH_PROSECUTOR).queryParam("after", "not-a-cursor").get("/requests")
                .then().statusCode(400).body("errors[0].field", equalTo("after"));
    }

    @Test
    void unknownRequestIs404() {
        given().auth().oauth2(TH_PROSECUTOR).get("/requests/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void incompleteDraftCannotBeMarkedReadyAndEveryGapIsNamed() {
        Map<String, Object> draft = new HashMap<>(Drafts.validDraft());
        draft.put("assistanceType", "SEARCH_AND_SEIZURE");
        Map<String, Object> content = new HashMap<>(Drafts.completeContent());
        content.remove("lawText");
        content.remove("urgencyReason");
        content.put("additionalMeasures", java.util.List.of("PROCEEDS_OF_CRIME"));
        content.put("trafficking", Map.of("victimStatus", "IDENTIFIED"));
        draft.put("content", content);
        String id = given().auth().oauth2(TH_PROSECUTOR).contentType(ContentType.JSON).body(draft)
                .post("/requests").then().statusCode(201).extract().path("id");

        given().auth().oauth2(TH_PROSECUTOR).contentType(ContentType.JSON).body("{}")
                .post("/requests/{id}/actions/MARK_READY", id)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("content.lawText", "content.urgencyReason",
                        "content.placeToSearch", "content.propertyToSeize", "content.propertyToTrace",
                        "content.trafficking.identifyingAgency", "content.trafficking.nonPunishment"));
        given().auth().oauth2(TH_PROSECUTOR).get("/requests/{id}", id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void draftWithoutContentIsKeptButNotReady() {
        Map<String, Object> draft = new HashMap<>(Drafts.validDraft());
        draft.remove("content");
        String id = given().auth().oauth2(TH_PROSECUTOR).contentType(ContentType.JSON).body(draft)
                .post("/requests").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TH_PROSECUTOR).contentType(ContentType.JSON).body("{}")
                .post("/requests/{id}/actions/MARK_READY", id)
                .then().statusCode(422).body("errors[0].field", equalTo("content"));
        given().auth().oauth2(TH_PROSECUTOR).post("/requests/{id}/submit", id)
                .then().statusCode(409).body("currentStatus", equalTo("DRAFT"));
    }

    @Test
    void editingAReadyDraftSendsItBackToDraftAndTheCountryCannotChange() {
        String id = Drafts.readyDraft();
        Map<String, Object> draft = new HashMap<>(Drafts.validDraft());
        draft.put("offence", "Trafficking in persons and money laundering");
        given().auth().oauth2(TH_PROSECUTOR).contentType(ContentType.JSON).body(draft).put("/requests/{id}", id)
                .then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("offence", equalTo("Trafficking in persons and money laundering"))
                .body("content.trafficking.victimStatus", equalTo("IDENTIFIED"));
        draft.put("requestedCountry", "PH");
        given().auth().oauth2(TH_PROSECUTOR).contentType(ContentType.JSON).body(draft).put("/requests/{id}", id)
                .then().statusCode(400).body("errors[0].field", equalTo("requestedCountry"));
    }

    @Test
    void transmittedRequestCannotBeEdited() {
        String id = Drafts.transmittedRequest();
        given().auth().oauth2(TH_PROSECUTOR).contentType(ContentType.JSON).body(Drafts.validDraft())
                .put("/requests/{id}", id).then().statusCode(409).body("currentStatus", equalTo("TRANSMITTED"));
    }

    static long countRequests() {
        return QuarkusTransaction.requiringNew().call(() -> MlaRequest.count());
    }

    @Test
    void foreignProsecutorCannotCreateHere() {
        given().auth().oauth2(MY_PROSECUTOR).contentType(ContentType.JSON).body(Drafts.validDraft())
                .post("/requests")
                .then().statusCode(403);
    }
}
