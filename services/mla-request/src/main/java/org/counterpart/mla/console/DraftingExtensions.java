package org.counterpart.mla.console;

import io.quarkus.qute.TemplateExtension;
import org.counterpart.mla.request.RequestView;

/** What the templates ask of a request about drafting ({@code request.editableDraft}, {@code request.checkable}). */
@TemplateExtension
final class DraftingExtensions {

    private DraftingExtensions() {
    }

    static boolean editableDraft(RequestView request) {
        return Drafting.editable(request);
    }

    static boolean checkable(RequestView request) {
        return Drafting.checkable(request);
    }
}
