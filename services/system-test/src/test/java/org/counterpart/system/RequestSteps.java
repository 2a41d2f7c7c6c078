package org.counterpart.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;

/** What users do to requests on a country's service, over HTTP with their Keycloak tokens. */
final class RequestSteps {

    /** How long a message may take through the hub to the other country. */
    static final Duration BOUND = Duration.ofSeconds(60);

    private RequestSteps() {
    }

    /** A new draft from {@code draft}'s body; its id. */
    static String drafted(String service, String token, Map<String, Object> draft) {
        return given().baseUri(service).auth().oauth2(token).contentType(ContentType.JSON).body(draft)
                .post("/requests").then().statusCode(201).extract().path("id");
    }

    static void act(String service, String token, String id, String action, Map<String, ?> body) {
        given().baseUri(service).auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/requests/{id}/actions/{action}", id, action).then().statusCode(200);
    }

    /** Until {@code service}'s copy of the request stands in {@code status}, within {@link #BOUND}. */
    static void awaitStatus(String service, String token, String id, String status) {
        await().atMost(BOUND).untilAsserted(() -> given().baseUri(service).auth().oauth2(token)
                .get("/requests/{id}", id).then().statusCode(200).body("status", equalTo(status)));
    }
}
