package org.counterpart.mla.console;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.counterpart.events.Country;
import org.counterpart.platform.problem.FieldError;

/**
 * What the draft form shows besides the typed values: where the draft would go (the hub's preview), and
 * which written parts the completeness rule asks of this measure, so the form asks for those and no more.
 */
public record DraftPage(Country requested, Optional<HubRoutingPreview.Preview> preview, boolean previewAsked,
        List<DraftField> fields, boolean asksPersons, boolean asksQuestions) {

    /** The general parts every MLA request has, in the order of a letter of request. */
    private static final List<DraftField> ALWAYS = List.of(DraftField.REQUESTING_AUTHORITY,
            DraftField.INVESTIGATING_AUTHORITY, DraftField.PURPOSE, DraftField.MATTER_STATUS, DraftField.MAXIMUM_PENALTY,
            DraftField.LAW_TEXT, DraftField.ACTS_TO_ESTABLISH);

    /**
     * The general parts, then every other part the rule finds missing ({@code gaps}) or the drafter already
     * wrote ({@code form}): a measure's own parts appear once it is chosen and saved.
     */
    public static DraftPage of(Country requested, Optional<HubRoutingPreview.Preview> preview, boolean previewAsked,
            List<FieldError> gaps, DraftForm form) {
        List<DraftField> fields = Arrays.stream(DraftField.values())
                .filter(f -> ALWAYS.contains(f) || gaps.stream().anyMatch(g -> g.field().equals(f.path()))
                        || !form.value(f.formName()).isBlank())
                .toList();
        boolean persons = gaps.stream().anyMatch(g -> g.field().startsWith("content.persons"))
                || form.persons().stream().anyMatch(p -> !p.blank());
        boolean questions = gaps.stream().anyMatch(g -> g.field().equals("content.questions"))
                || !form.value("questions").isBlank();
        return new DraftPage(requested, preview, previewAsked, fields, persons, questions);
    }

    /** The written part an error's path names, if it is one of the form's ({@code content.purpose}). */
    public DraftField fieldAt(String path) {
        return Arrays.stream(DraftField.values()).filter(f -> f.path().equals(path)).findFirst().orElse(null);
    }
}
