package org.counterpart.mla.console;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.counterpart.console.ConsoleUser;
import org.counterpart.console.figures.Dashboard;
import org.counterpart.console.figures.FiguresLayout;
import org.counterpart.mla.CountryConfig;

/** A country's console frame around the shared figures page: the pairs the country is part of, for its analysts. */
@ApplicationScoped
public class ConsoleFigures implements FiguresLayout {

    private final CountryConfig config;
    private final ConsoleErrors errors;
    private final ConsoleUser user;

    ConsoleFigures(CountryConfig config, ConsoleErrors errors, ConsoleUser user) {
        this.config = config;
        this.errors = errors;
        this.user = user;
    }

    @Override
    public TemplateInstance page(Dashboard dashboard) {
        return ConsoleTemplates.figures(config.country().code(), dashboard);
    }

    @Override
    public Response notFound() {
        return errors.notFound(user);
    }
}
