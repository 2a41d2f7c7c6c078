package org.counterpart.routing.console;

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
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.counterpart.console.ConsoleForms;
import org.counterpart.console.ConsoleUser;
import org.counterpart.console.FormErrors;
import org.counterpart.console.HtmlPage;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Roles;
import org.counterpart.routing.decision.RoutingRecord;
import org.counterpart.routing.decision.UnroutableDesk;
import org.counterpart.routing.directory.ContactPoint;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The regional desk's queue: each request the directory could not place, why, and a form to give it to
 * one of the requested country's contact points. Metadata only: the hub holds no case content.
 */
@Path("/console/unroutable")
@Produces(MediaType.TEXT_HTML)
public class UnroutablePages {

    /** A waiting request, the entries it may be given to, and whether its form just came back with errors. */
    public record Waiting(RoutingRecord record, List<ContactPoint> candidates, boolean failed) {
    }

    private final ConsoleUser user;
    private final ConsoleForms forms;
    private final UnroutableDesk desk;
    private final DeskErrors errors;

    UnroutablePages(ConsoleUser user, ConsoleForms forms, UnroutableDesk desk, DeskErrors errors) {
        this.user = user;
        this.forms = forms;
        this.desk = desk;
        this.errors = errors;
    }

    @GET
    @RolesAllowed(Roles.DIRECTORY_ADMIN)
    public Response queue(@QueryParam("assigned") boolean assigned) {
        if (!user.isRegionalDesk()) {
            return errors.notFound();
        }
        return HtmlPage.of(200, render(FormErrors.NONE, null, EntryChoice.NONE, assigned));
    }

    @POST
    @Path("/{requestId}/assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.DIRECTORY_ADMIN)
    public Response assign(@PathParam("requestId") UUID requestId, MultivaluedMap<String, String> form) {
        forms.verify(form);
        if (!user.isRegionalDesk()) {
            return errors.notFound();
        }
        EntryChoice choice = new EntryChoice(value(form, "contactPointId"), value(form, "reason"));
        try {
            desk.assign(requestId, choice.contactPointId().isEmpty() ? null : choice.contactPointId(), choice.reason(),
                    user.caller());
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                return errors.notFound();
            }
            return HtmlPage.of(e.problem().status(), render(FormErrors.of(e.problem()), requestId, choice, false));
        }
        return Response.seeOther(URI.create("/console/unroutable?assigned=true")).build();
    }

    private String render(FormErrors failure, UUID failed, EntryChoice posted, boolean assigned) {
        List<Waiting> waiting = UnroutableDesk.waiting().stream()
                .map(r -> new Waiting(r, ContactPoint.activeIn(r.requestedCountry), r.requestId.equals(failed))).toList();
        // A request assigned meanwhile by someone else is no longer listed: its problem is said at the top.
        boolean saidInPlace = waiting.stream().anyMatch(Waiting::failed);
        return user.localised(DeskTemplates.unroutable(waiting, failure, saidInPlace, posted, assigned)).render();
    }

    private static String value(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value.strip();
    }

    @ServerExceptionMapper({io.quarkus.security.ForbiddenException.class, jakarta.ws.rs.ForbiddenException.class})
    Response forbidden() {
        return errors.notFound();
    }
}
