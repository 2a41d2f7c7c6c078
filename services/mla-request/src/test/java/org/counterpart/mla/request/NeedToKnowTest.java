package org.counterpart.mla.request;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.counterpart.events.RequestContent.HandlingLevel;
import org.counterpart.mla.Drafts;
import org.counterpart.network.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Need to know, over HTTP with signed tokens, for each handling level: who reads a request's content,
 * who only learns it exists, who learns nothing, and that lists never carry content.
 */
@QuarkusTest
class NeedToKnowTest {

    private static final String SECOND_PROSECUTOR = TestTokens.token("prosecutor2-th", "TH", "prosecutor");
    private static final String ASSIGNED_PROSECUTOR = TestTokens.token("prosecutor3-th", "TH", "prosecutor");
    private static final String ANALYST = TestTokens.token("analyst-th", "TH", "analyst");

    @ParameterizedTest
    @EnumSource(names = {"STANDARD", "RESTRICTED", "VICTIM_SAFETY_CRITICAL"})
    void eachPersonLearnsWhatTheyNeedToKnow(HandlingLevel level) {
        String id = draft(level);
        given().auth().oauth2(Drafts.TH_AUTHORITY).contentType(ContentType.JSON).body(Map.of("person", "prosecutor3-th"))
                .post("/requests/{id}/assignments", id).then().statusCode(200).body("person", equalTo(List.of("prosecutor3-th")));
        boolean hidden = level == HandlingLevel.VICTIM_SAFETY_CRITICAL;

        Map<String, Integer> expected = new HashMap<>();
        expected.put(Drafts.TH_PROSECUTOR, 200);
        expected.put(ASSIGNED_PROSECUTOR, 200);
        expected.put(Drafts.TH_AUTHORITY, 200);
        expected.put(SECOND_PROSECUTOR, hidden ? 404 : 403);
        expected.put(Drafts.MY_PROSECUTOR, 404);
        expected.put(ANALYST, 403);
        expected.forEach((token, status) -> {
            given().auth().oauth2(token).get("/requests/{id}", id).then().statusCode(status);
            given().auth().oauth2(token).get("/requests/{id}/messages", id).then().statusCode(status);
            given().auth().oauth2(token).get("/requests/{id}/attachments", id).then().statusCode(status);
        });
        given().auth().oauth2(SECOND_PROSECUTOR).contentType(ContentType.JSON).body("{}")
                .post("/requests/{id}/actions/MARK_READY", id).then().statusCode(hidden ? 404 : 403)
                .contentType("application/problem+json");
        given().auth().oauth2(Drafts.TH_PROSECUTOR).get("/requests/{id}", id).then().body("status", equalTo("DRAFT"));

        // Lists: summaries only, and the second prosecutor sees the request exists unless it is hidden.
        for (String token : List.of(Drafts.TH_PROSECUTOR, SECOND_PROSECUTOR, ASSIGNED_PROSECUTOR, Drafts.TH_AUTHORITY)) {
            List<Map<String, Object>> listed = given().auth().oauth2(token).get("/requests").then().statusCode(200)
                    .extract().jsonPath().getList("findAll { it.id == '" + id + "' }");
            boolean second = token.equals(SECOND_PROSECUTOR);
            boolean sees = !second || !hidden;
            assertEquals(sees ? 1 : 0, listed.size(), "listed for " + token);
            for (Map<String, Object> summary : listed) {
                assertFalse(summary.containsKey("summaryOfFacts") || summary.containsKey("content"), summary.toString());
                assertEquals(second ? "EXISTENCE" : "CONTENT", summary.get("access"));
            }
        }
    }

    @Test
    void onlyTheCentralAuthorityAssignsAndBadInputChangesNothing() {
        String id = draft(HandlingLevel.STANDARD);
        given().auth().oauth2(Drafts.TH_PROSECUTOR).contentType(ContentType.JSON).body(Map.of("person", "prosecutor2-th"))
                .post("/requests/{id}/assignments", id).then().statusCode(403);
        given().auth().oauth2(Drafts.TH_AUTHORITY).contentType(ContentType.JSON).body(Map.of("person", " "))
                .post("/requests/{id}/assignments", id).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("person"));
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(Drafts.TH_AUTHORITY).contentType(ContentType.JSON).body(Map.of("person", "prosecutor2-th"))
                    .post("/requests/{id}/assignments", id).then().statusCode(200);
        }
        given().auth().oauth2(Drafts.TH_AUTHORITY).get("/requests/{id}/assignments", id).then().statusCode(200)
                .body("$", hasSize(1)).body("[0].assignedBy", equalTo("authority-th"));
        given().auth().oauth2(SECOND_PROSECUTOR).get("/requests/{id}", id).then().statusCode(200);
        assertTrue(given().auth().oauth2(SECOND_PROSECUTOR).get("/requests").then().extract().jsonPath()
                .getList("findAll { it.id == '" + id + "' }.access").contains("CONTENT"));
    }

    private static String draft(HandlingLevel level) {
        Map<String, Object> draft = new HashMap<>(Drafts.validDraft());
        Map<String, Object> content = new HashMap<>(Drafts.completeContent());
        content.put("handlingLevel", level.name());
        draft.put("content", content);
        return given().auth().oauth2(Drafts.TH_PROSECUTOR).contentType(ContentType.JSON).body(draft)
                .post("/requests").then().statusCode(201).extract().path("id");
    }
}
