package org.counterpart.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.counterpart.events.EventCodec;
import org.counterpart.events.EventType;
import org.counterpart.events.RequestTransmitted;
import org.counterpart.network.Countries;
import org.counterpart.network.KafkaProbe;
import org.counterpart.network.LocalNetwork;
import org.counterpart.network.ProjectLayout;
import org.junit.jupiter.api.Test;

/**
 * How long a transmitted request takes to reach the counterpart's inbound topic: TH's transaction
 * commits (transmittedAt), TH's relay publishes, routing decides and relays, the record lands on
 * counterpart.inbound.MY (its broker timestamp). Run with {@code ./mvnw verify -Pbenchmark}; writes
 * docs/benchmarks/relay-latency.md. Not part of the test suite: timings are never asserted.
 */
class RelayLatencyBenchmark {

    private static final int WARM_UP = 100;
    private static final int MEASURED = 500;
    private static final int CLIENTS = 4;

    @Test
    void transmitToCounterpartInbox() throws Exception {
        Instant began = Instant.now();
        try (LocalNetwork network = LocalNetwork.start(ProjectLayout.detect(), List.of(Countries.TH, Countries.MY), LocalNetwork.REGION)) {
            Duration startup = Duration.between(began, Instant.now());
            String prosecutor = RegionalNetwork.token(network, "prosecutor-th");
            String authority = RegionalNetwork.token(network, "authority-th");
            String th = network.countryUrl(Countries.TH);

            transmit(th, prosecutor, authority, WARM_UP);
            Set<String> measured = transmit(th, prosecutor, authority, MEASURED);

            KafkaProbe probe = KafkaProbe.admin(network.exchangeSecrets());
            Map<String, Long> sent = new HashMap<>();
            for (ConsumerRecord<String, byte[]> record : probe.awaitAll("counterpart.outbound.TH",
                    r -> measured.contains(r.key()) && isTransmitted(r), MEASURED, Duration.ofMinutes(2))) {
                sent.put(record.key(), record.timestamp());
            }
            List<Long> latencies = new ArrayList<>();
            List<Long> atCountry = new ArrayList<>();
            List<Long> atHub = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> record : probe.awaitAll("counterpart.inbound.MY",
                    r -> measured.contains(r.key()) && isTransmitted(r), MEASURED, Duration.ofMinutes(2))) {
                long committed = EventCodec.deserialize(record.value()).dataAs(RequestTransmitted.class)
                        .transmittedAt().toEpochMilli();
                latencies.add(record.timestamp() - committed);
                atCountry.add(sent.get(record.key()) - committed);
                atHub.add(record.timestamp() - sent.get(record.key()));
            }
            Collections.sort(latencies);
            Collections.sort(atCountry);
            Collections.sort(atHub);
            write(startup, latencies, atCountry, atHub);
        }
    }

    private static boolean isTransmitted(ConsumerRecord<String, byte[]> record) {
        return EventCodec.deserialize(record.value()).type() == EventType.REQUEST_TRANSMITTED;
    }

    /** Drafts, submits and transmits {@code count} requests from {@code CLIENTS} parallel clients. */
    private static Set<String> transmit(String th, String prosecutor, String authority, int count) throws Exception {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            work.add(clients.submit(() -> {
                String id = given().baseUri(th).auth().oauth2(prosecutor).contentType(ContentType.JSON)
                        .body(Map.of("requestedCountry", "MY", "assistanceType", "OTHER_ASSISTANCE",
                                "legalBasis", "ASEAN_MLAT", "offence", "Trafficking in persons",
                                "summaryOfFacts", "Benchmark request.", "urgency", "ROUTINE",
                                "content", JsonObjects.of("requestingAuthority", "OAG", "investigatingAuthority", "RTP",
                                        "purpose", "benchmark", "matterStatus", "investigation",
                                        "maximumPenalty", "20 years", "lawText", "s. 6", "actsToEstablish", "recruitment",
                                        "language", "en", "translationStatus", "NOT_NEEDED",
                                        "handlingLevel", "STANDARD", "otherAssistance", "benchmark")))
                        .post("/requests").then().statusCode(201).extract().path("id");
                given().baseUri(th).auth().oauth2(prosecutor).contentType(ContentType.JSON).body("{}")
                        .post("/requests/{id}/actions/MARK_READY", id).then().statusCode(200);
                given().baseUri(th).auth().oauth2(prosecutor).post("/requests/{id}/submit", id).then().statusCode(200);
                given().baseUri(th).auth().oauth2(authority).post("/requests/{id}/transmit", id).then().statusCode(200);
                ids.add(id);
            }));
        }
        for (Future<?> done : work) {
            done.get();
        }
        clients.shutdown();
        return ids;
    }

    private static void write(Duration startup, List<Long> latencies, List<Long> atCountry, List<Long> atHub)
            throws IOException {
        String report = """
                # Benchmark: transmit to counterpart inbox

                Measured %s by `./mvnw verify -Pbenchmark` (`RelayLatencyBenchmark`) on %d cores, %s.
                Network: Kafka, PostgreSQL, Keycloak, routing, tracking, mla-request TH and MY, each its own
                process on this one machine. %d warm-up requests, then %d measured, from %d parallel clients.

                Latency = broker timestamp of the record on `counterpart.inbound.MY` minus `transmittedAt`
                (TH's commit): TH outbox relay, Kafka, routing's consumer, decision and outbox, routing's relay.

                | figure | value |
                |---|---|
                | network start (until every service is ready) | %d s |
                | requests delivered / measured | %d / %d |
                | p50 | %d ms |
                | p90 | %d ms |
                | p99 | %d ms |
                | max | %d ms |

                Where the time goes (each stage on its own, so the columns do not add up percentile by percentile):

                | stage | p50 | p99 |
                |---|---|---|
                | TH: commit to the record on `counterpart.outbound.TH` (TH's outbox relay) | %d ms | %d ms |
                | hub: `outbound.TH` to `inbound.MY` (routing's consumer, decision, outbox relay) | %d ms | %d ms |
                """.formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), WARM_UP, MEASURED, CLIENTS,
                startup.toSeconds(), latencies.size(), MEASURED, percentile(latencies, 50), percentile(latencies, 90),
                percentile(latencies, 99), latencies.isEmpty() ? -1 : latencies.get(latencies.size() - 1),
                percentile(atCountry, 50), percentile(atCountry, 99), percentile(atHub, 50), percentile(atHub, 99));
        Path file = ProjectLayout.detect().root().resolve("docs/benchmarks/relay-latency.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);
    }

    private static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
