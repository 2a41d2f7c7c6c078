package org.counterpart.tracking.figures;

/**
 * One percentile of a known number of values fed in ascending order, interpolated between neighbours as
 * PostgreSQL's {@code percentile_cont}. Only the two neighbours are kept, so a figure over 100,000
 * requests allocates nothing per request.
 */
final class Percentile {

    private final double at;
    private final long below;
    private final long above;
    private long seen;
    private double low;
    private double high;

    Percentile(double fraction, long count) {
        this.at = fraction * (count - 1);
        this.below = (long) Math.floor(at);
        this.above = (long) Math.ceil(at);
    }

    /** The next value, no smaller than the last. */
    void next(double value) {
        if (seen == below) {
            low = value;
        }
        if (seen == above) {
            high = value;
        }
        seen++;
    }

    double value() {
        return low + (at - below) * (high - low);
    }
}
