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
import org.counterpart.console.ConsoleForms;
import org.counterpart.console.ConsoleUser;
import org.counterpart.console.FormErrors;
import org.counterpart.console.HtmlPage;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Roles;
import org.counterpart.routing.operations.DeadLetterDesk;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The operator's dead letters: why each was parked, whether it went back, and a button to replay it. */
@Path("/console/dead-letters")
@Produces(MediaType.TEXT_HTML)
public class DeadLetterPages {

    /** The newest letters of each partition the page shows, as the API does by default. */
    static final int SHOWN = 100;

    private final ConsoleUser user;
    private final ConsoleForms forms;
    private final DeadLetterDesk desk;
    private final DeskErrors errors;

    DeadLetterPages(ConsoleUser user, ConsoleForms forms, DeadLetterDesk desk, DeskErrors errors) {
        this.user = user;
        this.forms = forms;
        this.desk = desk;
        this.errors = errors;
    }

    @GET
    @RolesAllowed(Roles.OPERATOR)
    public String letters(@QueryParam("replayed") String replayed) {
        return render(FormErrors.NONE, replayed);
    }

    @POST
    @Path("/{partition}/{offset}/replay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPERATOR)
    public Response replay(@PathParam("partition") int partition, @PathParam("offset") long offset,
            MultivaluedMap<String, String> form) {
        forms.verify(form);
        try {
            desk.replay(partition, offset, user.caller());
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                return errors.notFound();
            }
            return HtmlPage.of(e.problem().status(), render(FormErrors.of(e.problem()), null));
        }
        return Response.seeOther(URI.create("/console/dead-letters?replayed=" + partition + "-" + offset)).build();
    }

    private String render(FormErrors failure, String replayed) {
        String shown = replayed != null && replayed.matches("\\d{1,9}-\\d{1,19}") ? replayed.replace('-', '/') : null;
        return user.localised(DeskTemplates.deadLetters(desk.newest(SHOWN, user.caller()), failure, shown)).render();
    }

    @ServerExceptionMapper({io.quarkus.security.ForbiddenException.class, jakarta.ws.rs.ForbiddenException.class})
    Response forbidden() {
        return errors.notFound();
    }
}
