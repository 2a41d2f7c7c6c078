package org.counterpart.tracking.figures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.counterpart.events.Country;
import org.counterpart.events.figures.Dimension;
import org.counterpart.events.figures.Figures.Aggregates;
import org.counterpart.events.figures.Figures.Reconciliation;
import org.counterpart.events.figures.Figures.RefusalsByGround;
import org.counterpart.events.figures.Figures.RequestList;
import org.counterpart.events.figures.Figures.Series;
import org.counterpart.events.figures.Figures.StockAndFlows;
import org.counterpart.events.figures.Figures.Trends;
import org.counterpart.platform.problem.FieldError;
import org.counterpart.platform.security.Caller;
import org.counterpart.platform.security.Roles;
import org.counterpart.tracking.figures.FigureRequest.Question;

/**
 * The region's figures, as JSON for the dashboards and as CSV ({@code Accept: text/csv}) for export. A
 * regional analyst sees every pair; a national analyst the pairs their country is part of, with small
 * counts protected, as in every export.
 */
@Path("/figures")
@RolesAllowed(Roles.ANALYST)
public class FiguresResource {

    static final String CSV = "text/csv";

    private final FigureQueries queries;
    private final Disclosure disclosure;
    private final Caller caller;
    private final InstantSource clock;

    FiguresResource(FigureQueries queries, Disclosure disclosure, Caller caller, InstantSource clock) {
        this.queries = queries;
        this.disclosure = disclosure;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Path("/aggregates")
    @Produces(MediaType.APPLICATION_JSON)
    public Aggregates aggregates(@QueryParam("by") String by, @BeanParam FigureRequest request) {
        return aggregates(by, request, false);
    }

    @GET
    @Path("/aggregates")
    @Produces(CSV)
    public Response aggregatesCsv(@QueryParam("by") String by, @BeanParam FigureRequest request) {
        Aggregates figures = aggregates(by, request, true);
        return csv("aggregates-by-" + figures.by().name().toLowerCase(), figures.from() + "_" + figures.to(),
                FigureCsv.of(figures));
    }

    @GET
    @Path("/refusals")
    @Produces(MediaType.APPLICATION_JSON)
    public RefusalsByGround refusals(@BeanParam FigureRequest request) {
        return figure(request, false, queries::refusals);
    }

    @GET
    @Path("/refusals")
    @Produces(CSV)
    public Response refusalsCsv(@BeanParam FigureRequest request) {
        RefusalsByGround figures = figure(request, true, queries::refusals);
        return csv("refusals", figures.from() + "_" + figures.to(), FigureCsv.of(figures));
    }

    @GET
    @Path("/stock-and-flow")
    @Produces(MediaType.APPLICATION_JSON)
    public StockAndFlows stockAndFlow(@BeanParam FigureRequest request) {
        return figure(request, false, queries::stockAndFlow);
    }

    @GET
    @Path("/stock-and-flow")
    @Produces(CSV)
    public Response stockAndFlowCsv(@BeanParam FigureRequest request) {
        StockAndFlows figures = figure(request, true, queries::stockAndFlow);
        return csv("stock-and-flow", figures.from() + "_" + figures.to(), FigureCsv.of(figures));
    }

    @GET
    @Path("/reconciliation")
    @Produces(MediaType.APPLICATION_JSON)
    public Reconciliation reconciliation(@BeanParam FigureRequest request) {
        return figure(request, false, queries::reconciliation);
    }

    @GET
    @Path("/trends")
    @Produces(MediaType.APPLICATION_JSON)
    public Trends trends(@QueryParam("series") String series, @BeanParam FigureRequest request) {
        return trends(series, request, false);
    }

    @GET
    @Path("/trends")
    @Produces(CSV)
    public Response trendsCsv(@QueryParam("series") String series, @BeanParam FigureRequest request) {
        Trends figures = trends(series, request, true);
        return csv("trends-by-" + figures.series().name().toLowerCase(), figures.from() + "_" + figures.to(),
                FigureCsv.of(figures));
    }

    /** The pairs' requests made and received, as the page's first table; the requests behind a difference are {@code /figures/discrepancies}. */
    @GET
    @Path("/reconciliation")
    @Produces(CSV)
    public Response reconciliationCsv(@BeanParam FigureRequest request) {
        Reconciliation figures = figure(request, true, queries::reconciliation);
        return csv("reconciliation", figures.from() + "_" + figures.to(), FigureCsv.pairsOf(figures));
    }

    /** Every request one side counts in the period and the other does not, with why, at most {@value FigureQueries#LIST_LIMIT}. */
    @GET
    @Path("/discrepancies")
    @Produces(CSV)
    public Response discrepanciesCsv(@BeanParam FigureRequest request) {
        Reconciliation figures = figure(request, true, queries::reconciliation);
        return csv("discrepancies", figures.from() + "_" + figures.to(), FigureCsv.discrepanciesOf(figures));
    }

    /**
     * Requests transmitted in the period, newest first, at most {@value FigureQueries#LIST_LIMIT};
     * {@code overdue=true}: the active ones with a breached clock still running.
     */
    @GET
    @Path("/requests")
    @Produces(MediaType.APPLICATION_JSON)
    public RequestList requests(@QueryParam("overdue") String overdue, @BeanParam FigureRequest request) {
        return requests(overdue, request, false);
    }

    @GET
    @Path("/requests")
    @Produces(CSV)
    public Response requestsCsv(@QueryParam("overdue") String overdue, @BeanParam FigureRequest request) {
        RequestList figures = requests(overdue, request, true);
        Period period = request.period(clock);
        return csv("true".equals(overdue) ? "overdue-requests" : "requests", period.from() + "_" + period.to(),
                FigureCsv.of(figures));
    }

    private RequestList requests(String overdue, FigureRequest request, boolean export) {
        List<FieldError> errors = new ArrayList<>();
        boolean overdueOnly = FigureRequest.flag("overdue", overdue, errors);
        Question question = ask(request, errors);
        return queries.requests(question.period(), question.filter(), overdueOnly, disclosure.of(caller, export));
    }

    private Aggregates aggregates(String by, FigureRequest request, boolean export) {
        List<FieldError> errors = new ArrayList<>();
        Dimension dimension = FigureRequest.code(Dimension.class, "by", by, errors);
        Question question = ask(request, errors);
        return queries.aggregates(dimension == null ? Dimension.PAIR : dimension, question.period(), question.filter(),
                disclosure.of(caller, export));
    }

    private Trends trends(String series, FigureRequest request, boolean export) {
        List<FieldError> errors = new ArrayList<>();
        Series chosen = FigureRequest.code(Series.class, "series", series, errors);
        Question question = ask(request, errors);
        return queries.trends(chosen == null ? Series.EXPLOITATION_FORM : chosen, question.period(), question.filter(),
                disclosure.of(caller, export));
    }

    private interface Query<T> {
        T run(Period period, FigureFilter filter, Disclosure.Rule rule);
    }

    private <T> T figure(FigureRequest request, boolean export, Query<T> query) {
        Question question = ask(request, new ArrayList<>());
        return query.run(question.period(), question.filter(), disclosure.of(caller, export));
    }

    /** The period and filters of the question, or one problem naming every parameter that is not one. */
    private Question ask(FigureRequest request, List<FieldError> errors) {
        return request.read(scope(), clock, errors);
    }

    private Country scope() {
        return caller.isRegional() ? null : caller.country();
    }

    private static Response csv(String name, String span, String body) {
        return Response.ok(body, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"counterpart-" + name + "-" + span + ".csv\"")
                .build();
    }
}
