package org.counterpart.console.figures;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.ExploitationForm;
import org.counterpart.events.figures.Figures.Aggregates;
import org.counterpart.events.figures.Figures.ClockFigure;
import org.counterpart.events.figures.Figures.Reconciliation;
import org.counterpart.events.figures.Figures.RequestList;
import org.counterpart.events.figures.Figures.StockAndFlows;
import org.counterpart.events.figures.Figures.Trends;
import org.counterpart.events.figures.Outcome;
import org.counterpart.events.figures.Turnaround;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.platform.problem.FieldError;

/**
 * The dashboard as one page shows it: the filters as given, each figure tracking answered, and the charts'
 * options (ECharts, as JSON for the page's script). {@code errors} are tracking's answer to filters that
 * are not ones; {@code unavailable} that it did not answer at all. Either way no figure is shown.
 */
public record Dashboard(
        FigureQuery query,
        Turnaround clock,
        int threshold,
        Aggregates pairs,
        List<MatrixRow> matrix,
        List<String> matrixColumns,
        Trends formTrend,
        Trends routeTrend,
        StockAndFlows flows,
        Reconciliation reconciliation,
        RequestList overdue,
        Charts charts,
        List<FieldError> errors,
        boolean unavailable) {

    /** A requesting country's row of the pair matrix: one cell per requested country, empty where no request went. */
    public record MatrixRow(String requesting, List<MatrixCell> cells) {
    }

    /** The chosen clock of the pair's requests; null where no request went. */
    public record MatrixCell(String requested, ClockFigure clock) {
    }

    /** Each chart's ECharts option, as JSON. */
    public record Charts(String pairs, String formTrend, String routeTrend) {
    }

    public List<CooperationKind> kinds() {
        return List.of(CooperationKind.values());
    }

    public List<AssistanceType> measures() {
        return List.of(AssistanceType.values());
    }

    public List<ExploitationForm> forms() {
        return List.of(ExploitationForm.values());
    }

    public List<Turnaround> clocks() {
        return List.of(Turnaround.values());
    }

    public List<Outcome> outcomes() {
        return List.of(Outcome.values());
    }

    /** The form of exploitation a trend's series names; none for "not recorded". */
    public ExploitationForm form(String series) {
        return Arrays.stream(ExploitationForm.values()).filter(f -> f.name().equals(series)).findFirst().orElse(null);
    }

    public boolean shown() {
        return errors.isEmpty() && !unavailable;
    }

    /** The export link of {@code figure}, carrying the page's filters. */
    public String export(String figure, Map<String, String> extra) {
        StringBuilder link = new StringBuilder("/console/figures/export/").append(figure);
        char separator = '?';
        for (Map.Entry<String, String> parameter : extra.entrySet()) {
            link.append(separator).append(parameter.getKey()).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        for (Map.Entry<String, String> parameter : query.given().entrySet()) {
            link.append(separator).append(parameter.getKey()).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return link.toString();
    }

    public String export(String figure) {
        return export(figure, Map.of());
    }

    public String exportSeries(String series) {
        return export("trends", Map.of("series", series));
    }

    public String exportOverdue() {
        return export("requests", Map.of("overdue", "true"));
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
