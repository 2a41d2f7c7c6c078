package org.counterpart.events.figures;

/**
 * What the region's aggregates are grouped by. A request of several forms of exploitation counts once in
 * each of its forms; one with none recorded counts as {@code NOT_RECORDED}. {@code CONTACT_POINT} is the
 * directory entry the hub first delivered a request to, so a misroute counts against the entry that
 * had to forward it.
 */
public enum Dimension {
    PAIR,
    KIND,
    MEASURE,
    LEGAL_BASIS,
    URGENCY,
    EXPLOITATION_FORM,
    CONTACT_POINT,
    MONTH,
    QUARTER,
    YEAR
}
