package org.counterpart.console.figures;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.counterpart.events.figures.Dimension;
import org.counterpart.events.figures.Figures.Aggregates;
import org.counterpart.events.figures.Figures.Reconciliation;
import org.counterpart.events.figures.Figures.RequestList;
import org.counterpart.events.figures.Figures.Series;
import org.counterpart.events.figures.Figures.StockAndFlows;
import org.counterpart.events.figures.Figures.Trends;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Tracking's figures, asked with the signed-in analyst's own token, so a console shows a person exactly
 * what tracking's API shows them: their pairs, with small counts protected as their role says.
 */
@RegisterRestClient(configKey = "tracking-console")
@Path("/figures")
public interface RegionFigures {

    @GET
    @Path("/aggregates")
    @Produces(MediaType.APPLICATION_JSON)
    Aggregates aggregates(@HeaderParam("Authorization") String bearer, @QueryParam("by") Dimension by,
            @BeanParam FigureQuery query);

    @GET
    @Path("/trends")
    @Produces(MediaType.APPLICATION_JSON)
    Trends trends(@HeaderParam("Authorization") String bearer, @QueryParam("series") Series series,
            @BeanParam FigureQuery query);

    @GET
    @Path("/stock-and-flow")
    @Produces(MediaType.APPLICATION_JSON)
    StockAndFlows stockAndFlow(@HeaderParam("Authorization") String bearer, @BeanParam FigureQuery query);

    @GET
    @Path("/reconciliation")
    @Produces(MediaType.APPLICATION_JSON)
    Reconciliation reconciliation(@HeaderParam("Authorization") String bearer, @BeanParam FigureQuery query);

    @GET
    @Path("/requests")
    @Produces(MediaType.APPLICATION_JSON)
    RequestList requests(@HeaderParam("Authorization") String bearer, @QueryParam("overdue") boolean overdue,
            @BeanParam FigureQuery query);

    /** One figure as tracking exports it (small counts protected whoever asks), with its file name. */
    @GET
    @Path("/{figure}")
    @Produces("text/csv")
    Response csv(@HeaderParam("Authorization") String bearer, @PathParam("figure") String figure,
            @QueryParam("by") Dimension by, @QueryParam("series") Series series, @QueryParam("overdue") Boolean overdue,
            @BeanParam FigureQuery query);
}
