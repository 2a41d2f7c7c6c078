package org.counterpart.console.figures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.counterpart.console.ConsoleUser;
import org.counterpart.events.figures.Dimension;
import org.counterpart.events.figures.Figures.Series;
import org.counterpart.events.figures.Turnaround;
import org.counterpart.platform.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The figures page of every console, for analysts: the regional console's shows the whole region, a
 * country's its own pairs (tracking scopes both by the analyst's token). Each console lays it out
 * ({@link FiguresLayout}); the downloads are tracking's own CSV.
 */
@Path("/console/figures")
@RolesAllowed(Roles.ANALYST)
public class FiguresPage {

    private final ConsoleUser user;
    private final FiguresDashboard dashboard;
    private final FiguresLayout layout;

    FiguresPage(ConsoleUser user, FiguresDashboard dashboard, FiguresLayout layout) {
        this.user = user;
        this.dashboard = dashboard;
        this.layout = layout;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@QueryParam("clock") String clock, @BeanParam FigureQuery query) {
        Dashboard shown = dashboard.of(user, query, named(Turnaround.class, clock, Turnaround.TRANSMITTED_TO_ACKNOWLEDGED));
        String html = user.localised(layout.page(shown)).render();
        return Response.status(shown.errors().isEmpty() ? 200 : 400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(html).build();
    }

    @GET
    @Path("/export/{figure}")
    @Produces("text/csv")
    public Response export(@PathParam("figure") String figure, @QueryParam("by") String by,
            @QueryParam("series") String series, @QueryParam("overdue") Boolean overdue, @BeanParam FigureQuery query) {
        ExportedFigure exported = ExportedFigure.at(figure).orElse(null);
        if (exported == null) {
            return layout.notFound();
        }
        return dashboard.csv(user, exported, named(Dimension.class, by, null), named(Series.class, series, null), overdue,
                query);
    }

    @ServerExceptionMapper({io.quarkus.security.ForbiddenException.class, jakarta.ws.rs.ForbiddenException.class})
    Response forbidden() {
        return layout.notFound();
    }

    /** A choice the page offers, or its default when the address names none it knows. */
    private static <E extends Enum<E>> E named(Class<E> type, String value, E fallback) {
        if (value == null) {
            return fallback;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return fallback;
    }
}
