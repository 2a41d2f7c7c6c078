package org.counterpart.routing.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.counterpart.routing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RoutingApiTest {

    @Test
    void directoryIsSeededForTheTenMemberStatesAndTimorLeste() {
        given().auth().oauth2(Tokens.TH_PROSECUTOR).get("/directory/contact-points")
                .then().statusCode(200)
                .body("findAll { it.id.contains('-CA-') }.country",
                        org.hamcrest.Matchers.hasItems("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL"));
    }

    @Test
    void prosecutorCanAskWhereARequestWouldGoBeforeDrafting() {
        given().auth().oauth2(Tokens.TH_PROSECUTOR)
                .queryParam("requestedCountry", "MY").queryParam("assistanceType", "TAKING_EVIDENCE")
                .get("/routing/preview")
                .then().statusCode(200)
                .body("routable", equalTo(true))
                .body("contactPointId", equalTo("MY-CA-AGC"))
                .body("decisionPath", hasSize(5))
                .body("decisionPath[4]", org.hamcrest.Matchers.startsWith("chosen: CENTRAL_AUTHORITY MY-CA-AGC"));
        given().auth().oauth2(Tokens.TH_PROSECUTOR)
                .queryParam("requestedCountry", "FJ").queryParam("assistanceType", "TAKING_EVIDENCE")
                .get("/routing/preview")
                .then().statusCode(200)
                .body("routable", equalTo(false))
                .body("reason", equalTo("No active contact point in the directory for FJ"));
    }

    @Test
    void badPreviewQuestionsNameTheField() {
        given().auth().oauth2(Tokens.TH_PROSECUTOR)
                .queryParam("requestedCountry", "Malaysia").queryParam("assistanceType", "TAKING_EVIDENCE")
                .get("/routing/preview")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("requestedCountry"));
        given().auth().oauth2(Tokens.TH_PROSECUTOR)
                .queryParam("requestedCountry", "MY").queryParam("assistanceType", "WIRETAP")
                .get("/routing/preview")
                .then().statusCode(400).body("errors[0].field", equalTo("assistanceType"));
    }

    @Test
    void everyEndpointNeedsAToken() {
        given().get("/directory/contact-points").then().statusCode(401);
        given().get("/routing/preview").then().statusCode(401);
        given().get("/routing/records").then().statusCode(401);
        given().get("/routing/records/{id}", UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void unknownRecordIs404AndTheUnroutableQueueIsForAuthorities() {
        given().auth().oauth2(Tokens.TH_AUTHORITY).get("/routing/records/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.TH_PROSECUTOR).get("/routing/records").then().statusCode(403);
    }
}
