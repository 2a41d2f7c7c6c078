package org.counterpart.routing.console;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.counterpart.console.ConsoleForms;
import org.counterpart.console.ConsoleUser;
import org.counterpart.console.LanguageChoice;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The regional console's start: what needs the regional desk, the operator or a correspondent now, and
 * the directory at a glance; and the language switch. Served by the hub, which holds no case content.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class DeskPages {

    private final ConsoleUser user;
    private final ConsoleForms forms;
    private final DeskWorklists worklists;
    private final DeskErrors errors;

    DeskPages(ConsoleUser user, ConsoleForms forms, DeskWorklists worklists, DeskErrors errors) {
        this.user = user;
        this.forms = forms;
        this.worklists = worklists;
        this.errors = errors;
    }

    @GET
    @RolesAllowed({Roles.DIRECTORY_ADMIN, Roles.OPERATOR, Roles.ANALYST})
    public String worklist() {
        return user.localised(DeskTemplates.worklist(worklists.of(user))).render();
    }

    @POST
    @Path("/language")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.DIRECTORY_ADMIN, Roles.OPERATOR, Roles.ANALYST})
    public Response language(MultivaluedMap<String, String> form) {
        forms.verify(form);
        return LanguageChoice.answer(form);
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
