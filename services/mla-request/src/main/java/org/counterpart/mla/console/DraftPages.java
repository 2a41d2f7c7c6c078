package org.counterpart.mla.console;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.counterpart.console.ConsoleForms;
import org.counterpart.console.ConsoleUser;
import org.counterpart.console.FormErrors;
import org.counterpart.console.HtmlPage;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Country;
import org.counterpart.events.ExploitationForm;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.RequestContent;
import org.counterpart.events.Urgency;
import org.counterpart.events.workflow.RequestAction;
import org.counterpart.mla.CountryConfig;
import org.counterpart.mla.audit.AuditAction;
import org.counterpart.mla.audit.Audited;
import org.counterpart.mla.profiles.DraftingAdvice;
import org.counterpart.mla.request.ActionDetails;
import org.counterpart.mla.request.DraftRequest;
import org.counterpart.mla.request.MlaRequest;
import org.counterpart.mla.request.RequestService;
import org.counterpart.mla.request.RequestView;
import org.counterpart.mla.request.RequestViews;
import org.counterpart.platform.problem.FieldError;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The guided draft of an MLA request: choose where it goes and see at once where the hub would route it;
 * save, and the form then asks for what the completeness rule wants of that measure, each gap next to
 * its field; check and mark it ready, then submit it to the central authority from its page.
 */
@Path("/console/drafts")
@Produces(MediaType.TEXT_HTML)
public class DraftPages {

    /** The languages a request is commonly written in across the region, offered first. */
    private static final List<String> LANGUAGES = List.of("en", "th", "ms", "id", "vi", "km", "lo", "my", "fil", "tet",
            "zh");

    private final ConsoleUser user;
    private final RequestService requests;
    private final RequestViews views;
    private final RoutingPreviews previews;
    private final CountryConfig config;
    private final Validator validator;
    private final ConsoleErrors errors;
    private final ConsoleForms forms;

    DraftPages(ConsoleUser user, RequestService requests, RequestViews views, RoutingPreviews previews,
            CountryConfig config, Validator validator, ConsoleErrors errors, ConsoleForms forms) {
        this.user = user;
        this.requests = requests;
        this.views = views;
        this.previews = previews;
        this.config = config;
        this.validator = validator;
        this.errors = errors;
        this.forms = forms;
    }

    @GET
    @Path("/new")
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY})
    public String newDraft() {
        return page(null, DraftForm.empty(), FormErrors.NONE, null, false, List.of(), List.of());
    }

    /** The routing preview alone, for the form's partial update while the drafter chooses. */
    @GET
    @Path("/preview")
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY})
    public String preview(@Context UriInfo uri) {
        DraftForm form = DraftForm.of(uri.getQueryParameters());
        return user.localised(ConsoleTemplates.preview(new DraftPage(form.requestedCountry(), previewOf(form), true,
                List.of(), false, false))).render();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY})
    @Audited(AuditAction.CREATE)
    public Response create(MultivaluedMap<String, String> posted) {
        forms.verify(posted);
        DraftForm form = DraftForm.of(posted);
        DraftForm.Parsed parsed = form.toDraft(null);
        List<FieldError> invalid = invalid(parsed);
        if (!invalid.isEmpty()) {
            return HtmlPage.of(400, page(null, form, FormErrors.of(invalid), null, true, List.of(), List.of()));
        }
        try {
            MlaRequest created = requests.createDraft(parsed.draft(), user.caller());
            return Response.seeOther(URI.create("/console/drafts/" + created.id + "?saved")).build();
        } catch (ProblemException e) {
            return HtmlPage.of(e.problem().status(),
                    page(null, form, FormErrors.of(e.problem()), null, true, List.of(), List.of()));
        }
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY})
    @Audited(AuditAction.VIEW)
    public String edit(@PathParam("id") UUID id, @Context UriInfo uri) {
        RequestView view = editable(id);
        List<FieldError> gaps = requests.gaps(id, user.caller());
        String notice = uri.getQueryParameters().containsKey("saved") ? "saved" : null;
        return page(view, DraftForm.of(view), FormErrors.NONE, notice, true, gaps, view.draftingAdvice());
    }

    /**
     * Saves the draft; with {@code intent=check} then marks it ready, which the completeness rule allows only
     * when nothing is missing, else the page shows every gap next to its field. The save stands either way.
     */
    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY})
    @Audited(AuditAction.EDIT)
    public Response save(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        forms.verify(posted);
        RequestView before = editable(id);
        DraftForm form = DraftForm.of(posted);
        DraftForm.Parsed parsed = form.toDraft(before.content());
        List<FieldError> invalid = invalid(parsed);
        if (!invalid.isEmpty()) {
            return again(before, form, FormErrors.of(invalid), 400);
        }
        try {
            requests.edit(id, parsed.draft(), user.caller());
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                throw e;
            }
            return again(before, form, FormErrors.of(e.problem()), e.problem().status());
        }
        if (!"check".equals(posted.getFirst("intent")) || !Drafting.checkable(before)) {
            return Response.seeOther(URI.create("/console/drafts/" + id + "?saved")).build();
        }
        try {
            requests.act(id, RequestAction.MARK_READY, ActionDetails.NONE, user.caller());
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                throw e;
            }
            // The gaps are the check's own answer: this request's session still holds the draft as it was
            // before the save, so it is not asked again.
            return HtmlPage.of(e.problem().status(), page(before, form, FormErrors.of(e.problem()), null, true,
                    e.problem().errors(), before.draftingAdvice()));
        }
        return Response.seeOther(URI.create("/console/requests/" + id + "?done=" + RequestAction.MARK_READY)).build();
    }

    private Response again(RequestView view, DraftForm form, FormErrors formErrors, int status) {
        List<FieldError> gaps = requests.gaps(view.id(), user.caller());
        return HtmlPage.of(status, page(view, form, formErrors, null, true, gaps, view.draftingAdvice()));
    }

    private RequestView editable(UUID id) {
        RequestView view = views.of(requests.visibleTo(id, user.caller()), user.caller());
        if (!Drafting.editable(view)) {
            throw ProblemException.notFound("Draft " + id);
        }
        return view;
    }

    /** The draft's own constraints (lengths, the country code), as the API would check its body. */
    private List<FieldError> invalid(DraftForm.Parsed parsed) {
        List<FieldError> found = new ArrayList<>(parsed.errors());
        for (ConstraintViolation<DraftRequest> violation : validator.validate(parsed.draft())) {
            found.add(new FieldError(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        return found;
    }

    private Optional<HubRoutingPreview.Preview> previewOf(DraftForm form) {
        return previews.of(user, form.requestedCountry(), form.measure(), form.legalBasis(), form.urgency(),
                form.value("language").isBlank() ? null : form.value("language"));
    }

    private String page(RequestView view, DraftForm form, FormErrors formErrors, String notice, boolean askPreview,
            List<FieldError> gaps, List<DraftingAdvice.Advice> advice) {
        Country requested = view == null ? form.requestedCountry() : view.requestedCountry();
        Optional<HubRoutingPreview.Preview> preview = askPreview ? previewOf(form) : Optional.empty();
        FormErrors shown = formErrors.any() ? formErrors : FormErrors.of(gaps);
        return user.localised(ConsoleTemplates.draft(config.country().code(), view, form,
                DraftPage.of(requested, preview, askPreview && requested != null && form.measure() != null, gaps, form),
                shown, notice, config.counterparts(), Arrays.asList(AssistanceType.values()), Arrays.asList(LegalBasis.values()),
                Arrays.asList(Urgency.values()), Arrays.asList(RequestContent.TranslationStatus.values()),
                Arrays.asList(RequestContent.HandlingLevel.values()), Arrays.asList(RequestContent.PersonRole.values()),
                Arrays.asList(RequestContent.VictimStatus.values()), Arrays.asList(ExploitationForm.values()), LANGUAGES,
                advice)).render();
    }

    @ServerExceptionMapper({io.quarkus.security.ForbiddenException.class, jakarta.ws.rs.ForbiddenException.class})
    Response forbidden() {
        return errors.notFound(user);
    }

    @ServerExceptionMapper
    Response problem(ProblemException e) {
        return errors.problem(user, e);
    }
}
