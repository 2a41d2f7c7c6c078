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

    /** Whether the figures count {@code fact}. */
    boolean matches(Fact fact) {
        return (scope == null || scope.equals(fact.requesting()) || scope.equals(fact.requested()))
                && (requesting == null || requesting.equals(fact.requesting()))
                && (requested == null || requested.equals(fact.requested()))
                && (kind == null || kind == fact.kind())
                && (measure == null || measure == fact.measure())
                && (legalBasis == null || legalBasis == fact.legalBasis())
                && (urgency == null || urgency == fact.urgency())
                && (exploitationForm == null || fact.forms().contains(exploitationForm));
    }
}
