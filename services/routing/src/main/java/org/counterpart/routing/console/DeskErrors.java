package org.counterpart.routing.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.counterpart.console.ConsoleForms;
import org.counterpart.console.ConsoleUser;
import org.counterpart.console.HtmlPage;
import org.counterpart.platform.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * How the regional console answers a refusal: a page the user's role does not open, another country's
 * entry and one that does not exist all get the same "not found" page; a form without this session's
 * CSRF token gets a page saying nothing was done.
 */
@ApplicationScoped
public class DeskErrors {

    private final ConsoleUser user;

    DeskErrors(ConsoleUser user) {
        this.user = user;
    }

    @ServerExceptionMapper
    Response staleForm(ConsoleForms.StaleFormException e) {
        return HtmlPage.of(403, user.localised(DeskTemplates.staleForm()).render());
    }

    Response notFound() {
        return HtmlPage.of(404, user.localised(DeskTemplates.notFound()).render());
    }

    /** A problem the hub answered for a page: "not found" as the page, anything else as the problem itself. */
    Response problem(ProblemException e) {
        return e.problem().status() == 404 ? notFound() : e.problem().toResponse();
    }
}
