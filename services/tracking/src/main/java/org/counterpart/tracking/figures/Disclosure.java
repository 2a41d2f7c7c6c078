package org.counterpart.tracking.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.counterpart.events.figures.Count;
import org.counterpart.platform.security.Caller;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who sees which counts exactly: the regional analysts on their pages; a national analyst, and every
 * export, sees a count below the threshold as {@code "< 5"}. A rate over or of fewer requests than the
 * threshold is not shown either, nor a list shorter than it, since either would give the count away.
 */
@ApplicationScoped
public class Disclosure {

    private final int threshold;

    Disclosure(@ConfigProperty(name = "counterpart.figures.small-count-threshold") int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("counterpart.figures.small-count-threshold must be at least 1");
        }
        this.threshold = threshold;
    }

    /** The rule for {@code caller}'s reading, on a page or as an export. */
    public Rule of(Caller caller, boolean export) {
        return new Rule(caller.isRegional() && !export ? 0 : threshold);
    }

    /** Applies one reader's threshold (0: everything exact). */
    public record Rule(int threshold) {

        /** The rows of a list of {@code total}, or none when the reader may not see a count that small. */
        public <T> List<T> rows(long total, List<T> rows) {
            return total > 0 && total < threshold ? List.of() : rows;
        }

        public Count count(long value) {
            return Count.of(value, threshold);
        }

        /**
         * {@code part / whole}, rounded to a thousandth; none when either is too small to show, since the
         * rate and the whole would give the part away.
         */
        public Double rate(long part, long whole) {
            if (whole == 0 || whole < threshold || part > 0 && part < threshold) {
                return null;
            }
            return Math.round(1000.0 * part / whole) / 1000.0;
        }
    }
}
