package org.counterpart.routing.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.counterpart.console.ConsoleForms;
import org.counterpart.console.ConsoleUser;
import org.counterpart.console.FormErrors;
import org.counterpart.console.HtmlPage;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Country;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.workflow.DirectoryRole;
import org.counterpart.platform.problem.FieldError;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Roles;
import org.counterpart.platform.time.Days;
import org.counterpart.routing.directory.ContactPoint;
import org.counterpart.routing.directory.ContactPointData;
import org.counterpart.routing.directory.DirectoryEditor;
import org.counterpart.routing.directory.DirectoryFile;
import org.counterpart.routing.directory.DirectoryVersion;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The directory for the people who keep and read it. Correspondents edit, verify and deactivate their
 * own country's entries, import a file (every problem shown by line and field) and export one; everyone
 * with the directory open sees any country's entries and the stale list. Every change goes through
 * {@link DirectoryEditor}, as the API's do.
 */
@Path("/console/directory")
@Produces(MediaType.TEXT_HTML)
public class DirectoryPages {

    private final ConsoleUser user;
    private final ConsoleForms forms;
    private final DirectoryEditor editor;
    private final DeskErrors errors;
    private final ObjectMapper json;
    private final Period staleAfter;
    private final InstantSource clock;

    DirectoryPages(ConsoleUser user, ConsoleForms forms, DirectoryEditor editor, DeskErrors errors, ObjectMapper json,
            @ConfigProperty(name = "counterpart.directory.stale-after") Period staleAfter, InstantSource clock) {
        this.clock = clock;
        this.user = user;
        this.forms = forms;
        this.editor = editor;
        this.errors = errors;
        this.json = json;
        this.staleAfter = staleAfter;
    }

    @GET
    @RolesAllowed({Roles.DIRECTORY_ADMIN, Roles.ANALYST})
    public Response entries(@QueryParam("country") String country, @QueryParam("stale") boolean staleOnly,
            @QueryParam("done") DirectoryNotice done) {
        Country shown;
        if (country == null) {
            shown = user.isCorrespondent() ? user.caller().country() : null;
        } else if (country.isBlank()) {
            shown = null;
        } else if (Country.isWellFormed(country)) {
            shown = Country.of(country);
        } else {
            return errors.notFound();
        }
        return HtmlPage.of(200, listing(shown, staleOnly, FormErrors.NONE, ImportOutcome.NONE, done));
    }

    /** The country's entries as the file an import takes back (the API's export). */
    @GET
    @Path("/export")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DIRECTORY_ADMIN, Roles.ANALYST})
    public Response export(@QueryParam("country") String country) {
        Country cc = country == null && user.isCorrespondent() ? user.caller().country()
                : Country.isWellFormed(country) ? Country.of(country) : null;
        if (cc == null) {
            return errors.notFound();
        }
        return Response.ok(DirectoryFile.export(cc, clock.instant()), MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"directory-" + cc + ".json\"").build();
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.DIRECTORY_ADMIN)
    public Response importFile(@RestForm(ConsoleForms.FIELD) String token, @RestForm("file") FileUpload file) {
        forms.verify(token);
        Country own = ownCountry();
        ImportOutcome outcome;
        int status = 200;
        try {
            DirectoryFile.Document document = DirectoryFile.parse(file == null ? "" : read(file), own, json, Days.today(clock));
            outcome = new ImportOutcome(editor.replace(own, document.contactPoints(), document.version(), user.caller()),
                    List.of());
        } catch (ProblemException e) {
            status = e.problem().status();
            outcome = new ImportOutcome(null, e.problem().errors().isEmpty()
                    ? List.of(new FieldError("file", e.problem().detail(), null)) : e.problem().errors());
        }
        return HtmlPage.of(status, listing(own, false, FormErrors.NONE, outcome, null));
    }

    @GET
    @Path("/entries/new")
    @RolesAllowed(Roles.DIRECTORY_ADMIN)
    public Response blank() {
        return HtmlPage.of(200, entry(EntryForm.blank(ownCountry() + "-"), true, true, FormErrors.NONE));
    }

    @POST
    @Path("/entries")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.DIRECTORY_ADMIN)
    public Response create(MultivaluedMap<String, String> form) {
        forms.verify(form);
        EntryForm posted = EntryForm.posted(form, null, null);
        return change(posted, true, data -> editor.create(data, user.caller()), DirectoryNotice.CREATED);
    }

    @GET
    @Path("/entries/{id}")
    @RolesAllowed({Roles.DIRECTORY_ADMIN, Roles.ANALYST})
    public Response entry(@PathParam("id") String id) {
        ContactPoint point = ContactPoint.findById(id);
        if (point == null) {
            return errors.notFound();
        }
        return HtmlPage.of(200, entry(EntryForm.of(point), false, mayChange(point), FormErrors.NONE));
    }

    @POST
    @Path("/entries/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.DIRECTORY_ADMIN)
    public Response save(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        forms.verify(form);
        ContactPoint point = ContactPoint.findById(id);
        if (point == null || !mayChange(point)) {
            return errors.notFound();
        }
        return change(EntryForm.posted(form, id, point), false, data -> editor.update(id, data, user.caller()),
                DirectoryNotice.SAVED);
    }

    @POST
    @Path("/entries/{id}/verify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.DIRECTORY_ADMIN)
    public Response verify(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        forms.verify(form);
        editor.verify(id, user.caller());
        return backToList(DirectoryNotice.VERIFIED);
    }

    @POST
    @Path("/entries/{id}/deactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.DIRECTORY_ADMIN)
    public Response deactivate(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        forms.verify(form);
        editor.deactivate(id, user.caller());
        return backToList(DirectoryNotice.DEACTIVATED);
    }

    /** Applies the form through the editor; a form with problems comes back with what was typed and every problem. */
    private Response change(EntryForm posted, boolean creating, Function<ContactPointData, ContactPoint> change,
            DirectoryNotice done) {
        List<FieldError> formProblems = new ArrayList<>();
        ContactPointData data = posted.data(formProblems);
        if (!formProblems.isEmpty()) {
            return HtmlPage.of(400, entry(posted, creating, true, FormErrors.of(formProblems)));
        }
        try {
            change.apply(data);
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                return errors.notFound();
            }
            return HtmlPage.of(e.problem().status(), entry(posted, creating, true, FormErrors.of(e.problem())));
        }
        return backToList(done);
    }

    private static Response backToList(DirectoryNotice done) {
        return Response.seeOther(URI.create("/console/directory?done=" + done)).build();
    }

    private boolean mayChange(ContactPoint point) {
        return user.isCorrespondent() && user.caller().speaksFor(point.country);
    }

    /** The correspondent's own country; the regional administration and analysts change no entries. */
    private Country ownCountry() {
        if (!user.isCorrespondent()) {
            throw new jakarta.ws.rs.ForbiddenException("only a country's correspondents change its entries");
        }
        return user.caller().country();
    }

    private String listing(Country shown, boolean staleOnly, FormErrors failure, ImportOutcome imported,
            DirectoryNotice notice) {
        LocalDate today = Days.today(clock);
        List<ContactPoint> points = shown == null ? ContactPoint.list("active = true order by country, id")
                : ContactPoint.list("country = ?1 and active = true order by id", shown);
        List<DirectoryListing.Row> rows = points.stream()
                .map(p -> new DirectoryListing.Row(p, p.isStale(staleAfter, today)))
                .filter(row -> !staleOnly || row.stale()).toList();
        List<Country> countries = ContactPoint.getEntityManager().createQuery(
                "select distinct p.country from ContactPoint p where p.active = true", Country.class).getResultList()
                .stream().sorted(java.util.Comparator.comparing(Country::code)).toList();
        boolean editable = shown != null && user.isCorrespondent() && user.caller().speaksFor(shown);
        DirectoryListing listing = new DirectoryListing(shown, staleOnly, rows, editable,
                shown == null ? DirectoryVersion.current() : DirectoryVersion.currentFor(shown), countries);
        return user.localised(DeskTemplates.directory(listing, failure, imported, notice)).render();
    }

    private String entry(EntryForm form, boolean creating, boolean editable, FormErrors failure) {
        return user.localised(DeskTemplates.entry(form, creating, editable, failure, Arrays.asList(DirectoryRole.values()),
                Arrays.asList(AssistanceType.values()), Arrays.asList(LegalBasis.values()))).render();
    }

    private static String read(FileUpload file) {
        try {
            return Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ServerExceptionMapper({io.quarkus.security.ForbiddenException.class, jakarta.ws.rs.ForbiddenException.class})
    Response forbidden() {
        return errors.notFound();
    }

    @ServerExceptionMapper
    Response problem(ProblemException e) {
        return errors.problem(e);
    }
}
