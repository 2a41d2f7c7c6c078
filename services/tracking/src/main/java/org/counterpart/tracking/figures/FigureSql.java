package org.counterpart.tracking.figures;

import org.counterpart.events.figures.Dimension;
import org.counterpart.events.figures.Turnaround;

/** How the figures' vocabulary reads over {@code request_fact}: each clock and each grouping as SQL. */
final class FigureSql {

    /** Each form of a request is a row of its own for the grouping by form. */
    private static final String FORMS = """
            cross join lateral jsonb_array_elements_text(case when jsonb_array_length(exploitation_forms) = 0
                then '["NOT_RECORDED"]'::jsonb else exploitation_forms end) as form(code)
            """;

    private FigureSql() {
    }

    /** The clock in hours; null while it runs. */
    static String hours(Turnaround clock) {
        return switch (clock) {
            case SUBMITTED_TO_TRANSMITTED -> "extract(epoch from (transmitted_at - submitted_at)) / 3600.0";
            case TRANSMITTED_TO_ACKNOWLEDGED -> "extract(epoch from (acknowledged_at - transmitted_at)) / 3600.0";
            case TRANSMITTED_TO_DECIDED -> "(extract(epoch from (decided_at - transmitted_at)) - decided_paused) / 3600.0";
            case TRANSMITTED_TO_EXECUTED -> "(extract(epoch from (executed_at - transmitted_at)) - executed_paused) / 3600.0";
            case TRANSMITTED_TO_CLOSED -> "(extract(epoch from (closed_at - transmitted_at)) - closed_paused) / 3600.0";
        };
    }

    /** The group's key. */
    static String key(Dimension by) {
        return switch (by) {
            case PAIR -> "requesting_country || '->' || requested_country";
            case KIND -> "coalesce(kind, 'NOT_RECORDED')";
            case MEASURE -> "coalesce(measure, 'NONE')";
            case LEGAL_BASIS -> "coalesce(legal_basis, 'NONE')";
            case URGENCY -> "coalesce(urgency, 'NOT_RECORDED')";
            case EXPLOITATION_FORM -> "form.code";
            case CONTACT_POINT -> "coalesce(misrouted_from, contact_point, 'NOT_ROUTED')";
            case MONTH -> "to_char(transmitted_at at time zone 'UTC', 'YYYY-MM')";
            case QUARTER -> "to_char(transmitted_at at time zone 'UTC', 'YYYY-\"Q\"Q')";
            case YEAR -> "to_char(transmitted_at at time zone 'UTC', 'YYYY')";
        };
    }

    /** What the grouping joins: the forms of exploitation, one row each. */
    static String join(Dimension by) {
        return by == Dimension.EXPLOITATION_FORM ? FORMS : "";
    }
}
