package org.counterpart.tracking.figures;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.counterpart.events.figures.Dimension;
import org.counterpart.events.figures.Turnaround;

/**
 * The dashboard's SQL over {@code request_fact}, and the values each statement is given:
 * {@link FigureQueries} binds them by name; the figures benchmark asks PostgreSQL to explain the same
 * statements over JDBC with positional parameters (this class needs nothing but the JDK and events, so
 * the benchmark can load it). Aggregates, refusals and trends count the requests transmitted in the
 * period (a cohort); stock and flow and the reconciliation count what happened in the period.
 */
public final class FigureStatements {

    /** The longest list a reader gets at once; the count says how many there are in all. */
    public static final int LIST_LIMIT = 500;

    static final String COHORT = "transmitted_at >= :start and transmitted_at < :end and ";

    static final String DECIDED = "select count(decided_at) from request_fact where " + COHORT + FigureFilter.WHERE;
    static final String GROUNDS = """
            select ground.code, count(*)
            from request_fact cross join lateral jsonb_array_elements_text(refusal_grounds) as ground(code)
            where outcome = 'REFUSED' and %s %s
            group by 1
            """.formatted(COHORT, FigureFilter.WHERE);
    static final String STOCK_AND_FLOW = """
                with side as (
                    select requesting_country as country, 'MADE' as side, transmitted_at as started_at,
                           case when finalised_at is not null then greatest(finalised_at, transmitted_at) end as ended_at, outcome
                    from request_fact where transmitted_at < :end and %1$s
                    union all
                    select requested_country, 'RECEIVED', retrieved_at,
                           case when finalised_at is not null then greatest(finalised_at, retrieved_at) end, outcome
                    from request_fact where retrieved_at < :end and %1$s)
                select country, side,
                       count(*) filter (where started_at < :start and (ended_at is null or ended_at >= :start)),
                       count(*) filter (where started_at >= :start),
                       count(*) filter (where ended_at >= :start and ended_at < :end and outcome = 'EXECUTED'),
                       count(*) filter (where ended_at >= :start and ended_at < :end and outcome = 'REFUSED'),
                       count(*) filter (where ended_at >= :start and ended_at < :end and outcome = 'WITHDRAWN'),
                       count(*) filter (where ended_at >= :start and ended_at < :end and outcome = 'OTHER'),
                       count(*) filter (where ended_at is null or ended_at >= :end)
                from side
                where cast(:scope as text) is null or country = :scope
                group by country, side
                order by country, side
                """.formatted(FigureFilter.WHERE);
    static final String TRANSMITTED_IN_PERIOD = "(transmitted_at >= :start and transmitted_at < :end)";
    static final String RETRIEVED_IN_PERIOD = "(retrieved_at >= :start and retrieved_at < :end)";
    static final String RECONCILED_PAIRS = """
            select requesting_country, requested_country,
                   count(*) filter (where %1$s), count(*) filter (where %2$s)
            from request_fact
            where (%1$s or %2$s) and %3$s
            group by 1, 2 order by 1, 2
            """.formatted(TRANSMITTED_IN_PERIOD, RETRIEVED_IN_PERIOD, FigureFilter.WHERE);
    /** Counted by one side in the period and not by the other. */
    static final String DIFFERS = "coalesce(%s, false) <> coalesce(%s, false) and %s"
            .formatted(TRANSMITTED_IN_PERIOD, RETRIEVED_IN_PERIOD, FigureFilter.WHERE);
    static final String DISCREPANCIES = """
            select request_id, requesting_country, requested_country, transmitted_at, retrieved_at, status,
                   unroutable_at is not null and routed_at is null
            from request_fact
            where %s
            order by coalesce(transmitted_at, retrieved_at), request_id
            limit %d
            """.formatted(DIFFERS, LIST_LIMIT);

    /** A named parameter; {@code ::} (a cast) is not one. */
    private static final Pattern NAMED = Pattern.compile("(?<!:):(\\w+)");

    private FigureStatements() {
    }

    /** A statement for JDBC: {@code ?} for each parameter, and its values in order. */
    public record Positional(String sql, List<Object> values) {
    }

    static String aggregatesSql(Dimension by) {
        return """
                select %s, %s
                from request_fact %s
                where %s %s
                group by 1 order by 1
                """.formatted(FigureSql.key(by), measures(), FigureSql.join(by), COHORT, FigureFilter.WHERE);
    }

    static String totalSql() {
        return "select 'TOTAL', %s from request_fact where %s %s".formatted(measures(), COHORT, FigureFilter.WHERE);
    }

    static String trendsSql(Dimension by) {
        return """
                select %s, %s, count(*), coalesce(sum(victim_count), 0)
                from request_fact %s
                where %s %s
                group by 1, 2 order by 1, 2
                """.formatted(FigureSql.key(Dimension.MONTH), FigureSql.key(by), FigureSql.join(by), COHORT,
                FigureFilter.WHERE);
    }

    /**
     * Active, with a breached clock that has not stopped since: an acknowledgement, a decision or the
     * execution still owed; or a wanted-by date, a treaty window or a verification deadline passed.
     */
    static final String OVERDUE = """
            and finalised_at is null and (
                breaches @> '["ACKNOWLEDGE"]' and acknowledged_at is null
                or breaches @> '["DECIDE"]' and decided_at is null
                or breaches @> '["EXECUTE"]' and executed_at is null
                or breaches @> '["WANTED_BY"]' or breaches @> '["FULL_REQUEST"]'
                or breaches @> '["VERIFY_NATIONALITY"]')
            """;

    static String requestsCountSql(boolean overdueOnly) {
        return "select count(*) from request_fact where %s %s %s".formatted(COHORT, FigureFilter.WHERE,
                overdueOnly ? OVERDUE : "");
    }

    static String requestsSql(boolean overdueOnly) {
        String clocks = Arrays.stream(Turnaround.values()).map(FigureSql::hours).collect(Collectors.joining(", "));
        return """
                select request_id, requesting_country, requested_country, kind, transmitted_at, status, status_at,
                       paused_seconds, paused_since, outcome, cast(breaches as text), %s
                from request_fact
                where %s %s %s
                order by transmitted_at desc, request_id
                limit %d
                """.formatted(clocks, COHORT, FigureFilter.WHERE,
                overdueOnly ? OVERDUE : "", LIST_LIMIT);
    }

    /** Every statement the dashboard runs, by what it computes. */
    static Map<String, String> statements() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("aggregates by pair", aggregatesSql(Dimension.PAIR));
        all.put("aggregates, total", totalSql());
        all.put("aggregates by form of exploitation", aggregatesSql(Dimension.EXPLOITATION_FORM));
        all.put("refusals: decided", DECIDED);
        all.put("refusals by ground", GROUNDS);
        all.put("stock and flow", STOCK_AND_FLOW);
        all.put("reconciliation: pairs", RECONCILED_PAIRS);
        all.put("reconciliation: count of discrepancies", "select count(*) from request_fact where " + DIFFERS);
        all.put("reconciliation: discrepancies", DISCREPANCIES);
        all.put("trends by form of exploitation", trendsSql(Dimension.EXPLOITATION_FORM));
        all.put("trends by route", trendsSql(Dimension.PAIR));
        all.put("requests", requestsSql(false));
        all.put("requests: count", requestsCountSql(false));
        all.put("overdue requests", requestsSql(true));
        all.put("overdue requests: count", requestsCountSql(true));
        return all;
    }

    static String measures() {
        List<String> columns = new ArrayList<>(List.of("count(*)", "coalesce(sum(victim_count), 0)"));
        for (Turnaround clock : Turnaround.values()) {
            columns.add("count(%s)".formatted(FigureSql.hours(clock)));
            columns.add("percentile_cont(0.5) within group (order by %s)".formatted(FigureSql.hours(clock)));
            columns.add("percentile_cont(0.9) within group (order by %s)".formatted(FigureSql.hours(clock)));
        }
        columns.addAll(List.of(
                "count(*) filter (where jsonb_array_length(breaches) > 0)",
                "count(*) filter (where outcome = 'REFUSED')", "count(decided_at)",
                "count(forwarded_at)", "count(routed_at)",
                "count(*) filter (where deficient_returns > 0)",
                "count(*) filter (where info_requests > 0)"));
        return String.join(",\n       ", columns);
    }

    /** Every statement of the dashboard for the whole region over {@code [start, end)}, ready to explain. */
    public static Map<String, Positional> forRegion(Instant start, Instant end) {
        Map<String, Positional> all = new LinkedHashMap<>();
        statements().forEach((name, sql) -> all.put(name, positional(sql, FigureFilter.within(null), start, end)));
        return all;
    }

    /** The values of the parameters {@code sql} names. */
    static Map<String, Object> parameters(String sql, FigureFilter filter, Instant start, Instant end) {
        Map<String, Object> given = new HashMap<>(filter.parameters());
        given.put("start", start);
        given.put("end", end);
        Map<String, Object> used = new HashMap<>();
        Matcher named = NAMED.matcher(sql);
        while (named.find()) {
            used.put(named.group(1), given.get(named.group(1)));
        }
        return used;
    }

    static Positional positional(String sql, FigureFilter filter, Instant start, Instant end) {
        Map<String, Object> given = parameters(sql, filter, start, end);
        List<Object> values = new ArrayList<>();
        Matcher named = NAMED.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (named.find()) {
            Object value = given.get(named.group(1));
            values.add(value instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : value);
            named.appendReplacement(out, "?");
        }
        named.appendTail(out);
        return new Positional(out.toString(), values);
    }
}
