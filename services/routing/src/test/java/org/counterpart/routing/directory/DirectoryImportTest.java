package org.counterpart.routing.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.counterpart.routing.Tokens;
import org.junit.jupiter.api.Test;

/** A country's entries as a versioned file: export, edit, import; problems named by line and field. */
@QuarkusTest
class DirectoryImportTest {

    @Test
    void exportedFileComesBackAsOneVersionWithWhatChanged() {
        String exported = given().auth().oauth2(Tokens.DIRECTORY_SG).get("/directory/countries/SG/export").then()
                .statusCode(200).body("format", equalTo("counterpart-directory/1")).body("country", equalTo("SG"))
                .body("contactPoints.id", hasItem("SG-CA-AGC"))
                .extract().asString();
        String version = io.restassured.path.json.JsonPath.from(exported).getString("version");
        String edited = """
                {
                  "format": "counterpart-directory/1",
                  "country": "SG",
                  "version": "%s",
                  "contactPoints": [
                    { "id": "SG-CA-AGC", "authority": "Attorney-General's Chambers, International Affairs Division",
                      "role": "CENTRAL_AUTHORITY", "languages": ["en"], "channel": "counterpart",
                      "owner": "directory correspondent SG", "lastVerified": "2026-11-01" },
                    { "id": "SG-URGENT-SPF", "authority": "Singapore Police Force, 24/7 point", "role": "URGENT_24_7",
                      "languages": ["en"], "urgentLanguages": ["en", "ms"], "channel": "interpol-i24/7",
                      "measures": ["LOCATING_AND_IDENTIFYING_PERSONS"], "owner": "directory correspondent SG" }
                  ]
                }
                """.formatted(version);
        given().auth().oauth2(Tokens.DIRECTORY_SG).contentType(ContentType.JSON).body(edited)
                .put("/directory/countries/SG/import").then().statusCode(200)
                .body("created", equalTo(1)).body("updated", equalTo(1)).body("deactivated", equalTo(0));
        given().auth().oauth2(Tokens.TH_PROSECUTOR).get("/directory/contact-points/SG-URGENT-SPF").then().statusCode(200)
                .body("urgentLanguages", hasItems("en", "ms"));

        // The same file again, still based on the old version: someone changed SG since, so it is refused.
        given().auth().oauth2(Tokens.DIRECTORY_SG).contentType(ContentType.JSON).body(edited)
                .put("/directory/countries/SG/import").then().statusCode(409)
                .body("basedOn", equalTo(version));
    }

    @Test
    void everyProblemOfAFileIsNamedWithItsLineAndField() {
        String file = """
                {
                  "format": "counterpart-directory/1",
                  "country": "SG",
                  "contactPoints": [
                    { "id": "SG-X1", "authority": "A", "role": "CENTRAL_AUTHORITY", "languages": ["en"],
                      "channel": "counterpart", "owner": "o",
                      "measures": ["TELEPATHY"] },
                    { "id": "MY-X2", "authority": "B", "role": "LIAISON", "languages": ["English"],
                      "channel": "counterpart", "owner": "o" },
                    { "id": "SG-X3", "authority": "C", "role": "LIAISON", "languages": ["en"],
                      "channel": "counterpart", "owner": "o", "mesures": [] }
                  ]
                }
                """;
        given().auth().oauth2(Tokens.DIRECTORY_SG).contentType(ContentType.JSON).body(file)
                .put("/directory/countries/SG/import").then().statusCode(400).contentType("application/problem+json")
                .body("errors.find { it.field == 'contactPoints[0].measures[0]' }.line", equalTo(7))
                .body("errors.find { it.field == 'contactPoints[1].id' }.line", equalTo(8))
                .body("errors.find { it.field == 'contactPoints[1].languages[0]' }.line", equalTo(8))
                .body("errors.find { it.field == 'contactPoints[2].mesures' }.line", equalTo(11));
        given().auth().oauth2(Tokens.TH_PROSECUTOR).queryParam("country", "SG").get("/directory/contact-points").then()
                .body("id", not(hasItem("SG-X1")));

        given().auth().oauth2(Tokens.DIRECTORY_SG).contentType(ContentType.JSON).body("{ \"format\": \n oops }")
                .put("/directory/countries/SG/import").then().statusCode(400)
                .body("errors[0].field", equalTo("file")).body("errors[0].line", equalTo(2));
    }

    @Test
    void onlyTheCountrysOwnCorrespondentsImport() {
        given().auth().oauth2(Tokens.DIRECTORY_MY).contentType(ContentType.JSON).body("{}")
                .put("/directory/countries/SG/import").then().statusCode(403);
        given().auth().oauth2(Tokens.DIRECTORY_ADMIN).contentType(ContentType.JSON).body("{}")
                .put("/directory/countries/SG/import").then().statusCode(403);
    }
}
