package org.counterpart.mla.request;

import static io.restassured.RestAssured.given;
import static org.counterpart.mla.Drafts.MY_AUTHORITY;
import static org.counterpart.mla.Drafts.MY_PROSECUTOR;
import static org.counterpart.mla.Drafts.TH_AUTHORITY;
import static org.counterpart.mla.Drafts.TH_PROSECUTOR;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.counterpart.mla.Drafts;
import org.counterpart.network.TestTokens;
import org.junit.jupiter.api.Test;

/** Every endpoint with no token, a bad token, the wrong role and another country's token. */
@QuarkusTest
class RequestSecurityTest {

    @Test
    void noTokenIs401Everywhere() {
        String id = Drafts.createDraft();
        given().get("/requests").then().statusCode(401);
        given().get("/requests/{id}", id).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Drafts.validDraft()).post("/requests").then().statusCode(401);
        given().post("/requests/{id}/submit", id).then().statusCode(401);
        given().post("/requests/{id}/transmit", id).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("counterpartReference", "R"))
                .post("/requests/{id}/acknowledge", id).then().statusCode(401);
    }

    @Test
    void unauthenticatedAnswersAreProblemsWithTheBearerChallenge() {
        given().get("/requests").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"))
                .body("type", equalTo("urn:counterpart:problem:unauthenticated"));
        given().auth().oauth2(TestTokens.forgedToken("mallory", "TH", "prosecutor")).get("/requests")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void forgedSignatureAndForeignAudienceAre401() {
        given().auth().oauth2(TestTokens.forgedToken("mallory", "TH", "prosecutor")).get("/requests")
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.tokenForAnotherAudience("prosecutor-th", "TH", "prosecutor"))
                .get("/requests").then().statusCode(401);
    }

    @Test
    void anotherCountrysUsersSeeNothingAndChangeNothing() {
        String id = Drafts.readyDraft();
        given().auth().oauth2(MY_PROSECUTOR).get("/requests/{id}", id).then().statusCode(404);
        given().auth().oauth2(MY_PROSECUTOR).get("/requests").then().statusCode(200).body("id", not(hasItem(id)));
        given().auth().oauth2(MY_PROSECUTOR).post("/requests/{id}/submit", id).then().statusCode(404);
        given().auth().oauth2(TH_PROSECUTOR).post("/requests/{id}/submit", id).then().statusCode(200);
        given().auth().oauth2(MY_AUTHORITY).post("/requests/{id}/transmit", id).then().statusCode(404);
        given().auth().oauth2(MY_AUTHORITY).contentType(ContentType.JSON).body(Map.of("counterpartReference", "R"))
                .post("/requests/{id}/acknowledge", id).then().statusCode(404);
        given().auth().oauth2(TH_PROSECUTOR).get("/requests/{id}", id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void rolesAreEnforced() {
        String id = Drafts.readyDraft();
        given().auth().oauth2(TH_AUTHORITY).contentType(ContentType.JSON).body(Drafts.validDraft())
                .post("/requests").then().statusCode(403);
        given().auth().oauth2(TH_AUTHORITY).post("/requests/{id}/submit", id).then().statusCode(403);
        given().auth().oauth2(TH_PROSECUTOR).post("/requests/{id}/submit", id).then().statusCode(200);
        given().auth().oauth2(TH_PROSECUTOR).post("/requests/{id}/transmit", id).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("analyst", "TH", "analyst")).get("/requests").then().statusCode(403);
    }

    @Test
    void tokenWithoutCountryIsForbidden() {
        given().auth().oauth2(TestTokens.token("nobody", "", "prosecutor")).get("/requests").then().statusCode(403);
    }
}
