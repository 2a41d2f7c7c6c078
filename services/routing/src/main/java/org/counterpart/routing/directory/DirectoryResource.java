package org.counterpart.routing.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Country;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.workflow.DirectoryRole;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Caller;
import org.counterpart.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.counterpart.platform.time.Days;

/**
 * The directory: every user of the network reads it; each country's correspondents ({@code directory-admin}
 * with their {@code country}) keep their own entries, one version per change.
 */
@Path("/directory")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    private final DirectoryEditor editor;
    private final Caller caller;
    private final ObjectMapper json;
    private final Period staleAfter;
    private final InstantSource clock;

    DirectoryResource(DirectoryEditor editor, Caller caller, ObjectMapper json,
            @ConfigProperty(name = "counterpart.directory.stale-after") Period staleAfter, InstantSource clock) {
        this.clock = clock;
        this.editor = editor;
        this.caller = caller;
        this.json = json;
        this.staleAfter = staleAfter;
    }

    @GET
    @Path("/contact-points")
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT,
            Roles.DIRECTORY_ADMIN, Roles.ANALYST})
    public List<ContactPointView> list(@QueryParam("country") String country) {
        List<ContactPoint> points = country == null
                ? ContactPoint.list("active = true order by country, id")
                : ContactPoint.activeIn(wellFormed(country));
        return points.stream().map(this::view).toList();
    }

    @GET
    @Path("/contact-points/{id}")
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT,
            Roles.DIRECTORY_ADMIN, Roles.ANALYST})
    public ContactPointView get(@PathParam("id") String id) {
        ContactPoint point = ContactPoint.findById(id);
        if (point == null) {
            throw ProblemException.notFound("Contact point " + id);
        }
        return view(point);
    }

    /** Entries not confirmed within {@code counterpart.directory.stale-after}: the correspondent's to-do list. */
    @GET
    @Path("/stale")
    @RolesAllowed(Roles.DIRECTORY_ADMIN)
    public List<ContactPointView> stale() {
        List<ContactPoint> points = caller.isRegional()
                ? ContactPoint.list("active = true order by country, id")
                : ContactPoint.activeIn(caller.country());
        LocalDate today = Days.today(clock);
        return points.stream().filter(p -> p.isStale(staleAfter, today)).map(this::view).toList();
    }

    @POST
    @Path("/contact-points")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DIRECTORY_ADMIN)
    @APIResponse(responseCode = "201", description = "The entry, at its Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactPointView.class)))
    public Response create(ContactPointData entry, @Context UriInfo uri) {
        ContactPointView created = view(editor.create(required(entry), caller));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @PUT
    @Path("/contact-points/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DIRECTORY_ADMIN)
    public ContactPointView update(@PathParam("id") String id, ContactPointData entry) {
        return view(editor.update(id, required(entry), caller));
    }

    @POST
    @Path("/contact-points/{id}/verify")
    @RolesAllowed(Roles.DIRECTORY_ADMIN)
    public ContactPointView verify(@PathParam("id") String id) {
        return view(editor.verify(id, caller));
    }

    @DELETE
    @Path("/contact-points/{id}")
    @RolesAllowed(Roles.DIRECTORY_ADMIN)
    public ContactPointView deactivate(@PathParam("id") String id) {
        return view(editor.deactivate(id, caller));
    }

    /** The change history, newest first; one country's, or every country's for the regional administration. */
    @GET
    @Path("/versions")
    @RolesAllowed({Roles.DIRECTORY_ADMIN, Roles.ANALYST})
    public List<VersionView> versions(@QueryParam("country") String country) {
        List<DirectoryVersion> versions = country == null
                ? DirectoryVersion.list("order by number desc")
                : DirectoryVersion.list("country = ?1 or country is null order by number desc", wellFormed(country));
        return versions.stream().map(v -> new VersionView(v.label(), v.country, v.summary, v.changedBy, v.changedAt,
                v.entries.size())).toList();
    }

    @GET
    @Path("/countries/{country}/export")
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT,
            Roles.DIRECTORY_ADMIN, Roles.ANALYST})
    public Response export(@PathParam("country") String country) {
        Country cc = wellFormed(country);
        return Response.ok(DirectoryFile.export(cc, clock.instant()))
                .header("Content-Disposition", "attachment; filename=\"directory-" + cc + ".json\"")
                .build();
    }

    /**
     * Replaces the country's entries with a file's, as one version. {@code basedOn} (the {@code version}
     * of the export the file started from) guards against undoing changes made since.
     */
    @PUT
    @Path("/countries/{country}/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DIRECTORY_ADMIN)
    public DirectoryEditor.ImportResult importFile(@PathParam("country") String country, String file) {
        Country cc = wellFormed(country);
        if (!caller.speaksFor(cc)) {
            throw new jakarta.ws.rs.ForbiddenException("directory correspondents change only their own country's entries");
        }
        DirectoryFile.Document document = DirectoryFile.parse(file == null ? "" : file, cc, json, Days.today(clock));
        return editor.replace(cc, document.contactPoints(), document.version(), caller);
    }

    public record VersionView(String version, Country country, String summary, String changedBy,
            java.time.Instant changedAt, int entries) {
    }

    public record ContactPointView(String id, Country country, String authority, DirectoryRole role,
            List<String> languages, List<String> urgentLanguages, String channel, List<AssistanceType> measures,
            List<LegalBasis> legalInstruments, List<String> regions, Long attachmentLimitBytes, boolean eSignatureRequired,
            boolean encryptionRequired, String owner, LocalDate lastVerified, boolean stale, boolean illustrative,
            boolean active, String directoryVersion) {
    }

    private ContactPointView view(ContactPoint p) {
        return new ContactPointView(p.id, p.country, p.authority, p.role, p.languages, p.urgentLanguages, p.channel,
                p.measures, p.legalInstruments, p.regions, p.attachmentLimitBytes, p.eSignatureRequired,
                p.encryptionRequired, p.owner, p.lastVerified, p.isStale(staleAfter, Days.today(clock)), p.illustrative,
                p.active, p.directoryVersion);
    }

    private static ContactPointData required(ContactPointData entry) {
        if (entry == null) {
            throw ProblemException.invalid("body", "a directory entry is required");
        }
        return entry;
    }

    private static Country wellFormed(String country) {
        if (!Country.isWellFormed(country)) {
            throw ProblemException.invalid("country", "must be an ISO 3166-1 alpha-2 code such as MY");
        }
        return Country.of(country);
    }
}
