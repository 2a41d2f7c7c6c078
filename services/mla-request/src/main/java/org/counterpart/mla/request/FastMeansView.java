package org.counterpart.mla.request;

import java.time.Instant;

/** The fast-means record of an urgent request and where its written confirmation stands. */
public record FastMeansView(
        FastMeans.Channel channel,
        Instant sentAt,
        Instant writtenConfirmationDue,
        Instant confirmedAt,
        boolean confirmationOverdue) {

    static FastMeansView of(MlaRequest r, Instant now) {
        if (r.fastMeansChannel == null) {
            return null;
        }
        Instant confirmed = r.transmittedAt;
        boolean overdue = confirmed == null ? now.isAfter(r.writtenConfirmationDue)
                : confirmed.isAfter(r.writtenConfirmationDue);
        return new FastMeansView(r.fastMeansChannel, r.fastMeansSentAt, r.writtenConfirmationDue, confirmed, overdue);
    }
}
