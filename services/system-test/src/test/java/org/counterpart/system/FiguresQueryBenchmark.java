package org.counterpart.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.counterpart.system.BenchmarkReport.millis;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.counterpart.network.Countries;
import org.counterpart.network.LocalNetwork;
import org.counterpart.network.ProjectLayout;
import org.counterpart.network.history.HistorySeeder;
import org.counterpart.tracking.figures.FactSnapshot;
import org.junit.jupiter.api.Test;

/**
 * How fast the figures answer with a region's history behind them: 10,000 requests over five years, then
 * 100,000, seeded as the hub writes lifecycle facts and read by tracking like any other. Each dashboard
 * query is asked {@value #MEASURED} times after {@value #WARM_UP} warm-up calls by one client, timed at the
 * client until the last byte; then PostgreSQL explains the two statements behind them (the copy's reload
 * and its catch-up). Run by
 * {@code ./mvnw verify -Pbenchmark}; writes docs/benchmarks/figures.md.
 */
class FiguresQueryBenchmark {

    private static final int[] SIZES = { 10_000, 100_000 };
    private static final int WARM_UP = 30;
    private static final int MEASURED = 300;

    @Test
    void everyDashboardQueryAtTenAndAHundredThousandRequests() throws IOException, SQLException {
        LocalDate lastDay = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        String history = "from=" + lastDay.minusYears(5).plusDays(1) + "&to=" + lastDay;
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("aggregates by pair, last 12 months", "/figures/aggregates?by=PAIR");
        queries.put("aggregates by pair, five years", "/figures/aggregates?by=PAIR&" + history);
        queries.put("aggregates by form of exploitation, five years", "/figures/aggregates?by=EXPLOITATION_FORM&" + history);
        queries.put("aggregates by month, five years", "/figures/aggregates?by=MONTH&" + history);
        queries.put("aggregates by pair, one form, five years",
                "/figures/aggregates?by=PAIR&exploitationForm=FORCED_CRIMINALITY&" + history);
        queries.put("refusals by ground, five years", "/figures/refusals?" + history);
        queries.put("stock and flow, one year", "/figures/stock-and-flow?period=" + lastDay.getYear());
        queries.put("reconciliation, one year", "/figures/reconciliation?period=" + lastDay.getYear());
        queries.put("trends by form, five years", "/figures/trends?series=EXPLOITATION_FORM&" + history);
        queries.put("trends by route, five years", "/figures/trends?series=PAIR&" + history);
        queries.put("requests, last 12 months", "/figures/requests");
        queries.put("overdue requests, five years", "/figures/requests?overdue=true&" + history);
        Map<Integer, Map<String, long[]>> timings = new LinkedHashMap<>();
        Map<Integer, Duration> ingestion = new LinkedHashMap<>();
        Map<String, String> plans = new LinkedHashMap<>();
        Instant began = Instant.now();
        try (LocalNetwork network = LocalNetwork.start(ProjectLayout.detect(), List.of(Countries.TH), LocalNetwork.REGION)) {
            Duration startup = Duration.between(began, Instant.now());
            int seeded = 0;
            for (int size : SIZES) {
                Instant seeding = Instant.now();
                HistorySeeder.seed(Path.of(network.exchangeSecrets()), size - seeded, size, lastDay);
                seeded = size;
                int expected = size;
                await().atMost(Duration.ofMinutes(60)).pollInterval(Duration.ofSeconds(5)).untilAsserted(() ->
                        assertEquals(expected, total(network, history)));
                ingestion.put(size, Duration.between(seeding, Instant.now()));
                Map<String, long[]> measured = new LinkedHashMap<>();
                queries.forEach((name, path) -> measured.put(name, time(network, "analyst-region", path)));
                measured.put("Thailand's analyst: aggregates by pair, five years",
                        time(network, "analyst-th", "/figures/aggregates?by=PAIR&" + history));
                timings.put(size, measured);
            }
            try (Connection db = network.connectAsSuperuser("tracking")) {
                plans.put("reload: the copy made at start and after a rebuild", explain(db, FactSnapshot.RELOAD, null));
                plans.put("catch-up before each figure, nothing changed since", explain(db, FactSnapshot.CATCH_UP, horizon(db)));
            }
            write(startup, ingestion, timings, plans);
        }
    }

    private static long total(LocalNetwork network, String history) {
        return given().auth().oauth2(RegionalNetwork.token(network, "analyst-region"))
                .get(network.trackingUrl() + "/figures/aggregates?" + history)
                .then().statusCode(200).extract().jsonPath().getLong("total.requests");
    }

    private static long[] time(LocalNetwork network, String user, String path) {
        String token = RegionalNetwork.token(network, user);
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            long start = System.nanoTime();
            given().auth().oauth2(token).get(network.trackingUrl() + path).then().statusCode(200).extract().asByteArray();
            long took = System.nanoTime() - start;
            if (i >= WARM_UP) {
                nanos[i - WARM_UP] = took;
            }
        }
        return nanos;
    }

    private static String horizon(Connection db) throws SQLException {
        try (PreparedStatement state = db.prepareStatement(FactSnapshot.STATE); ResultSet row = state.executeQuery()) {
            row.next();
            return row.getString(2);
        }
    }

    private static String explain(Connection db, String sql, String since) throws SQLException {
        try (PreparedStatement explain = db.prepareStatement("explain (analyze, buffers) " + sql)) {
            if (since != null) {
                explain.setString(1, since);
            }
            List<String> lines = new ArrayList<>();
            try (ResultSet plan = explain.executeQuery()) {
                while (plan.next()) {
                    lines.add(plan.getString(1));
                }
            }
            return String.join("\n", lines);
        }
    }

    private static void write(Duration startup, Map<Integer, Duration> ingestion, Map<Integer, Map<String, long[]>> timings,
            Map<String, String> plans) throws IOException {
        StringBuilder table = new StringBuilder("| query | p50 at 10,000 | p99 at 10,000 | p50 at 100,000 | p99 at 100,000 |\n"
                + "|---|---|---|---|---|\n");
        Map<String, long[]> small = timings.get(SIZES[0]);
        Map<String, long[]> large = timings.get(SIZES[1]);
        for (String name : small.keySet()) {
            long[] a = sorted(small.get(name));
            long[] b = sorted(large.get(name));
            table.append("| %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms |\n".formatted(name, millis(a, 50), millis(a, 99),
                    millis(b, 50), millis(b, 99)));
        }
        StringBuilder explained = new StringBuilder();
        plans.forEach((name, plan) -> explained.append("### ").append(name).append("\n\n```\n").append(plan)
                .append("\n```\n\n"));
        String report = """
                # Benchmark: the figures' queries

                %s
                The local network (Kafka, PostgreSQL, Keycloak, routing, tracking, mla-request for TH; started in
                %d s). A five-year regional history (`RegionHistory`: eleven countries, every kind of cooperation,
                each request walking its kind's workflow) is written onto `counterpart.lifecycle` as the hub, and
                tracking reads it as it reads any lifecycle fact: %s. Each query is asked %d times by one client
                after %d warm-up calls, as the regional analyst (a bearer token from Keycloak), timed at the client
                until the last byte: authentication, the query, JSON and HTTP included.

                %s
                PostgreSQL keeps the facts, one row per request in `request_fact`; each tracking instance keeps a
                copy of them in memory (`FactSnapshot`): what a figure scans as columns (arrays by request),
                each clock's values in order, each grouping numbered once. Before every figure it reads the
                rows changed since its last read (the catch-up below: an index scan of `changed_in`). A
                figure is then one pass over the columns: a median is read off values already in order
                instead of the sort PostgreSQL would repeat at every query (what made five-year aggregates
                take over a second at 100,000 requests when they were SQL). The plans are PostgreSQL's at
                100,000 requests (`EXPLAIN (ANALYZE, BUFFERS)`).

                %s""".formatted(BenchmarkReport.measuredBy("FiguresQueryBenchmark"), startup.toSeconds(),
                ingestionLine(ingestion), MEASURED, WARM_UP, table, explained);
        BenchmarkReport.write("figures.md", report);
    }

    private static String ingestionLine(Map<Integer, Duration> ingestion) {
        List<String> parts = new ArrayList<>();
        ingestion.forEach((size, took) -> parts.add("up to %,d requests in %d s".formatted(size, took.toSeconds())));
        return "seeding and reading " + String.join(", then ", parts);
    }

    private static long[] sorted(long[] nanos) {
        long[] copy = nanos.clone();
        java.util.Arrays.sort(copy);
        return copy;
    }
}
