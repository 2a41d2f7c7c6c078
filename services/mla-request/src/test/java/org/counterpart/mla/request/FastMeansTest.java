package org.counterpart.mla.request;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.counterpart.mla.Drafts;
import org.junit.jupiter.api.Test;

/** Urgent requests sent ahead by fast means, and the written confirmation (the transmission) they owe. */
@QuarkusTest
class FastMeansTest {

    @Test
    void fastMeansStartTheConfirmationClockAndTransmissionConfirms() {
        String id = submittedDraft();
        Instant phoned = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        record(id, Map.of("channel", "INTERPOL", "sentAt", phoned.toString())).statusCode(200)
                .body("fastMeans.channel", equalTo("INTERPOL"))
                .body("fastMeans.writtenConfirmationDue", equalTo(phoned.plus(Duration.ofDays(3)).toString()))
                .body("fastMeans.confirmationOverdue", equalTo(false))
                .body("fastMeans.confirmedAt", nullValue());
        given().auth().oauth2(Drafts.TH_AUTHORITY).get("/requests/awaiting-written-confirmation").then()
                .statusCode(200).body("id", hasItem(id));

        given().auth().oauth2(Drafts.TH_AUTHORITY).post("/requests/{id}/transmit", id).then().statusCode(200)
                .body("fastMeans.confirmationOverdue", equalTo(false))
                .body("fastMeans.confirmedAt", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(Drafts.TH_AUTHORITY).get("/requests/awaiting-written-confirmation").then()
                .body("id", not(hasItem(id)));
        record(id, Map.of("channel", "EMAIL", "sentAt", phoned.toString())).statusCode(409)
                .contentType("application/problem+json").body("currentStatus", equalTo("TRANSMITTED"));
    }

    @Test
    void confirmationPastItsDeadlineIsOverdue() {
        String id = submittedDraft();
        Instant longAgo = Instant.now().minus(Duration.ofDays(4)).truncatedTo(ChronoUnit.SECONDS);
        record(id, Map.of("channel", "TELEPHONE", "sentAt", longAgo.toString())).statusCode(200)
                .body("fastMeans.confirmationOverdue", equalTo(true));
    }

    @Test
    void onlyUrgentRequestsGoByFastMeansAndTheRecordMustBeComplete() {
        Map<String, Object> routine = new HashMap<>(Drafts.validDraft());
        routine.put("urgency", "ROUTINE");
        String id = given().auth().oauth2(Drafts.TH_PROSECUTOR).contentType(ContentType.JSON).body(routine)
                .post("/requests").then().statusCode(201).extract().path("id");
        record(id, Map.of("channel", "EMAIL", "sentAt", Instant.now().toString())).statusCode(400)
                .body("errors[0].field", equalTo("urgency"));

        String urgent = submittedDraft();
        record(urgent, Map.of("channel", "PIGEON", "sentAt", Instant.now().toString())).statusCode(400);
        record(urgent, Map.of("channel", "EMAIL", "sentAt", Instant.now().plus(Duration.ofDays(1)).toString()))
                .statusCode(400).body("errors[0].field", equalTo("sentAt"));
        given().auth().oauth2(Drafts.TH_AUTHORITY).get("/requests/{id}", urgent).then().body("fastMeans", nullValue());
        given().auth().oauth2(Drafts.TH_PROSECUTOR).contentType(ContentType.JSON)
                .body(Map.of("channel", "EMAIL", "sentAt", Instant.now().toString()))
                .post("/requests/{id}/fast-means", urgent).then().statusCode(403);
    }

    private static String submittedDraft() {
        String id = Drafts.readyDraft();
        given().auth().oauth2(Drafts.TH_PROSECUTOR).post("/requests/{id}/submit", id).then().statusCode(200);
        return id;
    }

    private static ValidatableResponse record(String id, Map<String, ?> body) {
        return given().auth().oauth2(Drafts.TH_AUTHORITY).contentType(ContentType.JSON).body(body)
                .post("/requests/{id}/fast-means", id).then();
    }
}
