package org.counterpart.routing.decision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.counterpart.events.AssistanceType;
import org.counterpart.routing.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every country of the seeded directory x every measure, through "where would this go?": a formal
 * request reaches that country's central authority, and the requester is warned that the entry is
 * illustrative until the country confirms it.
 */
@QuarkusTest
class SeededDirectoryRoutingTest {

    static Stream<Arguments> everyCountryAndMeasure() {
        List<Arguments> cases = new ArrayList<>();
        for (String country : List.of("BN", "KH", "ID", "LA", "MM", "PH", "TH", "VN", "TL")) {
            for (AssistanceType measure : AssistanceType.values()) {
                cases.add(Arguments.of(country, measure));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyCountryAndMeasure")
    void formalRequestReachesTheCentralAuthority(String country, AssistanceType measure) {
        given().auth().oauth2(Tokens.TH_PROSECUTOR)
                .queryParam("requestedCountry", country).queryParam("assistanceType", measure.name())
                .get("/routing/preview").then().statusCode(200)
                .body("routable", equalTo(true))
                .body("role", equalTo("CENTRAL_AUTHORITY"))
                .body("contactPointId", startsWith(country + "-CA-"))
                .body("warnings", hasItem(startsWith(country + "-CA-")));
    }
}
