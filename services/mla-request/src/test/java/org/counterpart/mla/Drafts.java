package org.counterpart.mla;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
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

    public static Map<String, Object> validDraft() {
        return Map.of(
                "requestedCountry", "MY",
                "assistanceType", "TAKING_EVIDENCE",
                "legalBasis", "ASEAN_MLAT",
                "offence", "Trafficking in persons",
                "summaryOfFacts", "Victims were moved to a scam compound; two witnesses live in Johor.",
                "urgency", "URGENT");
    }

    public static String createDraft() {
        return given().auth().oauth2(TH_PROSECUTOR).contentType(ContentType.JSON).body(validDraft())
                .post("/requests").then().statusCode(201).extract().path("id");
    }

    public static String transmittedRequest() {
        String id = createDraft();
        given().auth().oauth2(TH_PROSECUTOR).post("/requests/{id}/submit", id).then().statusCode(200);
        given().auth().oauth2(TH_AUTHORITY).post("/requests/{id}/transmit", id).then().statusCode(200);
        return id;
    }
}
