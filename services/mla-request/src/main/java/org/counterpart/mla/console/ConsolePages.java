package org.counterpart.mla.console;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.counterpart.console.ConsoleForms;
import org.counterpart.console.ConsoleUser;
import org.counterpart.console.LanguageChoice;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.workflow.RequestStatus;
import org.counterpart.mla.CountryConfig;
import org.counterpart.mla.audit.AuditAction;
import org.counterpart.mla.audit.Audited;
import org.counterpart.mla.notice.Notices;
import org.counterpart.mla.request.Direction;
import org.counterpart.mla.request.RequestService;
import org.counterpart.mla.request.RequestSummary;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The console's start (the worklist), the request list with its search, and the language switch. */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class ConsolePages {

    private final ConsoleUser user;
    private final Worklists worklists;
    private final RequestService requests;
    private final CountryConfig config;
    private final ConsoleErrors errors;
    private final ConsoleForms forms;
    private final Notices notices;

    ConsolePages(ConsoleUser user, Worklists worklists, RequestService requests, CountryConfig config,
            ConsoleErrors errors, ConsoleForms forms, Notices notices) {
        this.user = user;
        this.worklists = worklists;
        this.requests = requests;
        this.config = config;
        this.errors = errors;
        this.forms = forms;
        this.notices = notices;
    }

    @GET
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT,
            Roles.ANALYST})
    @Audited(AuditAction.LIST)
    public Response worklist(@QueryParam("notices") String saved) {
        if (!user.worksOnRequests()) {
            // An analyst has no requests of their own to work on: their start is the figures.
            return Response.seeOther(URI.create("/console/figures")).build();
        }
        // Whoever opens their worklist can be told by e-mail of what needs them, as of this sign-in.
        Optional<String> email = user.email();
        email.ifPresent(address -> notices.enrol(user.caller(), address, user.locale()));
        NoticeChoice choice = new NoticeChoice(email.orElse(null), email.isPresent() && notices.wants(user.caller()),
                "saved".equals(saved));
        return Response.ok(user.localised(
                ConsoleTemplates.worklist(config.country().code(), worklists.of(user.caller()), choice)).render())
                .build();
    }

    /** The person's choice of e-mail notices. */
    @POST
    @Path("/notices")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT})
    public Response notices(MultivaluedMap<String, String> form) {
        forms.verify(form);
        notices.want(user.caller(), form.containsKey("wanted"));
        return Response.seeOther(URI.create("/console?notices=saved#notices")).build();
    }

    @GET
    @Path("/requests")
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT})
    @Audited(AuditAction.LIST)
    public String requests(@QueryParam("reference") String reference, @QueryParam("direction") String direction,
            @QueryParam("status") String status, @QueryParam("counterpart") String counterpart,
            @QueryParam("measure") String measure, @QueryParam("from") String from, @QueryParam("until") String until,
            @QueryParam("after") String after) {
        RequestFilter filter = RequestFilter.of(reference, direction, status, counterpart, measure, from, until, after);
        RequestService.Page page = requests.page(filter.search(user.zone()), user.caller(), RequestFilter.PAGE_SIZE,
                filter.after());
        return user.localised(ConsoleTemplates.requests(config.country().code(), filter, page.requests(), page.next(),
                config.counterparts(),
                Arrays.asList(RequestStatus.values()), Arrays.asList(AssistanceType.values()),
                Arrays.asList(Direction.values()))).render();
    }

    @POST
    @Path("/language")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT})
    public Response language(MultivaluedMap<String, String> form) {
        forms.verify(form);
        return LanguageChoice.answer(form);
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
