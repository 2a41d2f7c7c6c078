package org.counterpart.tracking.turnaround;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.counterpart.events.ClockAlert;
import org.counterpart.events.Country;
import org.counterpart.events.Envelope;
import org.counterpart.events.KafkaWire;
import org.counterpart.events.Milestone;
import org.counterpart.events.StatusChanged;
import org.counterpart.events.Topics;
import org.counterpart.network.KafkaProbe;
import org.counterpart.network.TestInfrastructure;
import org.counterpart.network.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Lifecycle facts on the real broker become dashboard figures; each test uses its own country pair. */
@QuarkusTest
class TurnaroundBrokerTest {

    private static final String REGIONAL_ANALYST = TestTokens.token("analyst-region", "REGION", "analyst");
    private static final Instant T0 = Instant.parse("2026-11-02T00:00:00Z");

    @ConfigProperty(name = TestInfrastructure.EXCHANGE_SECRETS)
    String exchange;

    @Test
    void timeToAcknowledgeIsComputedPerPairAndPerRequest() {
        UUID fast = UUID.randomUUID();
        UUID slow = UUID.randomUUID();
        UUID waiting = UUID.randomUUID();
        publish(fact(fast, "KH", "LA", Milestone.TRANSMITTED, T0));
        publish(fact(fast, "KH", "LA", Milestone.ACKNOWLEDGED, T0.plus(Duration.ofHours(24))));
        publish(fact(slow, "KH", "LA", Milestone.TRANSMITTED, T0));
        publish(fact(slow, "KH", "LA", Milestone.ACKNOWLEDGED, T0.plus(Duration.ofHours(240))));
        publish(fact(waiting, "KH", "LA", Milestone.TRANSMITTED, T0));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> pair("KH", "LA")
                .body("transmitted", equalTo(3)).body("acknowledged", equalTo(2)));
        pair("KH", "LA")
                .body("awaitingAcknowledgement", equalTo(1))
                .body("averageHoursToAcknowledge", equalTo(132.0f))
                .body("medianHoursToAcknowledge", equalTo(132.0f))
                .body("maxHoursToAcknowledge", equalTo(240.0f))
                .body("acknowledgedWithinTarget", equalTo(1))
                .body("targetHours", equalTo(168.0f));
        given().auth().oauth2(REGIONAL_ANALYST).queryParam("requestingCountry", "KH").queryParam("requestedCountry", "LA")
                .get("/dashboards/time-to-acknowledge/requests")
                .then().statusCode(200).body("", hasSize(3))
                .body("find { it.requestId == '%s' }.hoursToAcknowledge".formatted(fast), equalTo(24.0f))
                .body("find { it.requestId == '%s' }.overTarget".formatted(slow), equalTo(true))
                .body("find { it.requestId == '%s' }.acknowledgedAt".formatted(waiting), nullValue());
        // The same acknowledgements as a histogram for Prometheus (other tests may add theirs).
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(sample(metrics, "counterpart_clock_duration_seconds_count{clock=\"acknowledge\"") >= 2,
                metrics);
        org.junit.jupiter.api.Assertions.assertTrue(sample(metrics, "counterpart_clock_duration_seconds_sum{clock=\"acknowledge\"")
                >= Duration.ofHours(264).toSeconds());
    }

    @Test
    void unroutableRequestIsNotCountedAsWaitingForTheCounterpart() {
        UUID request = UUID.randomUUID();
        publish(fact(request, "SG", "TL", Milestone.TRANSMITTED, T0));
        publish(fact(request, "SG", "TL", Milestone.UNROUTABLE, T0.plusSeconds(1)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> pair("SG", "TL").body("unroutable", equalTo(1)));
        pair("SG", "TL").body("awaitingAcknowledgement", equalTo(0));
        given().auth().oauth2(REGIONAL_ANALYST).queryParam("requestingCountry", "SG")
                .get("/dashboards/time-to-acknowledge/requests")
                .then().statusCode(200)
                .body("find { it.requestId == '%s' }.unroutable".formatted(request), equalTo(true))
                .body("find { it.requestId == '%s' }.overTarget".formatted(request), equalTo(false))
                .body("find { it.requestId == '%s' }.hoursWaiting".formatted(request), nullValue());
    }

    @Test
    void requestTheDeskAssignedAfterAllWaitsForItsCounterpartAgain() {
        UUID request = UUID.randomUUID();
        publish(fact(request, "KH", "TL", Milestone.TRANSMITTED, T0));
        publish(fact(request, "KH", "TL", Milestone.UNROUTABLE, T0.plusSeconds(1)));
        publish(fact(request, "KH", "TL", Milestone.ROUTED, T0.plusSeconds(60)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> pair("KH", "TL").body("awaitingAcknowledgement", equalTo(1)));
        pair("KH", "TL").body("unroutable", equalTo(0));
    }

    @Test
    void clockWarningsAndBreachesAreCountedPerPairAndClock() {
        UUID request = UUID.randomUUID();
        Envelope warning = alert(request, "VN", "LA", ClockAlert.Level.WARNING);
        publish(warning);
        publish(warning);
        publish(alert(request, "VN", "LA", ClockAlert.Level.BREACH));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(REGIONAL_ANALYST)
                .get("/dashboards/clock-alerts").then().statusCode(200)
                .body("find { it.requestingCountry == 'VN' && it.requestedCountry == 'LA' }.breaches", equalTo(1)));
        given().auth().oauth2(REGIONAL_ANALYST).get("/dashboards/clock-alerts").then()
                .body("find { it.requestingCountry == 'VN' && it.requestedCountry == 'LA' }.warnings", equalTo(1))
                .body("find { it.requestingCountry == 'VN' && it.requestedCountry == 'LA' }.clock", equalTo("ACKNOWLEDGE"));
        given().auth().oauth2(TestTokens.token("analyst-ph", "PH", "analyst")).get("/dashboards/clock-alerts").then()
                .body("findAll { it.requestingCountry == 'VN' }", empty());
    }

    @Test
    void forwardedRequestsAreCountedAsMisroutesOfThePair() {
        UUID request = UUID.randomUUID();
        publish(fact(request, "LA", "KH", Milestone.TRANSMITTED, T0));
        publish(fact(request, "LA", "KH", Milestone.ROUTED, T0));
        publish(fact(request, "LA", "KH", Milestone.FORWARDED, T0.plus(Duration.ofDays(2))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> pair("LA", "KH").body("misrouted", equalTo(1)));
    }

    @Test
    void redeliveredFactsAreCountedOnce() {
        UUID request = UUID.randomUUID();
        Envelope transmitted = fact(request, "BN", "SG", Milestone.TRANSMITTED, T0);
        publish(transmitted);
        publish(transmitted);
        publish(fact(request, "BN", "SG", Milestone.ACKNOWLEDGED, T0.plus(Duration.ofHours(2))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> pair("BN", "SG").body("acknowledged", equalTo(1)));
        pair("BN", "SG").body("transmitted", equalTo(1)).body("medianHoursToAcknowledge", equalTo(2.0f));
    }

    @Test
    void nationalAnalystSeesOnlyPairsOfTheirCountry() {
        UUID request = UUID.randomUUID();
        publish(fact(request, "MM", "ID", Milestone.TRANSMITTED, T0));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> pair("MM", "ID").body("transmitted", equalTo(1)));

        given().auth().oauth2(TestTokens.token("analyst-ph", "PH", "analyst"))
                .queryParam("requestingCountry", "MM").get("/dashboards/time-to-acknowledge")
                .then().statusCode(200).body("", empty());
        given().auth().oauth2(TestTokens.token("analyst-id", "ID", "analyst"))
                .queryParam("requestingCountry", "MM").get("/dashboards/time-to-acknowledge")
                .then().statusCode(200).body("[0].requestedCountry", equalTo("ID"));
    }

    @Test
    void dashboardsAreForAnalystsOnlyAndValidateTheirQuestions() {
        given().get("/dashboards/time-to-acknowledge").then().statusCode(401);
        given().auth().oauth2(TestTokens.token("prosecutor-th", "TH", "prosecutor"))
                .get("/dashboards/time-to-acknowledge").then().statusCode(403);
        given().auth().oauth2(REGIONAL_ANALYST).queryParam("requestingCountry", "Thailand")
                .get("/dashboards/time-to-acknowledge")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("requestingCountry"));
    }

    private ValidatableResponse pair(String requesting, String requested) {
        return given().auth().oauth2(REGIONAL_ANALYST)
                .queryParam("requestingCountry", requesting).queryParam("requestedCountry", requested)
                .get("/dashboards/time-to-acknowledge")
                .then().statusCode(200).body("", hasSize(1)).rootPath("[0]");
    }

    private void publish(Envelope fact) {
        KafkaProbe.admin(exchange).sendSigned(KafkaWire.toRecord(Topics.LIFECYCLE, fact));
    }

    private static Envelope alert(UUID request, String from, String to, ClockAlert.Level level) {
        return Envelope.create(URI.create("/counterpart/routing"), Country.of(from), UUID.randomUUID(),
                new ClockAlert(request, Country.of(from), Country.of(to), ClockAlert.Clock.ACKNOWLEDGE, level, Duration.ofDays(7),
                        T0.plus(Duration.ofDays(7)), T0.plus(Duration.ofDays(8))));
    }

    private static Envelope fact(UUID request, String from, String to, Milestone milestone, Instant at) {
        return Envelope.create(URI.create("/counterpart/routing"), Country.of(from), UUID.randomUUID(),
                new StatusChanged(request, Country.of(from), Country.of(to), milestone, at));
    }

    /** The value of the Prometheus sample whose line starts with {@code series}. */
    private static double sample(String metrics, String series) {
        return metrics.lines().filter(line -> line.startsWith(series)).findFirst()
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .orElseThrow(() -> new AssertionError("no " + series + " in " + metrics));
    }
}
