package org.counterpart.mla;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import org.counterpart.network.ApiDocuments;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void servedDescriptionIsTheCheckedInOne() {
        String served = given().get("/q/openapi").then().statusCode(200).extract().asString();
        assertNull(ApiDocuments.differenceFromCheckedIn("mla-request", served));
    }

    @Test
    void everyOperationHasItsOwnId() {
        String served = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        assertEquals(List.of(), ApiDocuments.operationsWithoutTheirOwnId(served));
    }
}
