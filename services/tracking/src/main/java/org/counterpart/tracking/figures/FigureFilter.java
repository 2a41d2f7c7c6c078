package org.counterpart.tracking.figures;

import java.util.HashMap;
import java.util.Map;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Country;
import org.counterpart.events.ExploitationForm;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.Urgency;
import org.counterpart.events.workflow.CooperationKind;

/**
 * Which requests a figure counts: the reader's scope (a national analyst's country, or the whole region)
 * and the filters chosen on the dashboard. Null means "any".
 */
public record FigureFilter(
        Country scope,
        Country requesting,
        Country requested,
        CooperationKind kind,
        AssistanceType measure,
        LegalBasis legalBasis,
        Urgency urgency,
        ExploitationForm exploitationForm) {

    /** Everything in the reader's scope. */
    public static FigureFilter within(Country scope) {
        return new FigureFilter(scope, null, null, null, null, null, null, null);
    }

    /** The SQL condition over {@code request_fact}; every value is a parameter, given by {@link #parameters}. */
    static final String WHERE = """
            (cast(:scope as text) is null or requesting_country = :scope or requested_country = :scope)
            and (cast(:requesting as text) is null or requesting_country = :requesting)
            and (cast(:requested as text) is null or requested_country = :requested)
            and (cast(:kind as text) is null or kind = :kind)
            and (cast(:measure as text) is null or measure = :measure)
            and (cast(:legalBasis as text) is null or legal_basis = :legalBasis)
            and (cast(:urgency as text) is null or urgency = :urgency)
            and (cast(:exploitationForm as text) is null or exploitation_forms @> jsonb_build_array(cast(:exploitationForm as text)))
            """;

    /** Every value of {@link #WHERE}, by name. */
    Map<String, Object> parameters() {
        Map<String, Object> values = new HashMap<>();
        values.put("scope", code(scope));
        values.put("requesting", code(requesting));
        values.put("requested", code(requested));
        values.put("kind", name(kind));
        values.put("measure", name(measure));
        values.put("legalBasis", name(legalBasis));
        values.put("urgency", name(urgency));
        values.put("exploitationForm", name(exploitationForm));
        return values;
    }

    private static String code(Country country) {
        return country == null ? null : country.code();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
