package org.counterpart.tracking.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.counterpart.events.ClockAlert;
import org.counterpart.events.Country;
import org.counterpart.events.RefusalGround;
import org.counterpart.events.figures.Count;
import org.counterpart.events.figures.Dimension;
import org.counterpart.events.figures.Figures.Aggregate;
import org.counterpart.events.figures.Figures.Aggregates;
import org.counterpart.events.figures.Figures.ClockFigure;
import org.counterpart.events.figures.Figures.Discrepancy;
import org.counterpart.events.figures.Figures.Gap;
import org.counterpart.events.figures.Figures.GroundFigure;
import org.counterpart.events.figures.Figures.PairReconciliation;
import org.counterpart.events.figures.Figures.Reconciliation;
import org.counterpart.events.figures.Figures.RefusalsByGround;
import org.counterpart.events.figures.Figures.RequestFigure;
import org.counterpart.events.figures.Figures.RequestList;
import org.counterpart.events.figures.Figures.Series;
import org.counterpart.events.figures.Figures.Side;
import org.counterpart.events.figures.Figures.StockAndFlow;
import org.counterpart.events.figures.Figures.StockAndFlows;
import org.counterpart.events.figures.Figures.TrendPoint;
import org.counterpart.events.figures.Figures.Trends;
import org.counterpart.events.figures.Outcome;
import org.counterpart.events.figures.Turnaround;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.events.workflow.RequestStatus;
import org.counterpart.tracking.figures.Disclosure.Rule;

/** The region's figures, computed by PostgreSQL over {@code request_fact} ({@link FigureStatements}), one query per figure. */
@ApplicationScoped
public class FigureQueries {

    private final EntityManager entityManager;

    FigureQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Aggregates aggregates(Dimension by, Period period, FigureFilter filter, Rule rule) {
        List<Object[]> groups = rows(filter, period, FigureStatements.aggregatesSql(by));
        List<Object[]> total = rows(filter, period, FigureStatements.totalSql());
        return new Aggregates(by, period.from(), period.to(), groups.stream().map(r -> aggregate(r, rule)).toList(),
                aggregate(total.get(0), rule));
    }

    public RefusalsByGround refusals(Period period, FigureFilter filter, Rule rule) {
        long decided = number(rows(filter, period, FigureStatements.DECIDED).get(0));
        Map<String, Long> cited = rows(filter, period, FigureStatements.GROUNDS).stream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> number(r[1])));
        List<GroundFigure> grounds = cited.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new GroundFigure(RefusalGround.valueOf(e.getKey()), rule.count(e.getValue()),
                        rule.rate(e.getValue(), decided)))
                .toList();
        return new RefusalsByGround(period.from(), period.to(), rule.count(decided), grounds);
    }

    /**
     * Each side's stock and flow. A request finalised before the requested side stored it (withdrawn on
     * the way) counts as finalised when it was stored, so each side's rows add up.
     */
    public StockAndFlows stockAndFlow(Period period, FigureFilter filter, Rule rule) {
        List<Object[]> rows = rows(filter, period, FigureStatements.STOCK_AND_FLOW);
        return new StockAndFlows(period.from(), period.to(), rows.stream().map(r -> {
            Map<Outcome, Count> finalised = new EnumMap<>(Outcome.class);
            Outcome[] outcomes = Outcome.values();
            for (int i = 0; i < outcomes.length; i++) {
                finalised.put(outcomes[i], rule.count(number(r[4 + i])));
            }
            return new StockAndFlow(Country.of((String) r[0]), Side.valueOf((String) r[1]), rule.count(number(r[2])),
                    rule.count(number(r[3])), finalised, rule.count(number(r[8])));
        }).toList());
    }

    /** Requests made and received per pair in the period, and every request one side counts and the other does not. */
    public Reconciliation reconciliation(Period period, FigureFilter filter, Rule rule) {
        List<PairReconciliation> pairs = rows(filter, period, FigureStatements.RECONCILED_PAIRS).stream()
                .map(r -> new PairReconciliation(Country.of((String) r[0]), Country.of((String) r[1]),
                        rule.count(number(r[2])), rule.count(number(r[3]))))
                .toList();
        long count = number(rows(filter, period, "select count(*) from request_fact where " + FigureStatements.DIFFERS).get(0));
        List<Discrepancy> listed = rows(filter, period, FigureStatements.DISCREPANCIES).stream().map(r -> {
                    Instant sent = instant(r[3]);
                    Instant stored = instant(r[4]);
                    boolean held = (Boolean) r[6];
                    boolean sentInPeriod = sent != null && !sent.isBefore(period.start()) && sent.isBefore(period.end());
                    Gap gap = stored == null ? (held ? Gap.HELD_AT_HUB : Gap.NOT_RETRIEVED)
                            : sentInPeriod ? Gap.RETRIEVED_IN_OTHER_PERIOD : Gap.TRANSMITTED_IN_OTHER_PERIOD;
                    return new Discrepancy((UUID) r[0], Country.of((String) r[1]), Country.of((String) r[2]), sent, stored,
                            status(r[5]), gap);
                }).toList();
        return new Reconciliation(period.from(), period.to(), pairs, rule.rows(count, listed), rule.count(count));
    }

    public Trends trends(Series series, Period period, FigureFilter filter, Rule rule) {
        Dimension by = series == Series.PAIR ? Dimension.PAIR : Dimension.EXPLOITATION_FORM;
        List<TrendPoint> points = rows(filter, period, FigureStatements.trendsSql(by)).stream()
                .map(r -> new TrendPoint((String) r[0], (String) r[1], rule.count(number(r[2])), rule.count(number(r[3]))))
                .toList();
        return new Trends(series, period.from(), period.to(), points);
    }

    /**
     * Requests transmitted in the period, newest first, with every clock; {@code overdueOnly}: the active
     * ones with a breached clock still running.
     */
    public RequestList requests(Period period, FigureFilter filter, boolean overdueOnly, Rule rule) {
        long total = number(rows(filter, period, FigureStatements.requestsCountSql(overdueOnly)).get(0));
        List<RequestFigure> requests = rows(filter, period, FigureStatements.requestsSql(overdueOnly)).stream()
                .map(FigureQueries::requestFigure).toList();
        return new RequestList(rule.count(total), rule.rows(total, requests));
    }

    private static RequestFigure requestFigure(Object[] r) {
        Map<Turnaround, Double> hours = new EnumMap<>(Turnaround.class);
        Turnaround[] clocks = Turnaround.values();
        for (int i = 0; i < clocks.length; i++) {
            hours.put(clocks[i], hours(r[11 + i]));
        }
        String breaches = (String) r[10];
        List<ClockAlert.Clock> breached = Arrays.stream(breaches.replaceAll("[\\[\\]\" ]", "").split(","))
                .filter(code -> !code.isEmpty()).map(ClockAlert.Clock::valueOf).toList();
        return new RequestFigure((UUID) r[0], Country.of((String) r[1]), Country.of((String) r[2]),
                r[3] == null ? null : CooperationKind.valueOf((String) r[3]),
                instant(r[4]), status(r[5]), instant(r[6]), hours, round(number(r[7]) / 3600.0), r[8] != null,
                r[9] == null ? null : Outcome.valueOf((String) r[9]), breached);
    }

    private static Aggregate aggregate(Object[] r, Rule rule) {
        long requests = number(r[1]);
        Map<Turnaround, ClockFigure> clocks = new EnumMap<>(Turnaround.class);
        int at = 3;
        for (Turnaround clock : Turnaround.values()) {
            long stopped = number(r[at]);
            // A median of fewer requests than the threshold would give one request's time away.
            boolean shown = stopped > 0 && stopped >= rule.threshold();
            clocks.put(clock, new ClockFigure(rule.count(stopped), shown ? hours(r[at + 1]) : null,
                    shown ? hours(r[at + 2]) : null));
            at += 3;
        }
        long breached = number(r[at]);
        long refused = number(r[at + 1]);
        long decided = number(r[at + 2]);
        long forwarded = number(r[at + 3]);
        long routed = number(r[at + 4]);
        long deficient = number(r[at + 5]);
        long infoRequested = number(r[at + 6]);
        return new Aggregate((String) r[0], rule.count(requests), rule.count(number(r[2])), clocks,
                rule.rate(breached, requests), rule.rate(refused, decided), rule.rate(forwarded, routed),
                rule.rate(deficient, requests), rule.rate(infoRequested, requests));
    }

    private List<Object[]> rows(FigureFilter filter, Period period, String sql) {
        Query query = entityManager.createNativeQuery(sql);
        FigureStatements.parameters(sql, filter, period.start(), period.end()).forEach(query::setParameter);
        List<?> result = query.getResultList();
        return result.stream().map(row -> row instanceof Object[] cells ? cells : new Object[] { row }).toList();
    }

    private static long number(Object value) {
        return value instanceof Object[] cells ? number(cells[0]) : ((Number) value).longValue();
    }

    private static Double hours(Object value) {
        return value == null ? null : round(((Number) value).doubleValue());
    }

    private static double round(double hours) {
        return Math.round(hours * 100) / 100.0;
    }

    private static RequestStatus status(Object value) {
        return value == null ? null : RequestStatus.valueOf((String) value);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }
}
