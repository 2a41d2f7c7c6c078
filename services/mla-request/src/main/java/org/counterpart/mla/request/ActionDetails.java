package org.counterpart.mla.request;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.counterpart.events.RefusalGround;
import org.counterpart.events.Surrender;
import org.counterpart.events.TeamMember;
import org.counterpart.events.workflow.ActionField;
import org.counterpart.events.workflow.Transition;
import org.counterpart.events.workflow.Workflow;
import org.counterpart.platform.problem.FieldError;

/**
 * What an action says besides its name: a note, the counterpart's reference, refusal grounds, a date,
 * where to forward, who joins or leaves a joint team, the surrender agreed, whether non-punishment applies.
 */
public record ActionDetails(
        @Size(max = 4000) String note,
        @Size(max = 64) String counterpartReference,
        List<RefusalGround> refusalGrounds,
        LocalDate until,
        @Size(max = 40) String forwardTo,
        @Size(max = 100) List<TeamMember> members,
        Surrender surrender,
        Boolean nonPunishment) {

    public static final ActionDetails NONE = new ActionDetails(null, null, null, null, null, null, null, null);

    /** Everything {@code row} of {@code workflow} requires that is missing or not allowed, all at once. */
    List<FieldError> missingFor(Workflow workflow, Transition row, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        String toDoIt = "is required to " + row.action().verb();
        for (ActionField field : row.requires()) {
            switch (field) {
                case NOTE -> requireText(errors, field, note, toDoIt);
                case COUNTERPART_REFERENCE -> requireText(errors, field, counterpartReference, toDoIt);
                case UNTIL -> {
                    if (until == null) {
                        errors.add(new FieldError(field.field(), toDoIt));
                    } else if (!until.isAfter(today)) {
                        errors.add(new FieldError(field.field(), "must be a future date"));
                    }
                }
                case REFUSAL_GROUNDS -> {
                    if (refusalGrounds == null || refusalGrounds.isEmpty()) {
                        errors.add(new FieldError(field.field(), "at least one ground " + toDoIt));
                    } else if (!workflow.refusalGrounds().containsAll(refusalGrounds)) {
                        errors.add(new FieldError(field.field(), "a " + workflow.kind() + " request is refused on "
                                + workflow.refusalGrounds()));
                    }
                }
                case MEMBERS -> checkMembers(errors, field, toDoIt);
                case SURRENDER -> checkSurrender(errors, field, today, toDoIt);
                case NON_PUNISHMENT -> {
                    if (nonPunishment == null) {
                        errors.add(new FieldError(field.field(), "must say whether non-punishment applies, " + toDoIt));
                    }
                }
            }
        }
        return errors;
    }

    private void checkMembers(List<FieldError> errors, ActionField field, String toDoIt) {
        if (members == null || members.isEmpty()) {
            errors.add(new FieldError(field.field(), "at least one member " + toDoIt));
            return;
        }
        for (int i = 0; i < members.size(); i++) {
            TeamMember member = members.get(i);
            if (member == null || blank(member.name()) || blank(member.agency())) {
                errors.add(new FieldError(field.field() + "[" + i + "]", "needs a name and an agency"));
            }
        }
    }

    private void checkSurrender(List<FieldError> errors, ActionField field, LocalDate today, String toDoIt) {
        if (surrender == null) {
            errors.add(new FieldError(field.field(), toDoIt));
            return;
        }
        if (surrender.at() == null) {
            errors.add(new FieldError(field.field() + ".at", "when the person is handed over " + toDoIt));
        }
        if (blank(surrender.place())) {
            errors.add(new FieldError(field.field() + ".place", "where the person is handed over " + toDoIt));
        }
        if (surrender.collectBy() == null || !surrender.collectBy().isAfter(today)) {
            errors.add(new FieldError(field.field() + ".collectBy", "the last day to collect the person, a future date"));
        }
    }

    private static void requireText(List<FieldError> errors, ActionField field, String value, String toDoIt) {
        if (blank(value)) {
            errors.add(new FieldError(field.field(), toDoIt));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
