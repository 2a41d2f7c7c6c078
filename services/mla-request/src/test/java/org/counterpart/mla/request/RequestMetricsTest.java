package org.counterpart.mla.request;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.counterpart.mla.Drafts;
import org.junit.jupiter.api.Test;

/** The country service's metrics for Prometheus: its requests by status, its outbox backlog, its consumers' lag. */
@QuarkusTest
class RequestMetricsTest {

    @Test
    void aDraftIsCountedAndTheExchangesHealthIsExposed() {
        Drafts.createDraft();
        // Counted on a schedule: awaited, as a scrape between two counts may miss a series.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertTrue(sample("counterpart_requests{direction=\"OUTGOING\",kind=\"MLA\",status=\"DRAFT\"}") >= 1);
            String metrics = metrics();
            assertTrue(metrics.contains("\ncounterpart_outbox_backlog "), "outbox backlog");
            assertTrue(metrics.contains("\ncounterpart_transport_unretrieved{state=\"late\"}"), "late messages");
            assertTrue(metrics.contains("\nkafka_consumer_fetch_manager_records_lag_max{"), "consumer lag");
        });
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double sample(String series) {
        return metrics().lines().filter(line -> line.startsWith(series)).findFirst()
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).orElse(0.0);
    }
}
