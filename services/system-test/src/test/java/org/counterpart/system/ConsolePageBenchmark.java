package org.counterpart.system;

import static io.restassured.RestAssured.given;
import static org.counterpart.system.BenchmarkReport.millis;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.counterpart.network.Countries;
import org.counterpart.network.LocalNetwork;
import org.counterpart.network.ProjectLayout;
import org.junit.jupiter.api.Test;

/**
 * How long the console takes to render its two busiest pages on the benchmark network: the worklist and
 * a request's page, for Thailand's prosecutor with {@value #REQUESTS} requests of theirs, one client,
 * after a warm-up, timed at the client from the request to the last byte. Run by
 * {@code ./mvnw verify -Pbenchmark}; writes docs/benchmarks/console.md.
 */
class ConsolePageBenchmark {

    private static final int REQUESTS = 200;
    private static final int WARM_UP = 100;
    private static final int MEASURED = 500;

    @Test
    void worklistAndRequestPage() throws IOException {
        Instant began = Instant.now();
        try (LocalNetwork network = LocalNetwork.start(ProjectLayout.detect(), List.of(Countries.TH, Countries.MY),
                LocalNetwork.REGION)) {
            Duration startup = Duration.between(began, Instant.now());
            String prosecutor = RegionalNetwork.token(network, "prosecutor-th");
            String th = network.countryUrl(Countries.TH);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                ids.add(given().auth().oauth2(prosecutor).contentType(ContentType.JSON).body(Map.of(
                        "requestedCountry", "MY", "assistanceType", "TAKING_EVIDENCE", "legalBasis", "ASEAN_MLAT",
                        "offence", "Trafficking in persons", "summaryOfFacts", "Recruited online into a scam compound",
                        "urgency", "ROUTINE")).post(th + "/requests").then().statusCode(201).extract().path("id"));
            }
            long[] worklist = time(prosecutor, th + "/console", null);
            long[] page = time(prosecutor, th + "/console/requests/", ids);
            assertEquals(MEASURED, worklist.length);
            write(startup, worklist, page);
        }
    }

    /** Renders {@code url} (with one of {@code ids} appended, in turn) WARM_UP times, then MEASURED times timed. */
    private static long[] time(String token, String url, List<String> ids) {
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            String target = ids == null ? url : url + ids.get(i % ids.size());
            long start = System.nanoTime();
            given().auth().oauth2(token).get(target).then().statusCode(200).extract().asByteArray();
            long took = System.nanoTime() - start;
            if (i >= WARM_UP) {
                nanos[i - WARM_UP] = took;
            }
        }
        return nanos;
    }

    private static void write(Duration startup, long[] worklist, long[] page) throws IOException {
        String report = """
                # Benchmark: rendering the console's pages

                %s
                The local network (Kafka, PostgreSQL, Keycloak, routing, tracking, mla-request for TH and MY, each
                its own process on this machine; started in %d s). Thailand's prosecutor has %d requests (drafts);
                one client asks %d times after %d warm-up requests, with a bearer token (the console's hybrid
                tenant), timed at the client until the last byte.

                | page | p50 | p95 | p99 |
                |---|---|---|---|
                %s
                %s

                The worklist lists every request that needs the user in each section (no paging yet: issue 13);
                its time grows with the number of requests the user handles. The request page renders one
                request with its history, transport line, clocks, thread and action forms.
                """.formatted(BenchmarkReport.measuredBy("ConsolePageBenchmark"), startup.toSeconds(), REQUESTS,
                MEASURED, WARM_UP, row("worklist (`/console`)", worklist),
                row("request page (`/console/requests/{id}`)", page));
        BenchmarkReport.write("console.md", report);
    }

    private static String row(String name, long[] nanos) {
        Arrays.sort(nanos);
        return "| %s | %.1f ms | %.1f ms | %.1f ms |".formatted(name, millis(nanos, 50), millis(nanos, 95), millis(nanos, 99));
    }
}
