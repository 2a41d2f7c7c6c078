package org.counterpart.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.counterpart.network.Countries;
import org.counterpart.network.LocalNetwork;
import org.counterpart.network.ProjectLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The figures pages in a real browser, over a seeded five-year history written as the hub writes
 * lifecycle facts (2021-2025, before every other system test's requests): each chart is drawn with data,
 * a filter changes the figures, and the CSV a reader downloads totals what the page shows. A national
 * analyst sees only their country's pairs, with small counts protected.
 */
@ExtendWith(RegionalNetwork.class)
class FiguresBrowserIT {

    private static final int REQUESTS = 400;
    private static final String HISTORY = "from=2021-01-01&to=2025-12-31";
    private static LocalNetwork network;

    /** The seeding command as docs/running.md gives it, run against this network's exchange. */
    @BeforeAll
    static void seedHistory() throws IOException, InterruptedException {
        network = RegionalNetwork.get();
        ProcessBuilder command = new ProcessBuilder("deploy/seed-history.sh", String.valueOf(REQUESTS), "2025-12-31")
                .directory(ProjectLayout.detect().root().toFile()).redirectErrorStream(true);
        command.environment().put("COUNTERPART_EXCHANGE_SECRETS", network.exchangeSecrets());
        Process seeding = command.start();
        String printed = new String(seeding.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(seeding.waitFor(2, TimeUnit.MINUTES), printed);
        assertEquals(0, seeding.exitValue(), printed);
        assertTrue(printed.lines().anyMatch(line -> line.startsWith("Seeded " + REQUESTS
                + " requests ending 2025-12-31 onto counterpart.lifecycle, as the hub (")), printed);
        String analyst = RegionalNetwork.token(network, "analyst-region");
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertEquals(REQUESTS, given().auth().oauth2(analyst)
                .queryParam("from", "2021-01-01").queryParam("to", "2025-12-31")
                .get(network.trackingUrl() + "/figures/aggregates")
                .then().statusCode(200).extract().jsonPath().getInt("total.requests")));
    }

    @Test
    void theRegionalAnalystSeesEveryChartWithDataFiltersAndExports() {
        try (ConsoleBrowser analyst = ConsoleBrowser.open()) {
            analyst.signIn(network.routingUrl() + "/console/figures?" + HISTORY, "analyst-region", network.demoPassword());
            assertEquals("Figures", analyst.text("h1"));
            assertTrue(analyst.text("main").contains(REQUESTS + " requests"), analyst.text("#figures-span"));
            for (String chart : List.of("#chart-pairs", "#chart-forms", "#chart-routes")) {
                analyst.waitForAttribute(chart, "data-rendered", "true");
                assertTrue(analyst.all(chart + " svg path").size() > 20, chart + " draws its marks");
            }
            assertTrue(analyst.all("#chart-forms svg text").stream().anyMatch(t -> t.getText().contains("2025-")),
                    "the trend's axis names the months");
            analyst.checkAccessibility("the regional figures");
            analyst.screenshot("15-regional-figures");

            String everything = analyst.text("#table-pairs");
            analyst.choose("#filter-exploitationForm", "FORCED_CRIMINALITY");
            analyst.click("form.filters button");
            analyst.waitForText("main", "requests");
            assertNotEquals(everything, analyst.text("#table-pairs"), "the filter changes the figures");
            String shown = analyst.text("#figures-span");
            long onPage = Long.parseLong(shown.replaceAll(".*· (\\d+) requests.*", "$1"));
            assertTrue(onPage > 0 && onPage < REQUESTS, shown);

            String csv = new String(analyst.download("#pairs-title ~ p a[download]",
                    "counterpart-aggregates-by-pair-2021-01-01_2025-12-31.csv"), StandardCharsets.UTF_8);
            String total = csv.lines().filter(line -> line.startsWith("TOTAL,")).findFirst().orElseThrow();
            assertEquals(onPage, Long.parseLong(total.split(",")[1]), "the CSV's total is the page's");
            long rows = csv.lines().skip(1).filter(line -> !line.startsWith("TOTAL,"))
                    .mapToLong(line -> line.split(",")[1].startsWith("<") ? 0 : Long.parseLong(line.split(",")[1])).sum();
            assertTrue(rows <= onPage, "the pairs add up to at most the total (protected ones are not counted)");
        }
    }

    @Test
    void aNationalAnalystSeesTheirPairsWithSmallCountsProtected() {
        try (ConsoleBrowser analyst = ConsoleBrowser.open()) {
            analyst.signIn(network.countryUrl(Countries.TH) + "/console/figures?" + HISTORY, "analyst-th",
                    network.demoPassword());
            analyst.waitForAttribute("#chart-pairs", "data-rendered", "true");
            for (String pair : analyst.all("#table-routes tbody td:nth-child(2)").stream().map(e -> e.getText()).toList()) {
                assertTrue(pair.contains("TH"), pair + " is not a pair of Thailand's");
            }
            assertTrue(analyst.all("#table-routes tbody td").stream().anyMatch(cell -> cell.getText().equals("< 5")),
                    "a month's small count of a route is protected");
            // A dash is a median withheld because too few stopped the clock: the count beside it says so.
            List<String> withheld = analyst.all("#table-pairs tbody td").stream().map(e -> e.getText())
                    .filter(cell -> cell.startsWith("–")).toList();
            assertFalse(withheld.isEmpty(), "some pair of Thailand's has too few acknowledged for a median");
            withheld.forEach(cell -> assertTrue(cell.equals("– (< 5)") || cell.equals("– (0)"),
                    cell + " withholds a median yet counts 5 or more that stopped the clock"));
            assertTrue(analyst.text("#pairs-legend").contains("fewer than 5"), "the matrix says what a dash means");
            analyst.checkAccessibility("Thailand's figures");
            analyst.screenshot("16-national-figures");
        }
    }
}
