package org.counterpart.tracking.clock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.counterpart.events.Country;
import org.counterpart.platform.security.Caller;
import org.counterpart.platform.security.Roles;

/** How often each pair's clocks warned and breached, per clock; scoped like every dashboard. */
@Path("/dashboards/clock-alerts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANALYST)
public class ClockAlertResource {

    public record PairClockAlerts(Country requestingCountry, Country requestedCountry, String clock, long warnings,
            long breaches) {
    }

    private final EntityManager entityManager;
    private final Caller caller;

    ClockAlertResource(EntityManager entityManager, Caller caller) {
        this.entityManager = entityManager;
        this.caller = caller;
    }

    @GET
    public List<PairClockAlerts> byPair() {
        String scope = caller.isRegional() ? null : caller.country().code();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select requesting_country, requested_country, clock,
                       count(*) filter (where level = 'WARNING'), count(*) filter (where level = 'BREACH')
                from clock_alert
                where cast(:scope as text) is null or requesting_country = :scope or requested_country = :scope
                group by requesting_country, requested_country, clock
                order by requesting_country, requested_country, clock
                """).setParameter("scope", scope).getResultList();
        return rows.stream().map(r -> new PairClockAlerts(Country.of((String) r[0]), Country.of((String) r[1]), (String) r[2],
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue())).toList();
    }
}
