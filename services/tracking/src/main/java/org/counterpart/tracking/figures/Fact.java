package org.counterpart.tracking.figures;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.ClockAlert;
import org.counterpart.events.Country;
import org.counterpart.events.ExploitationForm;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.RefusalGround;
import org.counterpart.events.Urgency;
import org.counterpart.events.figures.Dimension;
import org.counterpart.events.figures.Outcome;
import org.counterpart.events.figures.Turnaround;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.events.workflow.RequestStatus;

/**
 * One row of {@code request_fact} as the figures read it, with each clock in hours ({@code NaN} while it
 * runs) and the keys it is grouped by, worked out once when the row is read rather than at every query.
 */
record Fact(
        UUID requestId,
        Country requesting,
        Country requested,
        CooperationKind kind,
        AssistanceType measure,
        LegalBasis legalBasis,
        Urgency urgency,
        List<ExploitationForm> forms,
        Integer victimCount,
        Instant transmittedAt,
        Instant retrievedAt,
        Instant routedAt,
        Instant unroutableAt,
        Instant acknowledgedAt,
        Instant decidedAt,
        Instant executedAt,
        Instant finalisedAt,
        Outcome outcome,
        Instant forwardedAt,
        String contactPoint,
        String misroutedFrom,
        List<RefusalGround> refusalGrounds,
        List<ClockAlert.Clock> breaches,
        int deficientReturns,
        int infoRequests,
        RequestStatus status,
        Instant statusAt,
        long pausedSeconds,
        boolean pausedNow,
        double[] hours,
        String pair,
        String month,
        String quarter) {

    /**
     * The clock in hours, the time the requester owed information taken off the clocks it pauses: the one
     * definition of the clocks, computed by PostgreSQL as the row is read.
     */
    private static String hoursSql(Turnaround clock) {
        String hours = switch (clock) {
            case SUBMITTED_TO_TRANSMITTED -> "extract(epoch from (transmitted_at - submitted_at)) / 3600.0";
            case TRANSMITTED_TO_ACKNOWLEDGED -> "extract(epoch from (acknowledged_at - transmitted_at)) / 3600.0";
            case TRANSMITTED_TO_DECIDED -> "(extract(epoch from (decided_at - transmitted_at)) - decided_paused) / 3600.0";
            case TRANSMITTED_TO_EXECUTED -> "(extract(epoch from (executed_at - transmitted_at)) - executed_paused) / 3600.0";
            case TRANSMITTED_TO_CLOSED -> "(extract(epoch from (closed_at - transmitted_at)) - closed_paused) / 3600.0";
        };
        return "cast(" + hours + " as double precision)";
    }

    /** Every row, as {@link #read} takes it. */
    static final String SELECT = """
            select request_id, requesting_country, requested_country, kind, measure, legal_basis, urgency,
                   array(select jsonb_array_elements_text(exploitation_forms)), victim_count,
                   transmitted_at, retrieved_at, routed_at, unroutable_at, acknowledged_at, decided_at, executed_at,
                   finalised_at, outcome, forwarded_at, contact_point, misrouted_from,
                   array(select jsonb_array_elements_text(refusal_grounds)),
                   array(select jsonb_array_elements_text(breaches)),
                   deficient_returns, info_requests, status, status_at, paused_seconds, paused_since is not null,
                   %s,
                   to_char(transmitted_at at time zone 'UTC', 'YYYY-MM'),
                   to_char(transmitted_at at time zone 'UTC', 'YYYY-"Q"Q')
            from request_fact
            """.formatted(Arrays.stream(Turnaround.values()).map(Fact::hoursSql).collect(Collectors.joining(", ")));

    /** The rows written by a transaction at or after the given one ({@code changed_in}, V5). */
    static final String CHANGED_SINCE = SELECT + "where changed_in >= cast(cast(? as text) as xid8)";

    private static final int CLOCK_COLUMN = 30;

    /** One instance per country, however many facts name it. */
    private static final Map<String, Country> COUNTRIES = new ConcurrentHashMap<>();

    static Fact read(ResultSet row) throws SQLException {
        double[] hours = new double[Turnaround.values().length];
        for (int i = 0; i < hours.length; i++) {
            double value = row.getDouble(CLOCK_COLUMN + i);
            hours[i] = row.wasNull() ? Double.NaN : value;
        }
        Country requesting = COUNTRIES.computeIfAbsent(row.getString(2), Country::of);
        Country requested = COUNTRIES.computeIfAbsent(row.getString(3), Country::of);
        return new Fact(row.getObject(1, UUID.class), requesting, requested,
                named(row.getString(4), CooperationKind::valueOf), named(row.getString(5), AssistanceType::valueOf),
                named(row.getString(6), LegalBasis::valueOf), named(row.getString(7), Urgency::valueOf),
                list(row.getArray(8), ExploitationForm::valueOf), (Integer) row.getObject(9),
                instant(row, 10), instant(row, 11), instant(row, 12), instant(row, 13), instant(row, 14),
                instant(row, 15), instant(row, 16), instant(row, 17), named(row.getString(18), Outcome::valueOf),
                instant(row, 19), row.getString(20), row.getString(21),
                list(row.getArray(22), RefusalGround::valueOf), list(row.getArray(23), ClockAlert.Clock::valueOf),
                row.getInt(24), row.getInt(25), named(row.getString(26), RequestStatus::valueOf), instant(row, 27),
                row.getLong(28), row.getBoolean(29), hours, requesting.code() + "->" + requested.code(),
                row.getString(CLOCK_COLUMN + hours.length), row.getString(CLOCK_COLUMN + hours.length + 1));
    }

    /** The clock in hours; {@code NaN} while it runs. */
    double hours(Turnaround clock) {
        return hours[clock.ordinal()];
    }

    /** The groups it counts in: one, one per form of exploitation, or none by period before it is transmitted. */
    List<String> keys(Dimension by) {
        return switch (by) {
            case PAIR -> List.of(pair);
            case KIND -> List.of(kind == null ? "NOT_RECORDED" : kind.name());
            case MEASURE -> List.of(measure == null ? "NONE" : measure.name());
            case LEGAL_BASIS -> List.of(legalBasis == null ? "NONE" : legalBasis.name());
            case URGENCY -> List.of(urgency == null ? "NOT_RECORDED" : urgency.name());
            case EXPLOITATION_FORM -> forms.isEmpty() ? List.of("NOT_RECORDED") : forms.stream().map(Enum::name).toList();
            case CONTACT_POINT -> List.of(misroutedFrom != null ? misroutedFrom
                    : contactPoint != null ? contactPoint : "NOT_ROUTED");
            // Not yet transmitted: in no period, so in no group of one.
            case MONTH -> month == null ? List.of() : List.of(month);
            case QUARTER -> quarter == null ? List.of() : List.of(quarter);
            case YEAR -> month == null ? List.of() : List.of(month.substring(0, 4));
        };
    }

    /** Transmitted in {@code [start, end)}: the cohort the aggregates, refusals, trends and lists count. */
    boolean transmittedWithin(Instant start, Instant end) {
        return transmittedAt != null && !transmittedAt.isBefore(start) && transmittedAt.isBefore(end);
    }

    /**
     * Active, with a breached clock that has not stopped since: an acknowledgement, a decision or the
     * execution still owed; or a wanted-by date, a treaty window or a verification deadline passed.
     */
    boolean overdue() {
        return finalisedAt == null && (breaches.contains(ClockAlert.Clock.ACKNOWLEDGE) && acknowledgedAt == null
                || breaches.contains(ClockAlert.Clock.DECIDE) && decidedAt == null
                || breaches.contains(ClockAlert.Clock.EXECUTE) && executedAt == null
                || breaches.contains(ClockAlert.Clock.WANTED_BY) || breaches.contains(ClockAlert.Clock.FULL_REQUEST)
                || breaches.contains(ClockAlert.Clock.VERIFY_NATIONALITY));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static <E> E named(String name, Function<String, E> valueOf) {
        return name == null ? null : valueOf.apply(name);
    }

    private static <E> List<E> list(Array array, Function<String, E> valueOf) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(code -> valueOf.apply((String) code)).toList();
    }
}
