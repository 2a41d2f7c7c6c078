package org.counterpart.tracking.figures;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.counterpart.events.ClockAlert;
import org.counterpart.events.ExploitationForm;
import org.counterpart.events.KafkaWire;
import org.counterpart.events.Milestone;
import org.counterpart.events.RefusalGround;
import org.counterpart.events.Topics;
import org.counterpart.network.KafkaProbe;
import org.counterpart.network.TestInfrastructure;
import org.counterpart.network.TestTokens;
import org.counterpart.tracking.facts.LifecycleStory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The region's figures from lifecycle facts on the real broker. The requests lie in 2019, which no other
 * test uses, between Brunei and Cambodia (and Myanmar), so the figures are these requests' alone.
 */
@QuarkusTest
class FiguresBrokerTest {

    private static final String REGIONAL_ANALYST = TestTokens.token("analyst-region", "REGION", "analyst");
    private static final String BRUNEI_ANALYST = TestTokens.token("analyst-bn", "BN", "analyst");
    private static final String REGIONAL_OPERATOR = TestTokens.token("operator-region", "REGION", "operator");
    private static final Instant MARCH = Instant.parse("2019-03-04T02:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);
    private static boolean published;

    @ConfigProperty(name = TestInfrastructure.EXCHANGE_SECRETS)
    String exchange;

    @Inject
    EntityManager entityManager;

    /** Six BN->KH requests and one KH->MM, once for the class: executed, refused, withdrawn, open, held, overdue. */
    @BeforeEach
    void history() {
        if (published) {
            return;
        }
        publish(LifecycleStory.mla("BN", "KH", MARCH).delivered("KH-MOJ")
                .then(Milestone.ACKNOWLEDGED, Duration.ofHours(12)).then(Milestone.UNDER_ASSESSMENT, DAY)
                .then(Milestone.INFO_REQUESTED, DAY).then(Milestone.INFO_PROVIDED, Duration.ofDays(6))
                .then(Milestone.ACCEPTED, DAY).then(Milestone.IN_EXECUTION, DAY).then(Milestone.EXECUTED, Duration.ofDays(30)));
        publish(LifecycleStory.mla("BN", "KH", MARCH.plus(DAY), List.of(ExploitationForm.SEXUAL_EXPLOITATION), 2)
                .delivered("KH-MOJ").then(Milestone.ACKNOWLEDGED, Duration.ofHours(36))
                .then(Milestone.UNDER_ASSESSMENT, DAY).refused(DAY, RefusalGround.NO_DUAL_CRIMINALITY));
        publish(LifecycleStory.mla("BN", "KH", MARCH.plus(Duration.ofDays(2))).delivered("KH-NP")
                .then(Milestone.ACKNOWLEDGED, Duration.ofHours(60)).forwarded(DAY, "KH-MOJ")
                .then(Milestone.WITHDRAWN, DAY));
        publish(LifecycleStory.mla("BN", "KH", MARCH.plus(Duration.ofDays(3))).delivered("KH-MOJ")
                .then(Milestone.ACKNOWLEDGED, Duration.ofHours(84)));
        publish(LifecycleStory.mla("BN", "KH", MARCH.plus(Duration.ofDays(4))).then(Milestone.UNROUTABLE, Duration.ZERO));
        publish(LifecycleStory.mla("BN", "KH", MARCH.plus(Duration.ofDays(5))).delivered("KH-MOJ")
                .breached(ClockAlert.Clock.ACKNOWLEDGE));
        publish(LifecycleStory.mla("KH", "MM", MARCH.plus(Duration.ofDays(5))).delivered("MM-AGO"));
        published = true;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> analyst(REGIONAL_ANALYST).queryParam("period", "2019")
                .get("/figures/aggregates").then().statusCode(200).body("total.requests", equalTo(7))
                .body("groups.find { it.group == 'BN->KH' }.clocks.TRANSMITTED_TO_ACKNOWLEDGED.stopped", equalTo(4)));
    }

    @Test
    void aggregatesTimeEachClockWithPausesSubtractedAndRateTheOutcomes() {
        JsonPath pair = analyst(REGIONAL_ANALYST).queryParam("period", "2019-Q1").queryParam("requestingCountry", "BN")
                .get("/figures/aggregates").then().statusCode(200).extract().jsonPath().setRootPath("groups[0]");

        assertEquals("BN->KH", pair.getString("group"));
        assertEquals(6, pair.getInt("requests"));
        assertEquals(17, pair.getInt("victims"));
        assertEquals(48.0f, pair.getFloat("clocks.TRANSMITTED_TO_ACKNOWLEDGED.medianHours"));
        assertEquals(24.0f, pair.getFloat("clocks.SUBMITTED_TO_TRANSMITTED.medianHours"));
        // One accepted, one refused: the decision clock stopped twice.
        assertEquals(2, pair.getInt("clocks.TRANSMITTED_TO_DECIDED.stopped"));
        assertEquals(0.5f, pair.getFloat("refusalRate"));
        assertEquals(0.2f, pair.getFloat("misrouteRate"));
        assertEquals(0.167f, pair.getFloat("breachRate"));
        assertEquals(0.167f, pair.getFloat("infoRequestRate"));

        JsonPath forms = analyst(REGIONAL_ANALYST).queryParam("period", "2019").queryParam("by", "EXPLOITATION_FORM")
                .get("/figures/aggregates").then().statusCode(200).extract().jsonPath();
        assertEquals(6, forms.getInt("groups.find { it.group == 'FORCED_CRIMINALITY' }.requests"));
        assertEquals(1, forms.getInt("groups.find { it.group == 'SEXUAL_EXPLOITATION' }.requests"));
        JsonPath misroutes = analyst(REGIONAL_ANALYST).queryParam("period", "2019").queryParam("by", "CONTACT_POINT")
                .get("/figures/aggregates").then().statusCode(200).extract().jsonPath();
        assertEquals(1.0f, misroutes.getFloat("groups.find { it.group == 'KH-NP' }.misrouteRate"));
        analyst(REGIONAL_ANALYST).queryParam("period", "2019").get("/figures/refusals").then().statusCode(200)
                .body("grounds[0].ground", equalTo("NO_DUAL_CRIMINALITY")).body("grounds[0].refusals", equalTo(1));
    }

    @Test
    void decidedClockExcludesTheTimeTheRequesterOwed() {
        analyst(REGIONAL_ANALYST).queryParam("period", "2019").queryParam("requestingCountry", "BN")
                .queryParam("exploitationForm", "FORCED_CRIMINALITY").queryParam("measure", "TAKING_EVIDENCE")
                .get("/figures/requests").then().statusCode(200).body("total", equalTo(5)).body("requests", hasSize(5))
                // Accepted 228 hours after transmission, of which 144 waited on the requester.
                .body("requests.find { it.hours.TRANSMITTED_TO_DECIDED != null }.hours.TRANSMITTED_TO_DECIDED", equalTo(84.0f))
                .body("requests.find { it.hours.TRANSMITTED_TO_DECIDED != null }.pausedHours", equalTo(144.0f));
        // Overdue: active with a breached clock still running (the acknowledgement is still owed).
        analyst(REGIONAL_ANALYST).queryParam("period", "2019").queryParam("overdue", "true").get("/figures/requests")
                .then().statusCode(200).body("requests", hasSize(1))
                .body("requests[0].breaches", equalTo(List.of("ACKNOWLEDGE")));
    }

    @Test
    void stockAndFlowAddsUpOnEachSideAndTheReconciliationListsWhatOneSideLacks() {
        JsonPath flows = analyst(REGIONAL_ANALYST).queryParam("period", "2019-03").get("/figures/stock-and-flow")
                .then().statusCode(200).extract().jsonPath();
        String made = "rows.find { it.country == 'BN' && it.side == 'MADE' }";
        assertEquals(0, flows.getInt(made + ".activeAtStart"));
        assertEquals(6, flows.getInt(made + ".opened"));
        assertEquals(1, flows.getInt(made + ".finalised.REFUSED"));
        assertEquals(1, flows.getInt(made + ".finalised.WITHDRAWN"));
        assertEquals(4, flows.getInt(made + ".activeAtEnd"));
        String received = "rows.find { it.country == 'KH' && it.side == 'RECEIVED' }";
        assertEquals(5, flows.getInt(received + ".opened"));

        JsonPath april = analyst(REGIONAL_ANALYST).queryParam("period", "2019-04").get("/figures/stock-and-flow")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(4, april.getInt(made + ".activeAtStart"));
        assertEquals(1, april.getInt(made + ".finalised.EXECUTED"));

        analyst(REGIONAL_ANALYST).queryParam("period", "2019-03").get("/figures/reconciliation").then().statusCode(200)
                .body("pairs.find { it.requesting == 'BN' }.made", equalTo(6))
                .body("pairs.find { it.requesting == 'BN' }.received", equalTo(5))
                .body("discrepancyCount", equalTo(1))
                .body("discrepancies[0].gap", equalTo("HELD_AT_HUB"));
    }

    @Test
    void aNationalAnalystSeesOwnPairsWithSmallCountsProtectedAndSoDoesEveryExport() {
        analyst(BRUNEI_ANALYST).queryParam("period", "2019").get("/figures/aggregates").then().statusCode(200)
                .body("groups", hasSize(1)).body("groups[0].requests", equalTo(6))
                .body("groups[0].victims", equalTo(17))
                .body("groups[0].clocks.TRANSMITTED_TO_DECIDED.stopped", equalTo("< 5"))
                .body("groups[0].refusalRate", equalTo(null));
        analyst(BRUNEI_ANALYST).queryParam("period", "2019").queryParam("series", "EXPLOITATION_FORM")
                .get("/figures/trends").then().statusCode(200)
                .body("points.find { it.series == 'SEXUAL_EXPLOITATION' }.requests", equalTo("< 5"));
        // A list as short as a protected count is not shown, or counting it would give the count away.
        analyst(BRUNEI_ANALYST).queryParam("period", "2019").queryParam("exploitationForm", "SEXUAL_EXPLOITATION")
                .get("/figures/requests").then().statusCode(200).body("total", equalTo("< 5"))
                .body("requests", hasSize(0));
        analyst(BRUNEI_ANALYST).queryParam("period", "2019-03").get("/figures/reconciliation").then().statusCode(200)
                .body("discrepancyCount", equalTo("< 5")).body("discrepancies", hasSize(0));

        String csv = analyst(REGIONAL_ANALYST).accept("text/csv").queryParam("period", "2019").get("/figures/aggregates")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("counterpart-aggregates-by-pair-2019-01-01_2019-12-31.csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertTrue(lines.get(0).startsWith("pair,requests,victims,"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("KH->MM,< 5,< 5,")), csv);
        assertTrue(lines.get(lines.size() - 1).startsWith("TOTAL,7,20,"), csv);
    }

    @Test
    void figuresAreForAnalystsAndQuestionsAreChecked() {
        given().get("/figures/aggregates").then().statusCode(401);
        given().auth().oauth2(TestTokens.token("prosecutor-th", "TH", "prosecutor")).get("/figures/aggregates")
                .then().statusCode(403);
        analyst(REGIONAL_ANALYST).queryParam("by", "COLOUR").queryParam("kind", "GOSSIP").get("/figures/aggregates")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", equalTo(List.of("by", "kind")));
        analyst(REGIONAL_ANALYST).queryParam("kind", "GOSSIP").queryParam("requestingCountry", "Brunei")
                .get("/figures/stock-and-flow").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("requestingCountry", "kind")));
        analyst(REGIONAL_ANALYST).queryParam("period", "2019-13").queryParam("kind", "GOSSIP").get("/figures/trends")
                .then().statusCode(400).body("errors.field", equalTo(List.of("period", "kind")));
        analyst(REGIONAL_ANALYST).queryParam("overdue", "yes").get("/figures/requests").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("overdue")));
        // The dashboard's form sends the fields left empty as empty values.
        analyst(REGIONAL_ANALYST).queryParam("period", "2019").queryParam("from", "").queryParam("to", "")
                .get("/figures/aggregates").then().statusCode(200).body("total.requests", equalTo(7));
    }

    @Test
    void rebuildingFromOffsetZeroGivesTheSameFigures() {
        String before = everyFigure();
        // Figures gone wrong (as after a bug in how facts become figures): the rebuild must derive them again.
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update request_fact set victim_count = 99 where requesting_country = 'KH'").executeUpdate());
        assertNotEquals(before, everyFigure());
        given().auth().oauth2(BRUNEI_ANALYST).post("/operations/figures/rebuild").then().statusCode(403);
        given().auth().oauth2(REGIONAL_OPERATOR).post("/operations/figures/rebuild").then().statusCode(202)
                .body("readsFrom", equalTo("offset zero"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(before, everyFigure()));
    }

    private String everyFigure() {
        StringBuilder all = new StringBuilder();
        for (String figure : List.of("aggregates", "refusals", "stock-and-flow", "reconciliation", "trends", "requests")) {
            all.append(analyst(REGIONAL_ANALYST).queryParam("period", "2019").get("/figures/" + figure)
                    .then().statusCode(200).extract().asString());
        }
        return all.toString();
    }

    private static RequestSpecification analyst(String token) {
        return given().auth().oauth2(token);
    }

    private void publish(LifecycleStory story) {
        story.envelopes().forEach(fact -> KafkaProbe.admin(exchange).sendSigned(KafkaWire.toRecord(Topics.LIFECYCLE, fact)));
    }
}
