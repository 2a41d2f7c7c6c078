package org.counterpart.mla.console;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Country;
import org.counterpart.events.workflow.RequestStatus;
import org.counterpart.mla.request.Direction;
import org.counterpart.mla.request.ListCursor;
import org.counterpart.mla.request.RequestSearch;

/**
 * The request list's search, as its form sends it: a value the list does not know (a typo in an edited
 * address) filters nothing rather than failing, since the form itself offers only valid choices.
 */
public record RequestFilter(String reference, Direction direction, RequestStatus status, Country counterpart,
        AssistanceType measure, LocalDate from, LocalDate until, ListCursor after) {

    /** Requests on one page of the list. */
    public static final int PAGE_SIZE = 20;

    public static RequestFilter of(String reference, String direction, String status, String counterpart, String measure,
            String from, String until, String after) {
        return new RequestFilter(reference == null || reference.isBlank() ? null : reference.strip(),
                option(Direction.class, direction), option(RequestStatus.class, status),
                counterpart != null && Country.isWellFormed(counterpart) ? Country.of(counterpart) : null,
                option(AssistanceType.class, measure), date(from), date(until),
                after == null ? null : ListCursor.parsed(after).orElse(null));
    }

    /** The search the database runs: the dates are whole days where the user is. */
    public RequestSearch search(ZoneId zone) {
        return new RequestSearch(direction, status, counterpart, measure,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                until == null ? null : until.plusDays(1).atStartOfDay(zone).toInstant(), reference, false);
    }

    /** The same search from its first page ({@code page} null) or after {@code page}: the pager's links. */
    public String queryFor(ListCursor page) {
        StringBuilder query = new StringBuilder();
        append(query, "reference", reference);
        append(query, "direction", direction);
        append(query, "status", status);
        append(query, "counterpart", counterpart == null ? null : counterpart.code());
        append(query, "measure", measure);
        append(query, "from", from);
        append(query, "until", until);
        append(query, "after", page == null ? null : page.encoded());
        return query.isEmpty() ? "" : "?" + query.substring(1);
    }

    public String value(Object field) {
        return field == null ? "" : field.toString();
    }

    private static void append(StringBuilder query, String name, Object value) {
        if (value != null) {
            query.append('&').append(name).append('=')
                    .append(java.net.URLEncoder.encode(value.toString(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static <E extends Enum<E>> E option(Class<E> type, String raw) {
        return Named.constant(type, raw).orElse(null);
    }

    private static LocalDate date(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
