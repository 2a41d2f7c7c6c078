package org.counterpart.mla.console;

import java.util.List;
import org.counterpart.console.FormErrors;
import org.counterpart.console.PostedForm;
import org.counterpart.events.RefusalGround;
import org.counterpart.events.workflow.ActionField;
import org.counterpart.events.workflow.RequestAction;
import org.counterpart.events.workflow.Transition;
import org.counterpart.events.workflow.Workflow;

/**
 * One button of a request's page: an action the workflow allows the user now, with exactly the fields
 * its row of the workflow requires (a note is always possible), and the refusal grounds its kind knows.
 */
public record ActionForm(RequestAction action, List<ActionField> requires, List<RefusalGround> grounds) {

    public static List<ActionForm> of(Workflow workflow, List<RequestAction> allowed) {
        return allowed.stream().map(action -> {
            Transition row = workflow.transition(action).orElseThrow();
            return new ActionForm(action, List.copyOf(row.requires()),
                    workflow.refusalGrounds().stream().sorted().toList());
        }).toList();
    }

    public boolean needs(ActionField field) {
        return requires.contains(field);
    }

    public boolean needsNote() {
        return needs(ActionField.NOTE);
    }

    /** Whether {@code failed}, the action whose form came back with errors, is this one. */
    public boolean failedIn(RequestAction failed) {
        return action == failed;
    }

    /** The error on {@code field} when this form is the one that failed; nothing in the other forms. */
    public String errorOf(FormErrors errors, RequestAction failed, String field) {
        return failedIn(failed) ? errors.messageOf(field) : "";
    }

    /** What was typed into {@code field} when this form is the one that came back; nothing in the others. */
    public String valueOf(PostedForm posted, RequestAction failed, String field) {
        return failedIn(failed) ? posted.value(field) : "";
    }

    /** Team rows the form offers for a change of members. */
    public List<Integer> memberRows() {
        return java.util.stream.IntStream.range(0, ActionFormInput.MEMBER_ROWS).boxed().toList();
    }

    /** A forward may name the directory entry it goes to. */
    public boolean forwards() {
        return action == RequestAction.FORWARD;
    }

    public String id() {
        return idOf(action);
    }

    /** The id of this form's input for {@code field}, which the error summary links to. */
    public String anchor(String field) {
        return id() + "-" + FormErrors.anchor(field);
    }

    /** Each action's form has its own id, so two forms with the same field never share an input's id. */
    static String idOf(RequestAction action) {
        return "action-" + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
