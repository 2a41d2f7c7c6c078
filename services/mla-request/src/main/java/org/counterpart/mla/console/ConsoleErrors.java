package org.counterpart.mla.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.counterpart.console.ConsoleUser;
import org.counterpart.console.HtmlPage;
import org.counterpart.mla.CountryConfig;

/**
 * How the console answers what the API answers as a problem: a request that does not exist, another
 * country's, one the user may not see and a page their role does not open all get the same "not found"
 * page, so the console tells no one what exists beyond what they may know.
 */
@ApplicationScoped
public class ConsoleErrors {

    private final CountryConfig config;

    ConsoleErrors(CountryConfig config) {
        this.config = config;
    }

    /** A form without this session's token: nothing was done, and the user is told to reload the page. */
    Response staleForm(ConsoleUser user) {
        return HtmlPage.of(403, user.localised(ConsoleTemplates.staleForm(config.country().code())).render());
    }

    /**
     * A problem the services answered for a page: "not found" as the page, anything else (a malformed
     * address a form never makes) as the problem itself.
     */
    Response problem(ConsoleUser user, org.counterpart.platform.problem.ProblemException e) {
        return e.problem().status() == 404 ? notFound(user) : e.problem().toResponse();
    }

    Response notFound(ConsoleUser user) {
        return HtmlPage.of(404, user.localised(ConsoleTemplates.notFound(config.country().code())).render());
    }
}
