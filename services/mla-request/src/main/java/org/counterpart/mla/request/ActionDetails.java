package org.counterpart.mla.request;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.counterpart.events.RefusalGround;
import org.counterpart.platform.problem.FieldError;

/** What an action says besides its name: a note, the counterpart's reference, refusal grounds, a date, where to forward. */
public record ActionDetails(
        @Size(max = 4000) String note,
        @Size(max = 64) String counterpartReference,
        List<RefusalGround> refusalGrounds,
        LocalDate until,
        @Size(max = 40) String forwardTo) {

    public static final ActionDetails NONE = new ActionDetails(null, null, null, null, null);

    /** Everything {@code action} needs that is missing, all at once. */
    List<FieldError> missingFor(RequestAction action) {
        List<FieldError> errors = new ArrayList<>();
        switch (action.needs()) {
            case NOTE -> requireNote(errors, action);
            case REFERENCE -> {
                if (blank(counterpartReference)) {
                    errors.add(new FieldError("counterpartReference", "is required to " + action.verb()));
                }
            }
            case NOTE_AND_DATE -> {
                requireNote(errors, action);
                if (until == null) {
                    errors.add(new FieldError("until", "is required to " + action.verb()));
                } else if (!until.isAfter(LocalDate.now())) {
                    errors.add(new FieldError("until", "must be a future date"));
                }
            }
            case GROUNDS -> {
                if (refusalGrounds == null || refusalGrounds.isEmpty()) {
                    errors.add(new FieldError("refusalGrounds", "at least one ground is required to " + action.verb()));
                }
            }
            case NOTHING -> { }
        }
        return errors;
    }

    private void requireNote(List<FieldError> errors, RequestAction action) {
        if (blank(note)) {
            errors.add(new FieldError("note", "is required to " + action.verb()));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
