package org.counterpart.mla.console;

import java.util.List;
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

    /** A forward may name the directory entry it goes to. */
    public boolean forwards() {
        return action == RequestAction.FORWARD;
    }

    public String id() {
        return "action-" + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
