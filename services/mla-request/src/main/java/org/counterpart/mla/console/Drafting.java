package org.counterpart.mla.console;

import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.events.workflow.RequestAction;
import org.counterpart.events.workflow.RequestStatus;
import org.counterpart.events.workflow.Workflows;
import org.counterpart.mla.request.Direction;
import org.counterpart.mla.request.RequestSummary;
import org.counterpart.mla.request.RequestView;

/**
 * Which requests the console's draft form edits: this country's own MLA requests in a status its
 * workflow lets the drafter change (a draft, a ready draft, one returned as deficient). The one place
 * the worklist, the request page and the draft form ask.
 */
final class Drafting {

    private Drafting() {
    }

    static boolean editable(Direction direction, CooperationKind kind, RequestStatus status) {
        return direction == Direction.OUTGOING && kind == CooperationKind.MLA && Workflows.of(kind).isEditable(status);
    }

    static boolean editable(RequestView request) {
        return editable(request.direction(), request.kind(), request.status());
    }

    static boolean editable(RequestSummary request) {
        return editable(request.direction(), request.kind(), request.status());
    }

    /** Whether saving it can be followed by the completeness check: a draft (a ready one goes back to DRAFT). */
    static boolean checkable(RequestView request) {
        return request.allowedActions().contains(RequestAction.MARK_READY) || request.status() == RequestStatus.READY;
    }
}
