package org.counterpart.routing.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.counterpart.routing.Tokens;
import org.junit.jupiter.api.Test;

/** Country profiles: seeded as illustrative, kept by each country's own correspondent, every change a version. */
@QuarkusTest
class CountryProfilesTest {

    @Test
    void theSeedGivesIllustrativeProfilesThatDraftersRead() {
        given().auth().oauth2(Tokens.TH_PROSECUTOR).get("/directory/profiles").then().statusCode(200)
                .body("country", hasItems("TH", "MY", "PH", "ID"))
                .body("find { it.country == 'TH' }.illustrative", equalTo(true))
                .body("find { it.country == 'ID' }.profile.extraditesNationals", equalTo(false));
        given().auth().oauth2(Tokens.TH_PROSECUTOR).get("/directory/profiles/XX").then().statusCode(404);
        given().auth().oauth2(Tokens.TH_PROSECUTOR).get("/directory/profiles/mys").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("country"));
    }

    @Test
    void theCountrysCorrespondentConfirmsItsProfileAsANewVersion() {
        int before = given().auth().oauth2(Tokens.DIRECTORY_MY).get("/directory/profiles/MY").then().statusCode(200)
                .extract().path("version");
        Map<String, Object> profile = profile();
        given().auth().oauth2(Tokens.DIRECTORY_MY).contentType(ContentType.JSON).body(profile)
                .put("/directory/profiles/MY").then().statusCode(200)
                .body("version", equalTo(before + 1)).body("illustrative", equalTo(false))
                .body("changedBy", equalTo("directory-my"));
        given().auth().oauth2(Tokens.TH_AUTHORITY).get("/directory/profiles/MY").then()
                .body("profile.maximumPenalty", equalTo(profile.get("maximumPenalty")));
        given().auth().oauth2(Tokens.DIRECTORY_ADMIN).get("/directory/profiles/MY/versions").then().statusCode(200)
                .body("version", hasItems(before, before + 1)).body("illustrative", hasItem(true));
    }

    @Test
    void onlyTheCountryItselfChangesItsProfileAndABadOneChangesNothing() {
        given().auth().oauth2(Tokens.DIRECTORY_SG).contentType(ContentType.JSON).body(profile())
                .put("/directory/profiles/MY").then().statusCode(403);
        given().auth().oauth2(Tokens.DIRECTORY_ADMIN).contentType(ContentType.JSON).body(profile())
                .put("/directory/profiles/MY").then().statusCode(403);
        given().auth().oauth2(Tokens.TH_AUTHORITY).contentType(ContentType.JSON).body(profile())
                .put("/directory/profiles/TH").then().statusCode(403);

        int before = given().auth().oauth2(Tokens.DIRECTORY_MY).get("/directory/profiles/MY").then()
                .extract().path("version");
        Map<String, Object> bad = profile();
        bad.put("languages", List.of("Malay"));
        bad.remove("extraditesNationals");
        given().auth().oauth2(Tokens.DIRECTORY_MY).contentType(ContentType.JSON).body(bad)
                .put("/directory/profiles/MY").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("languages[0]", "extraditesNationals"));
        given().auth().oauth2(Tokens.DIRECTORY_MY).get("/directory/profiles/MY").then().body("version", equalTo(before));
    }

    private static Map<String, Object> profile() {
        Map<String, Object> profile = new HashMap<>();
        profile.put("traffickingOffence", "Anti-Trafficking in Persons and Anti-Smuggling of Migrants Act 2007, s. 12");
        profile.put("maximumPenalty", "Imprisonment of 3 to 20 years and a fine");
        profile.put("nonPunishmentProvision", true);
        profile.put("extraditesNationals", false);
        profile.put("treatyRequiredForExtradition", false);
        profile.put("dualCriminalityRequired", true);
        profile.put("videoLinkTestimony", true);
        profile.put("languages", List.of("ms", "en"));
        profile.put("instruments", List.of("ASEAN_MLAT", "UNTOC"));
        return profile;
    }
}
