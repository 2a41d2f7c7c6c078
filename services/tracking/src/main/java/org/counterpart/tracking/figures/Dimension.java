package org.counterpart.tracking.figures;

/**
 * What the aggregates are grouped by, as the SQL expression of the group's key. A request of several
 * forms of exploitation counts once in each of its forms; one with none recorded counts as
 * {@code NOT_RECORDED}.
 */
public enum Dimension {
    PAIR("requesting_country || '->' || requested_country"),
    KIND("coalesce(kind, 'NOT_RECORDED')"),
    MEASURE("coalesce(measure, 'NONE')"),
    LEGAL_BASIS("coalesce(legal_basis, 'NONE')"),
    URGENCY("coalesce(urgency, 'NOT_RECORDED')"),
    EXPLOITATION_FORM("form.code"),
    CONTACT_POINT("coalesce(misrouted_from, contact_point, 'NOT_ROUTED')"),
    MONTH("to_char(transmitted_at at time zone 'UTC', 'YYYY-MM')"),
    QUARTER("to_char(transmitted_at at time zone 'UTC', 'YYYY-\"Q\"Q')"),
    YEAR("to_char(transmitted_at at time zone 'UTC', 'YYYY')");

    /** Each form of a request is a row of its own for the grouping by form. */
    static final String FORMS = """
            cross join lateral jsonb_array_elements_text(case when jsonb_array_length(exploitation_forms) = 0
                then '["NOT_RECORDED"]'::jsonb else exploitation_forms end) as form(code)
            """;

    private final String key;

    Dimension(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    String join() {
        return this == EXPLOITATION_FORM ? FORMS : "";
    }
}
