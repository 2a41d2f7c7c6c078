package org.counterpart.mla.console;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Country;
import org.counterpart.events.workflow.RequestStatus;
import org.counterpart.mla.request.Direction;
import org.counterpart.mla.request.RequestSummary;

/**
 * The request list's search, as its form sends it: a value the list does not know (a typo in an edited
 * address) filters nothing rather than failing, since the form itself offers only valid choices.
 */
public record RequestFilter(String reference, Direction direction, RequestStatus status, Country counterpart,
        AssistanceType measure, LocalDate from, LocalDate until, int page) {

    public static final int PAGE_SIZE = 20;

    public static RequestFilter of(String reference, String direction, String status, String counterpart, String measure,
            String from, String until, String page) {
        return new RequestFilter(reference == null || reference.isBlank() ? null : reference.strip(),
                option(Direction.class, direction), option(RequestStatus.class, status),
                counterpart != null && Country.isWellFormed(counterpart) ? Country.of(counterpart) : null,
                option(AssistanceType.class, measure), date(from), date(until), number(page));
    }

    public Predicate<RequestSummary> matches(ZoneId zone) {
        return r -> (reference == null || contains(r.requesterReference()) || contains(r.counterpartReference())
                || contains(r.caseReference()))
                && (direction == null || r.direction() == direction)
                && (status == null || r.status() == status)
                && (counterpart == null || counterpart.equals(r.direction() == Direction.OUTGOING
                        ? r.requestedCountry() : r.requestingCountry()))
                && (measure == null || r.assistanceType() == measure)
                && (from == null || !LocalDate.ofInstant(r.createdAt(), zone).isBefore(from))
                && (until == null || !LocalDate.ofInstant(r.createdAt(), zone).isAfter(until));
    }

    /** The same search on another page, as a query string for the pager's links. */
    public String queryFor(int otherPage) {
        StringBuilder query = new StringBuilder("?page=").append(otherPage);
        append(query, "reference", reference);
        append(query, "direction", direction);
        append(query, "status", status);
        append(query, "counterpart", counterpart == null ? null : counterpart.code());
        append(query, "measure", measure);
        append(query, "from", from);
        append(query, "until", until);
        return query.toString();
    }

    public String value(Object field) {
        return field == null ? "" : field.toString();
    }

    private boolean contains(String text) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(reference.toLowerCase(Locale.ROOT));
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

    private static int number(String raw) {
        try {
            return raw == null ? 1 : Math.max(1, Integer.parseInt(raw));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static <T> List<T> pageOf(List<T> all, int page) {
        int from = Math.min(all.size(), (page - 1) * PAGE_SIZE);
        return all.subList(from, Math.min(all.size(), from + PAGE_SIZE));
    }
}
