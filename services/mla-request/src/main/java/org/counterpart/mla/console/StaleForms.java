package org.counterpart.mla.console;

import jakarta.ws.rs.core.Response;
import org.counterpart.console.ConsoleForms;
import org.counterpart.console.ConsoleUser;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A console form refused for its CSRF token is answered with a page, wherever it was posted. */
public class StaleForms {

    private final ConsoleUser user;
    private final ConsoleErrors errors;

    StaleForms(ConsoleUser user, ConsoleErrors errors) {
        this.user = user;
        this.errors = errors;
    }

    @ServerExceptionMapper
    Response stale(ConsoleForms.StaleFormException e) {
        return errors.staleForm(user);
    }
}
