package org.counterpart.mla.console;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.counterpart.console.ConsoleForms;
import org.counterpart.console.ConsoleUser;
import org.counterpart.console.FormErrors;
import org.counterpart.console.HtmlPage;
import org.counterpart.console.PostedForm;
import org.counterpart.events.MessageKind;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.events.workflow.RequestAction;
import org.counterpart.mla.CountryConfig;
import org.counterpart.mla.attachment.AttachmentConfig;
import org.counterpart.mla.attachment.AttachmentService;
import org.counterpart.mla.audit.AuditAction;
import org.counterpart.mla.audit.Audited;
import org.counterpart.mla.request.Direction;
import org.counterpart.mla.request.FastMeans;
import org.counterpart.mla.request.MlaRequest;
import org.counterpart.mla.request.NewAssignment;
import org.counterpart.mla.request.RequestService;
import org.counterpart.mla.request.RequestView;
import org.counterpart.mla.request.RequestViews;
import org.counterpart.mla.thread.NewMessage;
import org.counterpart.mla.thread.ThreadService;
import org.counterpart.mla.transport.TransportView;
import org.counterpart.platform.problem.FieldError;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Roles;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A request's page: where it stands and how it got there, where each message sent has got to, its
 * clocks and correspondence, and a form for every action the workflow allows the user now.
 */
@Path("/console/requests/{id}")
@Produces(MediaType.TEXT_HTML)
public class RequestPages {

    private final ConsoleUser user;
    private final RequestService requests;
    private final RequestViews views;
    private final ThreadService threads;
    private final CountryConfig config;
    private final ConsoleErrors errors;
    private final ConsoleForms forms;
    private final LetterOfRequest letters;
    private final InstantSource clock;
    private final AttachmentService attachments;
    private final AttachmentConfig attachmentLimits;
    private final Validator validator;
    private final RoutingPreviews previews;

    RequestPages(ConsoleUser user, RequestService requests, RequestViews views, ThreadService threads,
            CountryConfig config, ConsoleErrors errors, ConsoleForms forms, LetterOfRequest letters,
            InstantSource clock, AttachmentService attachments, AttachmentConfig attachmentLimits,
            Validator validator, RoutingPreviews previews) {
        this.user = user;
        this.requests = requests;
        this.views = views;
        this.threads = threads;
        this.config = config;
        this.errors = errors;
        this.forms = forms;
        this.letters = letters;
        this.clock = clock;
        this.attachments = attachments;
        this.attachmentLimits = attachmentLimits;
        this.validator = validator;
        this.previews = previews;
    }

    @GET
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT})
    @Audited(AuditAction.VIEW)
    public String page(@PathParam("id") UUID id, @QueryParam("done") String done, @QueryParam("sent") String sent) {
        RequestAction taken = Named.constant(RequestAction.class, done).orElse(null);
        return render(id, FormErrors.NONE, PostedForm.NONE, taken, sent != null, null);
    }

    /** The outgoing MLA request as the formal letter of request, ready for signature (PDF). */
    @GET
    @Path("/letter")
    @Produces("application/pdf")
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT})
    @Audited(AuditAction.EXPORT)
    public Response letter(@PathParam("id") UUID id) {
        RequestView view = views.of(requests.visibleTo(id, user.caller()), user.caller());
        if (view.direction() != Direction.OUTGOING || view.kind() != CooperationKind.MLA || view.content() == null) {
            throw ProblemException.notFound("Letter of request " + id);
        }
        Locale language = LetterOfRequest.languageOf(view);
        String today = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language)
                .format(LocalDate.ofInstant(clock.instant(), user.zone()));
        // The requesting authority heads the letter; it is not repeated as a part of the request.
        List<DraftField> parts = Arrays.stream(DraftField.values()).filter(f -> f != DraftField.REQUESTING_AUTHORITY).toList();
        byte[] pdf = letters.pdf(ConsoleTemplates.letter(view, parts,
                ConsoleUser.countryName(view.requestingCountry(), language),
                ConsoleUser.countryName(view.requestedCountry(), language), today,
                language.toLanguageTag()).setLocale(language));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"letter-of-request-" + view.requesterReference()
                        + ".pdf\"").build();
    }

    /** Takes one action, with the fields its form carries; a mistake shows the page again with the form's errors. */
    @POST
    @Path("/actions/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT})
    @Audited(AuditAction.ACT)
    public Response act(@PathParam("id") UUID id, @PathParam("action") String action, MultivaluedMap<String, String> form) {
        forms.verify(form);
        RequestAction chosen = Named.constant(RequestAction.class, action).orElseThrow(() -> ProblemException.notFound("Action " + action));
        ActionFormInput input = ActionFormInput.of(form, user.zone());
        if (!input.errors().isEmpty()) {
            return again(id, FormErrors.of(input.errors()), 400, chosen, PostedForm.of(form));
        }
        try {
            requests.act(id, chosen, input.details(), user.caller());
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                throw e;
            }
            return again(id, FormErrors.of(e.problem()), e.problem().status(), chosen, PostedForm.of(form));
        }
        return Response.seeOther(URI.create("/console/requests/" + id + "?done=" + chosen.name())).build();
    }

    /**
     * Writes into the request's correspondence thread, with a file if one is chosen: stored (and its digest
     * taken) first, then sent with the message. A page using htmx is told where to go next
     * ({@code HX-Redirect}) instead of being redirected, so it can show the upload's progress.
     */
    @POST
    @Path("/messages")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT})
    @Audited(AuditAction.MESSAGE)
    public Response write(@PathParam("id") UUID id, @RestForm(ConsoleForms.FIELD) String token, @RestForm String kind,
            @RestForm String body, @RestForm("file") FileUpload file, @HeaderParam("HX-Request") String htmx) {
        forms.verify(token);
        MessageKind chosen = Named.constant(MessageKind.class, kind).orElse(MessageKind.MESSAGE);
        PostedForm typed = new PostedForm(java.util.Map.of("body", body == null ? "" : body));
        if (body == null || body.isBlank()) {
            return again(id, FormErrors.of(List.of(new FieldError("body",
                    "is required: what you write to the other side"))), 400, null, typed);
        }
        try {
            List<UUID> files = List.of();
            if (file != null && file.fileName() != null && !file.fileName().isBlank() && file.size() > 0) {
                try (InputStream content = Files.newInputStream(file.uploadedFile())) {
                    files = List.of(attachments.upload(id, file.fileName(), file.contentType(), content, user.caller()).id);
                }
            }
            threads.post(id, new NewMessage(chosen, body.strip(), null, files.isEmpty() ? null : files), user.caller());
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                throw e;
            }
            return again(id, FormErrors.of(e.problem()), e.problem().status(), null, typed);
        } catch (IOException e) {
            throw new UncheckedIOException("the uploaded file could not be read", e);
        }
        // A query of its own, so the browser loads the page again rather than only scrolling to the thread.
        String thread = "/console/requests/" + id + "?sent#correspondence";
        return htmx != null ? Response.ok().header("HX-Redirect", thread).build()
                : Response.seeOther(URI.create(thread)).build();
    }

    /** The central authority records that an urgent request went ahead by telephone, e-mail, fax or INTERPOL. */
    @POST
    @Path("/fast-means")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CENTRAL_AUTHORITY)
    @Audited(AuditAction.ACT)
    public Response recordFastMeans(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        forms.verify(form);
        List<FieldError> invalid = new ArrayList<>();
        FastMeans.Channel channel = Named.constant(FastMeans.Channel.class, form.getFirst("channel")).orElse(null);
        String sentAt = form.getFirst("sentAt");
        FastMeans fastMeans = new FastMeans(channel, sentAt == null || sentAt.isBlank() ? null
                : ActionFormInput.moment(sentAt, user.zone(), "sentAt", invalid));
        // The record's own constraints, as the API checks them (a channel; a moment not in the future).
        validator.validate(fastMeans).forEach(v -> invalid.add(new FieldError(v.getPropertyPath().toString(), v.getMessage())));
        if (!invalid.isEmpty()) {
            return again(id, FormErrors.of(invalid), 400);
        }
        try {
            requests.recordFastMeans(id, fastMeans, user.caller());
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                throw e;
            }
            return again(id, FormErrors.of(e.problem()), e.problem().status());
        }
        return Response.seeOther(URI.create("/console/requests/" + id)).build();
    }

    /** The central authority gives the request to one more person of this country. */
    @POST
    @Path("/assignments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CENTRAL_AUTHORITY)
    @Audited(AuditAction.ASSIGN)
    public Response assign(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        forms.verify(form);
        NewAssignment assignment = new NewAssignment(form.getFirst("person"));
        List<FieldError> invalid = new ArrayList<>();
        validator.validate(assignment).forEach(v -> invalid.add(new FieldError(v.getPropertyPath().toString(), v.getMessage())));
        if (!invalid.isEmpty()) {
            return again(id, FormErrors.of(invalid), 400);
        }
        requests.assign(id, assignment, user.caller());
        return Response.seeOther(URI.create("/console/requests/" + id)).build();
    }

    /** The user has read a message of the other side: its read receipt goes back to them. */
    @POST
    @Path("/messages/{messageId}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT})
    @Audited(AuditAction.MESSAGE)
    public Response markRead(@PathParam("id") UUID id, @PathParam("messageId") UUID messageId,
            MultivaluedMap<String, String> form) {
        forms.verify(form);
        threads.markRead(id, messageId, user.caller());
        return Response.seeOther(URI.create("/console/requests/" + id + "#correspondence")).build();
    }

    private Response again(UUID id, FormErrors formErrors, int status) {
        return again(id, formErrors, status, null, PostedForm.NONE);
    }

    /**
     * The page again with what went wrong and what was typed; {@code failed} names the action whose form
     * it was, if one.
     */
    private Response again(UUID id, FormErrors formErrors, int status, RequestAction failed, PostedForm posted) {
        return HtmlPage.of(status, render(id, formErrors, posted, null, false, failed));
    }

    private String render(UUID id, FormErrors formErrors, PostedForm posted, RequestAction done, boolean sent,
            RequestAction failed) {
        MlaRequest request = requests.visibleTo(id, user.caller());
        RequestView view = views.of(request, user.caller());
        return user.localised(ConsoleTemplates.request(config.country().code(), view, requests.history(id, user.caller()),
                TransportView.journeysOf(request), threads.thread(id, user.caller()),
                ActionForm.of(request.workflow(), view.allowedActions()), formErrors, posted, done, sent, failed,
                user.caller().hasRole(Roles.CENTRAL_AUTHORITY) ? requests.assignments(id, user.caller()) : List.of(),
                Arrays.asList(FastMeans.Channel.values()),
                new UploadLimits(attachmentLimits.allowedTypes().stream().sorted().toList(),
                        attachmentLimits.maxBytesFor(request.otherCountry())),
                previews.decisionOf(user, id, request.transmittedAt != null).orElse(null))).render();
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
