package org.counterpart.mla.console;

import io.quarkus.qute.TemplateExtension;
import org.counterpart.events.workflow.RequestAction;
import org.counterpart.events.workflow.RequestStatus;
import org.counterpart.mla.request.RequestView;

/** What the templates ask of a request about drafting ({@code request.editableDraft}, {@code request.checkable}). */
@TemplateExtension
final class DraftingExtensions {

    private DraftingExtensions() {
    }

    static boolean editableDraft(RequestView request) {
        return Drafting.editable(request);
    }

    /** Whether saving it can be followed by the completeness check: a draft (a ready one goes back to DRAFT). */
    static boolean checkable(RequestView request) {
        return request.allowedActions().contains(RequestAction.MARK_READY) || request.status() == RequestStatus.READY;
    }
}
