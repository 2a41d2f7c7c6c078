package org.counterpart.mla.console;

import io.quarkus.qute.TemplateExtension;
import org.counterpart.events.workflow.RequestAction;

/** The id of an action's form ({@code failed.formId}), for the error summary to link into it. */
@TemplateExtension
final class ActionExtensions {

    private ActionExtensions() {
    }

    static String formId(RequestAction action) {
        return ActionForm.idOf(action);
    }
}
