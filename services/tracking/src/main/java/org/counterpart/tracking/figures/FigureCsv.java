package org.counterpart.tracking.figures;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.counterpart.events.figures.Figures;
import org.counterpart.events.figures.Figures.Aggregate;
import org.counterpart.events.figures.Figures.Aggregates;
import org.counterpart.events.figures.Figures.Reconciliation;
import org.counterpart.events.figures.Figures.RefusalsByGround;
import org.counterpart.events.figures.Figures.RequestFigure;
import org.counterpart.events.figures.Figures.RequestList;
import org.counterpart.events.figures.Figures.StockAndFlows;
import org.counterpart.events.figures.Figures.Trends;
import org.counterpart.events.figures.Outcome;
import org.counterpart.events.figures.Turnaround;

/**
 * Every figure as a CSV table (RFC 4180, a header row, one row per cell of the page's table), for the
 * statisticians' own tools. Counts below the threshold are written as the page shows them, {@code < 5}.
 */
final class FigureCsv {

    private FigureCsv() {
    }

    static String of(Aggregates figures) {
        List<String> header = new ArrayList<>(List.of(figures.by().name().toLowerCase(), "requests", "victims"));
        for (Turnaround clock : Turnaround.values()) {
            String name = clock.name().toLowerCase();
            header.addAll(List.of(name + "_stopped", name + "_median_hours", name + "_p90_hours"));
        }
        header.addAll(List.of("breach_rate", "refusal_rate", "misroute_rate", "deficient_return_rate", "info_request_rate"));
        List<List<Object>> rows = new ArrayList<>();
        figures.groups().forEach(group -> rows.add(row(group)));
        rows.add(row(figures.total()));
        return table(header, rows);
    }

    private static List<Object> row(Aggregate a) {
        List<Object> row = new ArrayList<>(List.of(a.group(), a.requests(), a.victims()));
        for (Turnaround clock : Turnaround.values()) {
            Figures.ClockFigure figure = a.clocks().get(clock);
            row.add(figure.stopped());
            row.add(figure.medianHours());
            row.add(figure.p90Hours());
        }
        row.add(a.breachRate());
        row.add(a.refusalRate());
        row.add(a.misrouteRate());
        row.add(a.deficientReturnRate());
        row.add(a.infoRequestRate());
        return row;
    }

    static String of(RefusalsByGround figures) {
        List<List<Object>> rows = new ArrayList<>();
        figures.grounds().forEach(g -> rows.add(List.of(g.ground(), g.refusals(), figures.decided(),
                nullable(g.rateOfDecided()))));
        return table(List.of("ground", "refusals", "decided", "rate_of_decided"), rows);
    }

    static String of(StockAndFlows figures) {
        List<String> header = new ArrayList<>(List.of("country", "side", "active_at_start", "new"));
        for (Outcome outcome : Outcome.values()) {
            header.add("finalised_" + outcome.name().toLowerCase());
        }
        header.add("active_at_end");
        List<List<Object>> rows = new ArrayList<>();
        figures.rows().forEach(r -> {
            List<Object> row = new ArrayList<>(List.of(r.country(), r.side(), r.activeAtStart(), r.opened()));
            for (Outcome outcome : Outcome.values()) {
                row.add(r.finalised().get(outcome));
            }
            row.add(r.activeAtEnd());
            rows.add(row);
        });
        return table(header, rows);
    }

    static String pairsOf(Reconciliation figures) {
        List<List<Object>> rows = new ArrayList<>();
        figures.pairs().forEach(p -> rows.add(List.of(p.requesting(), p.requested(), p.made(), p.received())));
        return table(List.of("requesting_country", "requested_country", "made", "received"), rows);
    }

    static String discrepanciesOf(Reconciliation figures) {
        List<List<Object>> rows = new ArrayList<>();
        figures.discrepancies().forEach(d -> rows.add(List.of(d.requestId(), d.requesting(), d.requested(),
                nullable(d.transmittedAt()), nullable(d.retrievedAt()), nullable(d.status()), d.gap())));
        return table(List.of("request_id", "requesting_country", "requested_country", "transmitted_at", "retrieved_at",
                "status", "gap"), rows);
    }

    static String of(Trends figures) {
        List<List<Object>> rows = new ArrayList<>();
        figures.points().forEach(p -> rows.add(List.of(p.month(), p.series(), p.requests(), p.victims())));
        return table(List.of("month", figures.series().name().toLowerCase(), "requests", "victims"), rows);
    }

    static String of(RequestList list) {
        List<RequestFigure> requests = list.requests();
        List<String> header = new ArrayList<>(List.of("request_id", "requesting_country", "requested_country", "kind",
                "transmitted_at", "status", "status_at"));
        for (Turnaround clock : Turnaround.values()) {
            header.add(clock.name().toLowerCase() + "_hours");
        }
        header.addAll(List.of("paused_hours", "outcome", "breaches"));
        List<List<Object>> rows = new ArrayList<>();
        requests.forEach(r -> {
            List<Object> row = new ArrayList<>(List.of(r.requestId(), r.requestingCountry(), r.requestedCountry(),
                    nullable(r.kind()), r.transmittedAt(), nullable(r.status()), nullable(r.statusAt())));
            for (Turnaround clock : Turnaround.values()) {
                row.add(r.hours().get(clock));
            }
            row.add(r.pausedHours());
            row.add(r.outcome());
            row.add(String.join(" ", r.breaches().stream().map(Enum::name).toList()));
            rows.add(row);
        });
        return table(header, rows);
    }

    /** {@code List.of} refuses nulls; an empty cell is what a missing figure is in CSV. */
    private static Object nullable(Object value) {
        return value == null ? "" : value;
    }

    private static String table(List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
