package org.counterpart.mla;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.counterpart.network.TestTokens;

/** Test steps a Thai prosecutor and central authority take, over HTTP. */
public final class Drafts {

    public static final String TH_PROSECUTOR = TestTokens.token("prosecutor-th", "TH", "prosecutor");
    public static final String TH_AUTHORITY = TestTokens.token("authority-th", "TH", "central-authority");
    public static final String MY_PROSECUTOR = TestTokens.token("prosecutor-my", "MY", "prosecutor");
    public static final String MY_AUTHORITY = TestTokens.token("authority-my", "MY", "central-authority");

    private Drafts() {
    }

    /** A draft complete for TAKING_EVIDENCE, urgent, concerning a victim. */
    public static Map<String, Object> validDraft() {
        return Map.of(
                "requestedCountry", "MY",
                "assistanceType", "TAKING_EVIDENCE",
                "legalBasis", "ASEAN_MLAT",
                "offence", "Trafficking in persons",
                "summaryOfFacts", "Victims were moved to a scam compound; two witnesses live in Johor.",
                "urgency", "URGENT",
                "content", completeContent());
    }

    public static Map<String, Object> completeContent() {
        Map<String, Object> content = new HashMap<>();
        content.put("requestingAuthority", "Office of the Attorney General, International Affairs Department");
        content.put("investigatingAuthority", "Anti-Trafficking in Persons Division, Royal Thai Police");
        content.put("purpose", "Statements of two witnesses about recruitment and transport");
        content.put("matterStatus", "Investigation; two suspects in custody");
        content.put("maximumPenalty", "20 years' imprisonment");
        content.put("lawText", "Anti-Trafficking in Persons Act B.E. 2551, s. 6 and s. 52");
        content.put("actsToEstablish", "Recruitment by deception and transport across the border");
        content.put("language", "en");
        content.put("translationStatus", "NOT_NEEDED");
        content.put("handlingLevel", "VICTIM_SAFETY_CRITICAL");
        content.put("urgencyReason", "Suspects' custody ends in 30 days");
        content.put("wantedBy", java.time.LocalDate.now().plusDays(25).toString());
        content.put("timeLimitReasons", "Custody limit");
        content.put("persons", List.of(
                Map.of("role", "WITNESS", "name", "Witness A", "location", "Johor Bahru"),
                Map.of("role", "VICTIM", "name", "Victim B", "nationality", "TH")));
        content.put("questions", List.of("How were you recruited?", "Who organised the border crossing?"));
        content.put("trafficking", Map.of("victimStatus", "IDENTIFIED", "identifyingAgency", "TH MSDHS",
                "nonPunishment", true, "videoLinkTestimonyPossible", true));
        return content;
    }

    public static String readyDraft() {
        return readyDraft(validDraft());
    }

    public static String readyDraft(Map<String, Object> draft) {
        String id = given().auth().oauth2(TH_PROSECUTOR).contentType(ContentType.JSON).body(draft)
                .post("/requests").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TH_PROSECUTOR).contentType(ContentType.JSON).body("{}")
                .post("/requests/{id}/actions/MARK_READY", id).then().statusCode(200);
        return id;
    }

    public static String createDraft() {
        return given().auth().oauth2(TH_PROSECUTOR).contentType(ContentType.JSON).body(validDraft())
                .post("/requests").then().statusCode(201).extract().path("id");
    }

    public static String transmittedRequest() {
        return transmittedRequest(validDraft());
    }

    /** {@code draft}, drafted, readied, submitted and transmitted by Thailand. */
    public static String transmittedRequest(Map<String, Object> draft) {
        String id = readyDraft(draft);
        given().auth().oauth2(TH_PROSECUTOR).post("/requests/{id}/submit", id).then().statusCode(200);
        given().auth().oauth2(TH_AUTHORITY).post("/requests/{id}/transmit", id).then().statusCode(200);
        return id;
    }
}
