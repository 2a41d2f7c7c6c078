package org.counterpart.routing.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;
import org.counterpart.console.FormErrors;
import org.counterpart.console.figures.Dashboard;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.workflow.DirectoryRole;
import org.counterpart.routing.operations.DeadLetterDesk.LetterView;

/** The regional console's pages (templates/desk), checked against these parameters when the hub is built. */
@CheckedTemplate(basePath = "desk")
final class DeskTemplates {

    private DeskTemplates() {
    }

    static native TemplateInstance worklist(DeskWorklists.Worklist worklist);

    static native TemplateInstance unroutable(List<UnroutablePages.Waiting> waiting, FormErrors errors,
            boolean saidInPlace, EntryChoice posted, boolean assigned);

    static native TemplateInstance deadLetters(List<LetterView> letters, FormErrors errors, String replayed);

    static native TemplateInstance directory(DirectoryListing listing, FormErrors errors, ImportOutcome imported,
            DirectoryNotice notice);

    static native TemplateInstance entry(EntryForm form, boolean creating, boolean editable, FormErrors errors,
            List<DirectoryRole> roles, List<AssistanceType> measures, List<LegalBasis> bases);

    static native TemplateInstance figures(Dashboard dashboard);

    static native TemplateInstance notFound();

    static native TemplateInstance staleForm();

    static native TemplateInstance signedOut();
}
