package org.counterpart.console.figures;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.counterpart.console.ConsoleUser;
import org.counterpart.console.TermLabels;
import org.counterpart.events.ExploitationForm;
import org.counterpart.events.figures.Dimension;
import org.counterpart.events.figures.Figures.Aggregate;
import org.counterpart.events.figures.Figures.Aggregates;
import org.counterpart.events.figures.Figures.Series;
import org.counterpart.events.figures.Figures.Trends;
import org.counterpart.events.figures.Turnaround;
import org.counterpart.platform.problem.FieldError;
import org.counterpart.platform.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Asks tracking for every figure of the dashboard, with the analyst's own token, and lays them out: the
 * pair matrix, the trends, stock and flow, the reconciliation and the overdue list.
 */
@ApplicationScoped
public class FiguresDashboard {

    private static final Logger LOG = Logger.getLogger(FiguresDashboard.class);

    private final RegionFigures figures;
    private final int threshold;

    FiguresDashboard(@RestClient RegionFigures figures,
            @ConfigProperty(name = "counterpart.figures.small-count-threshold", defaultValue = "5") int threshold) {
        this.figures = figures;
        this.threshold = threshold;
    }

    public Dashboard of(ConsoleUser user, FigureQuery query, Turnaround clock) {
        String bearer = "Bearer " + user.accessToken().orElseThrow();
        try {
            Aggregates pairs = figures.aggregates(bearer, Dimension.PAIR, query);
            Trends forms = figures.trends(bearer, Series.EXPLOITATION_FORM, query);
            Trends routes = figures.trends(bearer, Series.PAIR, query);
            List<String> requesting = new ArrayList<>(new TreeSet<>(pairs.groups().stream()
                    .map(g -> g.group().split("->")[0]).toList()));
            List<String> requested = new ArrayList<>(new TreeSet<>(pairs.groups().stream()
                    .map(g -> g.group().split("->")[1]).toList()));
            FigureMessages words = MessageBundles.get(FigureMessages.class, Localized.Literal.of(user.languageTag()));
            TermLabels terms = MessageBundles.get(TermLabels.class, Localized.Literal.of(user.languageTag()));
            Dashboard.Charts charts = new Dashboard.Charts(
                    ChartOptions.pairs(pairs.groups(), clock, words.clockOf(clock), requesting, requested),
                    ChartOptions.trend(forms, name -> formName(terms, name)),
                    ChartOptions.trend(routes, name -> name));
            return new Dashboard(query, clock, threshold, pairs, matrix(pairs, clock, requesting, requested), requested,
                    forms, routes, figures.stockAndFlow(bearer, query), figures.reconciliation(bearer, query),
                    figures.requests(bearer, true, query), charts, List.of(), false);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 400) {
                return refused(query, clock, e.getResponse().readEntity(Problem.class).errors());
            }
            LOG.warnf("tracking answered %d to the dashboard", e.getResponse().getStatus());
            return unavailable(query, clock);
        } catch (ProcessingException e) {
            LOG.warnf("tracking did not answer the dashboard: %s", e.getMessage());
            return unavailable(query, clock);
        }
    }

    /** One figure as tracking exports it, for the page's download links; a problem comes back as tracking said it. */
    public Response csv(ConsoleUser user, ExportedFigure figure, Dimension by, Series series, Boolean overdue,
            FigureQuery query) {
        try (Response exported = figures.csv("Bearer " + user.accessToken().orElseThrow(), figure.path(), by, series,
                overdue, query)) {
            return Response.ok(exported.readEntity(String.class), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", exported.getHeaderString("Content-Disposition")).build();
        } catch (WebApplicationException e) {
            return Response.status(e.getResponse().getStatus()).type("application/problem+json")
                    .entity(e.getResponse().readEntity(String.class)).build();
        }
    }

    private static List<Dashboard.MatrixRow> matrix(Aggregates pairs, Turnaround clock, List<String> requesting,
            List<String> requested) {
        List<Dashboard.MatrixRow> rows = new ArrayList<>();
        for (String from : requesting) {
            List<Dashboard.MatrixCell> cells = new ArrayList<>();
            for (String to : requested) {
                Aggregate pair = pairs.groups().stream().filter(g -> g.group().equals(from + "->" + to)).findFirst()
                        .orElse(null);
                cells.add(new Dashboard.MatrixCell(to, pair == null ? null : pair.clocks().get(clock)));
            }
            rows.add(new Dashboard.MatrixRow(from, cells));
        }
        return rows;
    }

    private static String formName(TermLabels terms, String code) {
        for (ExploitationForm form : ExploitationForm.values()) {
            if (form.name().equals(code)) {
                return terms.exploitationOf(form);
            }
        }
        return code;
    }

    private Dashboard refused(FigureQuery query, Turnaround clock, List<FieldError> errors) {
        return new Dashboard(query, clock, threshold, null, List.of(), List.of(), null, null, null, null, null, null,
                errors, false);
    }

    private Dashboard unavailable(FigureQuery query, Turnaround clock) {
        return new Dashboard(query, clock, threshold, null, List.of(), List.of(), null, null, null, null, null, null,
                List.of(), true);
    }
}
