package org.counterpart.tracking;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import org.counterpart.network.ApiDocuments;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void servedDescriptionIsTheCheckedInOne() {
        String served = given().get("/q/openapi").then().statusCode(200).extract().asString();
        assertNull(ApiDocuments.differenceFromCheckedIn("tracking", served));
    }
}
