package org.counterpart.tracking.turnaround;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.counterpart.events.Country;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The dashboard figures, computed by PostgreSQL over the timelines. */
@ApplicationScoped
public class TurnaroundQueries {

    private static final String HOURS = "extract(epoch from (acknowledged_at - transmitted_at)) / 3600.0";
    private static final String SCOPE = """
            where (cast(:scope as text) is null or requesting_country = :scope or requested_country = :scope)
              and (cast(:requesting as text) is null or requesting_country = :requesting)
              and (cast(:requested as text) is null or requested_country = :requested)
            """;

    private final EntityManager entityManager;
    private final Duration target;
    private final InstantSource clock;

    TurnaroundQueries(EntityManager entityManager,
            @ConfigProperty(name = "counterpart.clocks.acknowledge-target") Duration target, InstantSource clock) {
        this.clock = clock;
        this.entityManager = entityManager;
        this.target = target;
    }

    /** Not (or no longer) stuck at the hub: never unroutable, or assigned by the regional desk since. */
    private static final String DELIVERED = "(unroutable_at is null or routed_at is not null)";

    /** {@code scope}: only pairs involving this country; null for the whole region. */
    public List<PairTurnaround> byPair(Country scope, Country requesting, Country requested) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select requesting_country, requested_country,
                       count(transmitted_at),
                       count(acknowledged_at),
                       count(*) filter (where transmitted_at is not null and acknowledged_at is null and %3$s),
                       count(*) filter (where not %3$s),
                       avg(%1$s),
                       percentile_cont(0.5) within group (order by %1$s),
                       max(%1$s),
                       count(*) filter (where %1$s <= :targetHours),
                       count(forwarded_at)
                from request_fact
                %2$s
                group by requesting_country, requested_country
                order by requesting_country, requested_country
                """.formatted(HOURS, SCOPE, DELIVERED))
                .setParameter("scope", code(scope))
                .setParameter("requesting", code(requesting))
                .setParameter("requested", code(requested))
                .setParameter("targetHours", targetHours())
                .getResultList();
        return rows.stream().map(r -> new PairTurnaround(Country.of((String) r[0]), Country.of((String) r[1]), count(r[2]), count(r[3]),
                count(r[4]), count(r[5]), hours(r[6]), hours(r[7]), hours(r[8]), count(r[9]), targetHours(), count(r[10])))
                .toList();
    }

    public List<RequestTurnaround> byRequest(Country scope, Country requesting, Country requested) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select request_id, requesting_country, requested_country, transmitted_at, acknowledged_at, %1$s,
                       not %3$s
                from request_fact
                %2$s
                  and transmitted_at is not null
                order by transmitted_at desc
                limit 500
                """.formatted(HOURS, SCOPE, DELIVERED))
                .setParameter("scope", code(scope))
                .setParameter("requesting", code(requesting))
                .setParameter("requested", code(requested))
                .getResultList();
        Instant now = clock.instant();
        return rows.stream().map(r -> {
            Instant transmitted = instant(r[3]);
            Instant acknowledged = instant(r[4]);
            Double toAcknowledge = hours(r[5]);
            boolean unroutable = (Boolean) r[6];
            // An unroutable request waits on the directory, not on a counterpart: its clock does not run.
            Double waiting = acknowledged == null && !unroutable
                    ? round(Duration.between(transmitted, now).toSeconds() / 3600.0) : null;
            Double elapsed = toAcknowledge != null ? toAcknowledge : waiting;
            return new RequestTurnaround((UUID) r[0], Country.of((String) r[1]), Country.of((String) r[2]), transmitted, acknowledged,
                    toAcknowledge, waiting, unroutable, elapsed != null && elapsed > targetHours());
        }).toList();
    }

    private double targetHours() {
        return target.toSeconds() / 3600.0;
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static Double hours(Object value) {
        return value == null ? null : round(((Number) value).doubleValue());
    }

    private static double round(double hours) {
        return Math.round(hours * 100) / 100.0;
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }

    /** Native queries compare the plain text columns; null means "any". */
    private static String code(Country country) {
        return country == null ? null : country.code();
    }
}
