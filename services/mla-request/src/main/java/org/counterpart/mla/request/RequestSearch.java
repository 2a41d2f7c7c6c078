package org.counterpart.mla.request;

import java.time.Instant;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Country;
import org.counterpart.events.workflow.RequestStatus;

/**
 * What a request list is narrowed to, each criterion optional (null: any), applied by the database so a
 * page costs the same with a million requests stored: the direction, the status, the other country, the
 * measure, when it was created ({@code createdFrom} inclusive, {@code createdBefore} exclusive), and
 * {@code text} found in this side's, the counterpart's or the case's reference; {@code openOnly} leaves
 * out every request in a status that ends it.
 */
public record RequestSearch(Direction direction, RequestStatus status, Country counterpart, AssistanceType measure,
        Instant createdFrom, Instant createdBefore, String text, boolean openOnly) {

    /** The requests still under way: what a worklist is made of, however many have ended before. */
    public static final RequestSearch OPEN = new RequestSearch(null, null, null, null, null, null, null, true);

    public static RequestSearch inDirection(Direction direction) {
        return new RequestSearch(direction, null, null, null, null, null, null, false);
    }
}
