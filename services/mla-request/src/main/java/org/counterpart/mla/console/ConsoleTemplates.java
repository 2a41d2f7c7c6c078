package org.counterpart.mla.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;
import org.counterpart.console.FormErrors;
import org.counterpart.console.PostedForm;
import org.counterpart.console.figures.Dashboard;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Country;
import org.counterpart.events.ExploitationForm;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.RequestContent;
import org.counterpart.events.Urgency;
import org.counterpart.events.workflow.RequestAction;
import org.counterpart.events.workflow.RequestStatus;
import org.counterpart.mla.profiles.DraftingAdvice;
import org.counterpart.mla.request.Direction;
import org.counterpart.mla.request.FastMeans;
import org.counterpart.mla.request.RequestAssignment;
import org.counterpart.mla.request.RequestHistoryEntry;
import org.counterpart.mla.request.ListCursor;
import org.counterpart.mla.request.RequestSummary;
import org.counterpart.mla.request.RequestView;
import org.counterpart.mla.thread.ThreadMessageView;
import org.counterpart.mla.transport.TransportView;

/** The console's pages (templates/console), checked against these parameters when the service is built. */
@CheckedTemplate(basePath = "console")
final class ConsoleTemplates {

    private ConsoleTemplates() {
    }

    static native TemplateInstance worklist(String country, Worklists.Worklist worklist, NoticeChoice notices);

    static native TemplateInstance requests(String country, RequestFilter filter, List<RequestSummary> shown,
            ListCursor next, List<Country> countries, List<RequestStatus> statuses, List<AssistanceType> measures,
            List<Direction> directions);

    static native TemplateInstance request(String country, RequestView request, List<RequestHistoryEntry> history,
            List<TransportView> transport, List<ThreadMessageView> thread, List<ActionForm> actions, FormErrors errors,
            PostedForm posted, RequestAction done, boolean sent, RequestAction failed, List<RequestAssignment.View> assignments,
            List<FastMeans.Channel> channels, UploadLimits uploads, HubRoutingRecords.Decision routing);

    static native TemplateInstance draft(String country, RequestView request, DraftForm form, DraftPage page,
            FormErrors errors, String notice, List<Country> countries, List<AssistanceType> measures,
            List<LegalBasis> bases, List<Urgency> urgencies, List<RequestContent.TranslationStatus> translations,
            List<RequestContent.HandlingLevel> handlingLevels, List<RequestContent.PersonRole> roles,
            List<RequestContent.VictimStatus> victimStatuses, List<ExploitationForm> exploitationForms,
            List<String> languages, List<DraftingAdvice.Advice> advice);

    static native TemplateInstance preview(DraftPage page);

    static native TemplateInstance letter(RequestView request, List<DraftField> fields, String requestingCountry,
            String requestedCountry, String today, String letterLanguage);

    static native TemplateInstance figures(String country, Dashboard dashboard);

    static native TemplateInstance notFound(String country);

    static native TemplateInstance staleForm(String country);

    static native TemplateInstance signedOut(String country);
}
