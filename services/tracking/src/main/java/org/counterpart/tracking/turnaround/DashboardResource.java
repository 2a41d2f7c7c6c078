package org.counterpart.tracking.turnaround;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.counterpart.events.Country;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Caller;
import org.counterpart.platform.security.Roles;

/**
 * Turnaround dashboards. A regional analyst sees every pair; a national analyst sees the pairs their
 * country is part of.
 */
@Path("/dashboards/time-to-acknowledge")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANALYST)
public class DashboardResource {

    private final TurnaroundQueries queries;
    private final Caller caller;

    DashboardResource(TurnaroundQueries queries, Caller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    public List<PairTurnaround> byPair(@QueryParam("requestingCountry") String requesting,
            @QueryParam("requestedCountry") String requested) {
        return queries.byPair(scope(), country("requestingCountry", requesting), country("requestedCountry", requested));
    }

    @GET
    @Path("/requests")
    public List<RequestTurnaround> byRequest(@QueryParam("requestingCountry") String requesting,
            @QueryParam("requestedCountry") String requested) {
        return queries.byRequest(scope(), country("requestingCountry", requesting),
                country("requestedCountry", requested));
    }

    private Country scope() {
        return caller.isRegional() ? null : caller.country();
    }

    private static Country country(String field, String value) {
        if (value != null && !Country.isWellFormed(value)) {
            throw ProblemException.invalid(field, "must be an ISO 3166-1 alpha-2 code such as TH");
        }
        return value == null ? null : Country.of(value);
    }
}
