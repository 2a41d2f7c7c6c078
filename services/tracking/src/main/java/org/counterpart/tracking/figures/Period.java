package org.counterpart.tracking.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterpart.platform.problem.ProblemException;

/**
 * The time a figure covers, from its first day to the day after its last, in UTC (the region spans three
 * time zones; one calendar for all keeps the two sides' figures comparable). Written as a month
 * ({@code 2026-03}), a quarter ({@code 2026-Q1}), a year ({@code 2026}) or a range of days.
 */
public record Period(LocalDate from, LocalDate until) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    public Period {
        if (!from.isBefore(until)) {
            throw ProblemException.invalid("to", "must be on or after from (" + from + ")");
        }
    }

    /**
     * {@code period} when given, else {@code from} and {@code to} (both days included), else
     * {@code fallback}.
     */
    public static Period of(String givenPeriod, String givenFrom, String givenTo, Period fallback) {
        // A form sends the fields left empty as empty values: they say nothing.
        String period = blankAsNone(givenPeriod);
        String from = blankAsNone(givenFrom);
        String to = blankAsNone(givenTo);
        if (period != null) {
            if (from != null || to != null) {
                throw ProblemException.invalid("period", "give a period or from and to, not both");
            }
            return named(period);
        }
        if (from == null && to == null) {
            return fallback;
        }
        if (from == null || to == null) {
            throw ProblemException.invalid(from == null ? "from" : "to", "a range needs both from and to");
        }
        return new Period(day("from", from), day("to", to).plusDays(1));
    }

    private static String blankAsNone(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Period named(String period) {
        Matcher quarter = QUARTER.matcher(period);
        if (quarter.matches()) {
            LocalDate start = LocalDate.of(Integer.parseInt(quarter.group(1)), 3 * Integer.parseInt(quarter.group(2)) - 2, 1);
            return new Period(start, start.plusMonths(3));
        }
        if (YEAR.matcher(period).matches()) {
            LocalDate start = LocalDate.of(Integer.parseInt(period), 1, 1);
            return new Period(start, start.plusYears(1));
        }
        if (MONTH.matcher(period).matches()) {
            try {
                LocalDate start = YearMonth.parse(period).atDay(1);
                return new Period(start, start.plusMonths(1));
            } catch (DateTimeParseException e) {
                throw ProblemException.invalid("period", "has no month " + period.substring(5));
            }
        }
        throw ProblemException.invalid("period", "must be a month (2026-03), a quarter (2026-Q1) or a year (2026)");
    }

    private static LocalDate day(String field, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a day such as 2026-03-31");
        }
    }

    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public Instant end() {
        return until.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The last day included, as people write a range. */
    public LocalDate to() {
        return until.minusDays(1);
    }
}
