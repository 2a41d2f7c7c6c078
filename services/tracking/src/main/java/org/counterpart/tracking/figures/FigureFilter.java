package org.counterpart.tracking.figures;

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

    /**
     * Whether the figures count the fact in {@code slot}: the scope is read from the table's columns, and
     * the fact itself only when a filter was chosen, so a figure of everything in scope reads no fact.
     */
    boolean matches(FactTable table, int slot) {
        return inScope(table.requesting(slot), table.requested(slot)) && (!narrowed() || passes(table.fact(slot)));
    }

    private boolean inScope(Country from, Country to) {
        return scope == null || scope.equals(from) || scope.equals(to);
    }

    /** Whether a filter of the dashboard was chosen, beyond the reader's scope. */
    private boolean narrowed() {
        return requesting != null || requested != null || kind != null || measure != null || legalBasis != null
                || urgency != null || exploitationForm != null;
    }

    private boolean passes(Fact fact) {
        return (requesting == null || requesting.equals(fact.requesting()))
                && (requested == null || requested.equals(fact.requested()))
                && (kind == null || kind == fact.kind())
                && (measure == null || measure == fact.measure())
                && (legalBasis == null || legalBasis == fact.legalBasis())
                && (urgency == null || urgency == fact.urgency())
                && (exploitationForm == null || fact.forms().contains(exploitationForm));
    }
}
