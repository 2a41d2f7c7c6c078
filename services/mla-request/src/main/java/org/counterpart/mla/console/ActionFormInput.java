package org.counterpart.mla.console;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.counterpart.events.RefusalGround;
import org.counterpart.events.Surrender;
import org.counterpart.events.TeamMember;
import org.counterpart.mla.request.ActionDetails;
import org.counterpart.platform.problem.FieldError;

/**
 * An action's form as posted, read into the {@link ActionDetails} the API takes; what cannot be read (a
 * date that is not one, a ground that does not exist) is an error on its field, and nothing is done.
 */
record ActionFormInput(ActionDetails details, List<FieldError> errors) {

    static final int MEMBER_ROWS = 3;

    static ActionFormInput of(MultivaluedMap<String, String> form, ZoneId zone) {
        List<FieldError> errors = new ArrayList<>();
        List<RefusalGround> grounds = new ArrayList<>();
        for (String raw : form.getOrDefault("refusalGrounds", List.of())) {
            try {
                grounds.add(RefusalGround.valueOf(raw));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("refusalGrounds", "has no ground " + raw));
            }
        }
        LocalDate until = date(form.getFirst("until"), "until", errors);
        List<TeamMember> members = new ArrayList<>();
        for (int i = 0; i < MEMBER_ROWS; i++) {
            String name = text(form.getFirst("member" + i + ".name"));
            String agency = text(form.getFirst("member" + i + ".agency"));
            if (name != null || agency != null) {
                members.add(new TeamMember(name, agency, !"false".equals(form.getFirst("member" + i + ".joining"))));
            }
        }
        Surrender surrender = null;
        String at = text(form.getFirst("surrender.at"));
        String place = text(form.getFirst("surrender.place"));
        LocalDate collectBy = date(form.getFirst("surrender.collectBy"), "surrender.collectBy", errors);
        if (at != null || place != null || collectBy != null) {
            surrender = new Surrender(at == null ? null : moment(at, zone, "surrender.at", errors), place, collectBy);
        }
        String nonPunishment = text(form.getFirst("nonPunishment"));
        ActionDetails details = new ActionDetails(text(form.getFirst("note")), text(form.getFirst("counterpartReference")),
                grounds.isEmpty() ? null : grounds, until, text(form.getFirst("forwardTo")),
                members.isEmpty() ? null : members, surrender, nonPunishment == null ? null : Boolean.valueOf(nonPunishment));
        return new ActionFormInput(details, errors);
    }

    /** A {@code datetime-local} value is a time in the signed-in user's zone, as every time the console shows. */
    static java.time.Instant moment(String raw, ZoneId zone, String field, List<FieldError> errors) {
        try {
            return LocalDateTime.parse(raw).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date and time such as 2026-12-31T09:00"));
            return null;
        }
    }

    private static LocalDate date(String raw, String field, List<FieldError> errors) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date such as 2026-12-31"));
            return null;
        }
    }

    private static String text(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }
}
