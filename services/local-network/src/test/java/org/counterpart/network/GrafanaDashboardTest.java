package org.counterpart.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The sample Grafana dashboard (deploy/grafana) asks only for metrics the services publish: the
 * component tests of each service check those names on its real /q/metrics.
 */
class GrafanaDashboardTest {

    /** What the services register (platform, mla-request, tracking) and the Kafka consumer binder's lag. */
    private static final Set<String> PUBLISHED = Set.of("counterpart_requests", "counterpart_outbox_backlog",
            "kafka_consumer_fetch_manager_records_lag_max", "counterpart_dead_letters_total",
            "counterpart_transport_unretrieved", "counterpart_clock_duration_seconds_bucket");

    @Test
    void everyPanelQueriesAPublishedMetric() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(ProjectLayout.detect().root()
                .resolve("deploy/grafana/counterpart-exchange.json").toFile());
        List<String> asked = new ArrayList<>();
        Pattern metric = Pattern.compile("\\b(counterpart_[a-z_]+|kafka_[a-z_]+)\\b");
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                Matcher names = metric.matcher(target.path("expr").asText());
                assertTrue(names.find(), panel.path("title").asText() + " asks for no Counterpart metric");
                do {
                    asked.add(names.group(1));
                } while (names.find());
            }
        }
        assertEquals(Set.of(), Set.copyOf(asked.stream().filter(name -> !PUBLISHED.contains(name)).toList()));
        assertEquals(PUBLISHED, Set.copyOf(asked), "every published metric has its panel");
    }
}
