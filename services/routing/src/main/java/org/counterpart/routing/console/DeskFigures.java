package org.counterpart.routing.console;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.counterpart.console.figures.Dashboard;
import org.counterpart.console.figures.FiguresLayout;

/** The regional console's frame around the shared figures page: the whole region, for the regional analysts. */
@ApplicationScoped
public class DeskFigures implements FiguresLayout {

    private final DeskErrors errors;

    DeskFigures(DeskErrors errors) {
        this.errors = errors;
    }

    @Override
    public TemplateInstance page(Dashboard dashboard) {
        return DeskTemplates.figures(dashboard);
    }

    @Override
    public Response notFound() {
        return errors.notFound();
    }
}
