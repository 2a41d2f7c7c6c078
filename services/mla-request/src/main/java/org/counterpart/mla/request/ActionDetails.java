package org.counterpart.mla.request;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.counterpart.events.RefusalGround;
import org.counterpart.events.workflow.ActionField;
import org.counterpart.events.workflow.Transition;
import org.counterpart.platform.problem.FieldError;

/** What an action says besides its name: a note, the counterpart's reference, refusal grounds, a date, where to forward. */
public record ActionDetails(
        @Size(max = 4000) String note,
        @Size(max = 64) String counterpartReference,
        List<RefusalGround> refusalGrounds,
        LocalDate until,
        @Size(max = 40) String forwardTo) {

    public static final ActionDetails NONE = new ActionDetails(null, null, null, null, null);

    /** Everything {@code row} requires that is missing, all at once. */
    List<FieldError> missingFor(Transition row) {
        List<FieldError> errors = new ArrayList<>();
        String toDoIt = "is required to " + row.action().verb();
        for (ActionField field : row.requires()) {
            switch (field) {
                case NOTE -> {
                    if (blank(note)) {
                        errors.add(new FieldError(field.field(), toDoIt));
                    }
                }
                case COUNTERPART_REFERENCE -> {
                    if (blank(counterpartReference)) {
                        errors.add(new FieldError(field.field(), toDoIt));
                    }
                }
                case UNTIL -> {
                    if (until == null) {
                        errors.add(new FieldError(field.field(), toDoIt));
                    } else if (!until.isAfter(LocalDate.now())) {
                        errors.add(new FieldError(field.field(), "must be a future date"));
                    }
                }
                case REFUSAL_GROUNDS -> {
                    if (refusalGrounds == null || refusalGrounds.isEmpty()) {
                        errors.add(new FieldError(field.field(), "at least one ground " + toDoIt));
                    }
                }
            }
        }
        return errors;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
