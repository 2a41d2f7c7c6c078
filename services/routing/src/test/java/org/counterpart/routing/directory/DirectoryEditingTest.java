package org.counterpart.routing.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.counterpart.routing.Tokens;
import org.junit.jupiter.api.Test;

/** Correspondents keep their own country's entries; every change is a version; stale entries are listed. */
@QuarkusTest
class DirectoryEditingTest {

    @Test
    void correspondentAddsAnEntryAndEveryChangeIsANewVersion() {
        String before = currentVersion();
        String version = create(Tokens.DIRECTORY_MY, entry("MY-URGENT-PDRM", "URGENT_24_7")).statusCode(201)
                .body("country", equalTo("MY"))
                .body("stale", equalTo(false))
                .body("illustrative", equalTo(false))
                .extract().path("directoryVersion");
        assertNotEquals(before, version);

        String verified = given().auth().oauth2(Tokens.DIRECTORY_MY).post("/directory/contact-points/MY-URGENT-PDRM/verify")
                .then().statusCode(200).body("lastVerified", equalTo(LocalDate.now().toString()))
                .extract().path("directoryVersion");
        assertNotEquals(version, verified);
        given().auth().oauth2(Tokens.DIRECTORY_MY).queryParam("country", "MY").get("/directory/versions").then()
                .statusCode(200)
                .body("[0].version", equalTo(verified))
                .body("[0].summary", equalTo("verified MY-URGENT-PDRM"))
                .body("[0].changedBy", equalTo("directory-my"))
                .body("[1].version", equalTo(version));
    }

    @Test
    void correspondentsChangeOnlyTheirOwnCountry() {
        create(Tokens.DIRECTORY_MY, entry("TH-CA-NEW", "CENTRAL_AUTHORITY")).statusCode(400)
                .body("errors[0].field", equalTo("id"));
        given().auth().oauth2(Tokens.DIRECTORY_MY).contentType(ContentType.JSON).body(entry("TH-CA-OAG", "CENTRAL_AUTHORITY"))
                .put("/directory/contact-points/TH-CA-OAG").then().statusCode(404);
        given().auth().oauth2(Tokens.DIRECTORY_MY).post("/directory/contact-points/TH-CA-OAG/verify").then().statusCode(404);
        given().auth().oauth2(Tokens.DIRECTORY_MY).delete("/directory/contact-points/TH-CA-OAG").then().statusCode(404);
        create(Tokens.DIRECTORY_ADMIN, entry("MY-REGIONAL", "LIAISON")).statusCode(403)
                .contentType("application/problem+json");
        create(Tokens.TH_AUTHORITY, entry("TH-CA-NEW", "CENTRAL_AUTHORITY")).statusCode(403);
        given().auth().oauth2(Tokens.TH_PROSECUTOR).get("/directory/contact-points/TH-CA-OAG").then().statusCode(200)
                .body("active", equalTo(true)).body("authority", equalTo("Office of the Attorney General, Central Authority, Thailand"));
    }

    @Test
    void aBadEntryIsRefusedWithEveryProblemAtOnce() {
        Map<String, Object> bad = new HashMap<>(entry("MY-BAD", "RECEIVING_AUTHORITY"));
        bad.put("authority", "");
        bad.put("languages", List.of("Malay"));
        bad.put("attachmentLimitBytes", 0);
        bad.remove("owner");
        create(Tokens.DIRECTORY_MY, bad).statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("authority", "languages[0]", "owner", "attachmentLimitBytes"));
        given().auth().oauth2(Tokens.TH_PROSECUTOR).get("/directory/contact-points/MY-BAD").then().statusCode(404);
    }

    @Test
    void unconfirmedEntriesAreStaleAndListedForTheirCorrespondent() {
        given().auth().oauth2(Tokens.DIRECTORY_SG).get("/directory/stale").then().statusCode(200)
                .body("country", everyItem(equalTo("SG")))
                .body("stale", everyItem(equalTo(true)));
        given().auth().oauth2(Tokens.TH_PROSECUTOR).get("/directory/contact-points/SG-CA-AGC").then()
                .body("illustrative", equalTo(true));
        given().auth().oauth2(Tokens.DIRECTORY_ADMIN).get("/directory/stale").then().statusCode(200)
                .body("country", hasItem("TH"));

        create(Tokens.DIRECTORY_MY, entry("MY-EXEC-SABAH", "EXECUTING_AUTHORITY")).statusCode(201);
        Map<String, Object> old = new HashMap<>(entry("MY-EXEC-SABAH", "EXECUTING_AUTHORITY"));
        old.put("lastVerified", LocalDate.now().minusYears(2).toString());
        given().auth().oauth2(Tokens.DIRECTORY_MY).contentType(ContentType.JSON).body(old)
                .put("/directory/contact-points/MY-EXEC-SABAH").then().statusCode(200).body("stale", equalTo(true));
        given().auth().oauth2(Tokens.DIRECTORY_MY).get("/directory/stale").then().body("id", hasItem("MY-EXEC-SABAH"));
        given().auth().oauth2(Tokens.DIRECTORY_MY).post("/directory/contact-points/MY-EXEC-SABAH/verify").then()
                .body("stale", equalTo(false));
        given().auth().oauth2(Tokens.DIRECTORY_MY).get("/directory/stale").then().body("id", not(hasItem("MY-EXEC-SABAH")));
    }

    @Test
    void deactivatedEntriesLeaveTheDirectoryButStayReadable() {
        create(Tokens.DIRECTORY_MY, entry("MY-LIAISON-FIU", "LIAISON")).statusCode(201);
        given().auth().oauth2(Tokens.DIRECTORY_MY).delete("/directory/contact-points/MY-LIAISON-FIU").then()
                .statusCode(200).body("active", equalTo(false));
        given().auth().oauth2(Tokens.TH_PROSECUTOR).queryParam("country", "MY").get("/directory/contact-points").then()
                .body("id", not(hasItem("MY-LIAISON-FIU")));
        given().auth().oauth2(Tokens.TH_PROSECUTOR).get("/directory/contact-points/MY-LIAISON-FIU").then()
                .statusCode(200).body("active", equalTo(false));
    }

    static Map<String, Object> entry(String id, String role) {
        return Map.of("id", id, "authority", "Authority " + id, "role", role, "languages", List.of("ms", "en"),
                "channel", "counterpart", "owner", "directory correspondent", "measures", List.of("TAKING_EVIDENCE"));
    }

    private static ValidatableResponse create(String token, Map<String, ?> entry) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(entry)
                .post("/directory/contact-points").then();
    }

    private static String currentVersion() {
        List<String> versions = given().auth().oauth2(Tokens.DIRECTORY_ADMIN).get("/directory/versions").then()
                .statusCode(200).extract().path("version");
        assertEquals(false, versions.isEmpty());
        return versions.get(0);
    }
}
