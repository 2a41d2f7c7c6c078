package org.counterpart.console;

import java.util.List;
import java.util.Optional;
import org.counterpart.platform.problem.FieldError;
import org.counterpart.platform.problem.Problem;

/**
 * What a posted form got wrong, as the problem the services answered would say it: a summary linked to
 * each field, and each field's own message next to it.
 */
public record FormErrors(String title, String detail, List<FieldError> fields) {

    public static final FormErrors NONE = new FormErrors(null, null, List.of());

    public static FormErrors of(Problem problem) {
        return new FormErrors(problem.title(), problem.detail(), problem.errors());
    }

    public static FormErrors of(List<FieldError> fields) {
        return new FormErrors(null, null, fields);
    }

    public boolean any() {
        return title != null || !fields.isEmpty();
    }

    public boolean has(String field) {
        return message(field).isPresent();
    }

    /** The message for {@code field} and the fields under it ({@code content.persons[0]} under {@code content.persons}). */
    public Optional<String> message(String field) {
        return fields.stream().filter(e -> e.field().equals(field) || e.field().startsWith(field + "[")
                || e.field().startsWith(field + ".")).map(FieldError::message).reduce((a, b) -> a + "; " + b);
    }

    public String messageOf(String field) {
        return message(field).orElse("");
    }

    /** The id of the input a field's error links to. */
    public static String anchor(String field) {
        return "f-" + field.replaceAll("[^A-Za-z0-9]", "-");
    }

    public String anchorOf(String field) {
        return anchor(field);
    }

    /** The input an error of {@code field} links to: the list's own input for an error of one of its items ({@code languages[0]}). */
    public String inputOf(String field) {
        int item = field.indexOf('[');
        return anchor(item < 0 ? field : field.substring(0, item));
    }

    /** The errors on none of {@code shown}: named by their path in the summary, since no field of the page carries them. */
    public List<FieldError> besides(List<String> shown) {
        return fields.stream().filter(e -> shown.stream().noneMatch(path -> e.field().equals(path)
                || e.field().startsWith(path + "[") || e.field().startsWith(path + "."))).toList();
    }
}
