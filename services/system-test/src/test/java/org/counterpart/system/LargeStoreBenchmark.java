package org.counterpart.system;

import static org.counterpart.system.BenchmarkReport.millis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.counterpart.network.Countries;
import org.counterpart.network.LocalNetwork;
import org.counterpart.network.ProjectLayout;
import org.junit.jupiter.api.Test;

/**
 * Whether a country's service stays as fast with years of requests stored: the list, a request's view,
 * an action, the console's list and worklist, timed with a handful of requests stored and again after
 * {@value #STORED} more (written straight into its database, as five years of ended requests of other
 * prosecutors). One client, after a warm-up, timed at the client. Run by {@code ./mvnw verify
 * -Pbenchmark}; writes docs/benchmarks/large-store.md. The goal: each p99 within 1.2x of the empty one.
 */
class LargeStoreBenchmark {

    private static final int STORED = 1_000_000;
    private static final int WARM_UP = 100;
    private static final int MEASURED = 500;

    @Test
    void listViewAndActionWithAMillionRequestsStored() throws Exception {
        try (LocalNetwork network = LocalNetwork.start(ProjectLayout.detect(), List.of(Countries.TH, Countries.MY),
                LocalNetwork.REGION)) {
            FilingClient th = new FilingClient(network, Countries.TH, Countries.MY);
            // Every pass's drafts made first, so each pass's worklist holds the same requests under way.
            UUID viewed = th.draft();
            List<List<UUID>> drafts = new ArrayList<>();
            for (int pass = 0; pass < 3; pass++) {
                List<UUID> made = new ArrayList<>();
                for (int i = 0; i < WARM_UP + MEASURED; i++) {
                    made.add(th.draft());
                }
                drafts.add(made);
            }
            // A whole pass untimed first: the services' JIT and the start's own work would weigh on "few".
            measure(th, viewed, drafts.get(0));
            Map<String, long[]> few = measure(th, viewed, drafts.get(1));
            Instant filled = Instant.now();
            long rows = fill(network, viewed);
            Duration filling = Duration.between(filled, Instant.now());
            Map<String, long[]> many = measure(th, viewed, drafts.get(2));
            write(few, many, rows, filling);
        }
    }

    /** Each call WARM_UP times untimed, then MEASURED times timed: nanoseconds by call. */
    private static Map<String, long[]> measure(FilingClient th, UUID viewed, List<UUID> drafts) {
        Map<String, long[]> timed = new LinkedHashMap<>();
        timed.put("`GET /requests?limit=20` (the API's list, first page)", times(i -> th.fetch("/requests?limit=20")));
        timed.put("`GET /requests/{id}` (a request's view)", times(i -> th.fetch("/requests/" + viewed)));
        timed.put("`POST /requests/{id}/actions/MARK_READY` (an action)", times(i -> th.markReady(drafts.get(i))));
        timed.put("`GET /console/requests` (the console's list, first page)", times(i -> th.fetch("/console/requests")));
        timed.put("`GET /console/requests?status=CLOSED` (the list narrowed to ended requests)",
                times(i -> th.fetch("/console/requests?status=CLOSED")));
        timed.put("`GET /console` (the worklist)", times(i -> th.fetch("/console")));
        return timed;
    }

    private interface Call {
        void run(int i);
    }

    private static long[] times(Call call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.run(i);
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            call.run(WARM_UP + i);
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    /**
     * {@value #STORED} copies of {@code template} in Thailand's database: ended (CLOSED) outgoing requests
     * of other prosecutors, created over the five years before now, then vacuumed and analysed as
     * autovacuum would.
     */
    private static long fill(LocalNetwork network, UUID template) throws Exception {
        try (Connection db = network.connectAsSuperuser("mla_th")) {
            List<String> columns = new ArrayList<>();
            try (PreparedStatement query = db.prepareStatement("select column_name from information_schema.columns"
                    + " where table_name = 'mla_request' and table_schema = 'public' order by ordinal_position");
                    ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    columns.add(found.getString(1));
                }
            }
            Map<String, String> made = Map.of(
                    "id", "gen_random_uuid()",
                    "correlation_id", "gen_random_uuid()",
                    "requester_reference", "'TH-BULK-' || n",
                    "status", "'CLOSED'",
                    "created_by", "'prosecutor-' || (n % 500)",
                    "created_at", "t.created_at - n * interval '157 seconds'",
                    "status_changed_at", "t.created_at - n * interval '157 seconds' + interval '30 days'");
            String selected = String.join(", ", columns.stream().map(c -> made.getOrDefault(c, "t." + c)).toList());
            try (PreparedStatement insert = db.prepareStatement("insert into mla_request (" + String.join(", ", columns)
                    + ") select " + selected + " from mla_request t, generate_series(1, ?) n where t.id = ?")) {
                insert.setInt(1, STORED);
                insert.setObject(2, template);
                long rows = insert.executeUpdate();
                try (Statement analyse = db.createStatement()) {
                    // What autovacuum would do after such a load anyway, done now rather than mid-measurement.
                    analyse.execute("vacuum analyze mla_request");
                }
                return rows;
            }
        }
    }

    private static void write(Map<String, long[]> few, Map<String, long[]> many, long rows, Duration filling)
            throws java.io.IOException {
        StringBuilder report = new StringBuilder("# Benchmark: the same calls with a million requests stored\n\n")
                .append(BenchmarkReport.measuredBy("LargeStoreBenchmark")).append('\n')
                .append("""
                        Thailand's prosecutor, one client over keep-alive HTTP, %d calls of each after %d untimed (and
                        after a whole untimed pass of every call), on the benchmark network (every service its own
                        process on this machine), timed at the client. First with only the %,d drafts the run made
                        before measuring (all under way, so in the prosecutor's worklist), then after %,d more
                        requests were written straight into Thailand's database (%d s, then `vacuum analyze`): ended
                        requests of 500 other prosecutors over five years. The goal: every p99 within 1.2x of the first.

                        | call | p50, few | p99, few | p50, 1M more | p99, 1M more | p99 ratio |
                        |---|---|---|---|---|---|
                        """.formatted(MEASURED, WARM_UP, 1 + 3 * (WARM_UP + MEASURED), rows,
                        filling.toSeconds()));
        few.forEach((call, small) -> {
            long[] large = many.get(call);
            Arrays.sort(small);
            Arrays.sort(large);
            report.append("| %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.2f |\n".formatted(call, millis(small, 50),
                    millis(small, 99), millis(large, 50), millis(large, 99), millis(large, 99) / millis(small, 99)));
        });
        BenchmarkReport.write("large-store.md", report.toString());
    }
}
