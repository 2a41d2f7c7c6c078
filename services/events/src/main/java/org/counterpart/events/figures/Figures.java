package org.counterpart.events.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.counterpart.events.ClockAlert;
import org.counterpart.events.Country;
import org.counterpart.events.RefusalGround;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.events.workflow.RequestStatus;

/**
 * The shapes of the region's figures, as tracking answers them and the consoles show them. Hours are
 * rounded to a hundredth.
 */
public final class Figures {

    private Figures() {
    }

    /** One clock over a group of requests: how many stopped it, the median and the 90th percentile. */
    public record ClockFigure(Count stopped, Double medianHours, Double p90Hours) {
    }

    /** A group of requests (a pair, a kind, a month...) with its counts, clocks and rates. */
    public record Aggregate(
            String group,
            Count requests,
            Count victims,
            Map<Turnaround, ClockFigure> clocks,
            Double breachRate,
            Double refusalRate,
            Double misrouteRate,
            Double deficientReturnRate,
            Double infoRequestRate) {
    }

    public record Aggregates(Dimension by, LocalDate from, LocalDate to, List<Aggregate> groups, Aggregate total) {
    }

    /** How often each ground was cited among the period's refusals, of the requests decided. */
    public record RefusalsByGround(LocalDate from, LocalDate to, Count decided, List<GroundFigure> grounds) {
    }

    public record GroundFigure(RefusalGround ground, Count refusals, Double rateOfDecided) {
    }

    public enum Side { MADE, RECEIVED }

    /**
     * One country's requests on one side over a period, in the model central authorities report in:
     * {@code activeAtStart + opened - finalised (all outcomes) = activeAtEnd}. Made counts from
     * transmission; received from the moment the requested country's service stored the request.
     */
    public record StockAndFlow(
            Country country,
            Side side,
            Count activeAtStart,
            Count opened,
            Map<Outcome, Count> finalised,
            Count activeAtEnd) {
    }

    public record StockAndFlows(LocalDate from, LocalDate to, List<StockAndFlow> rows) {
    }

    /** Why one side counts a request in the period and the other does not. */
    public enum Gap {
        /** The hub holds it: no counterpart was found in the directory. */
        HELD_AT_HUB,
        /** Delivered to the counterpart's topic, but its service never said it stored it. */
        NOT_RETRIEVED,
        /** Stored by the counterpart in another period than the one it was transmitted in. */
        RETRIEVED_IN_OTHER_PERIOD,
        /** Stored by the counterpart in this period, transmitted in an earlier one. */
        TRANSMITTED_IN_OTHER_PERIOD
    }

    /** A pair's requests made and received in the period; {@code gaps} lists every request behind a difference. */
    public record PairReconciliation(Country requesting, Country requested, Count made, Count received) {
    }

    public record Discrepancy(UUID requestId, Country requesting, Country requested, Instant transmittedAt,
            Instant retrievedAt, RequestStatus status, Gap gap) {
    }

    /**
     * {@code discrepancies}: the first 500 of {@code discrepancyCount}; none for a reader who may not see
     * a count that small (their count then says {@code "< 5"}).
     */
    public record Reconciliation(LocalDate from, LocalDate to, List<PairReconciliation> pairs,
            List<Discrepancy> discrepancies, Count discrepancyCount) {
    }

    /** Requests transmitted in one month, by a series (a form of exploitation, a route). */
    public record TrendPoint(String month, String series, Count requests, Count victims) {
    }

    public enum Series { EXPLOITATION_FORM, PAIR }

    public record Trends(Series series, LocalDate from, LocalDate to, List<TrendPoint> points) {
    }

    /**
     * Requests in the period, newest first: {@code requests} the first 500 of {@code total}; none for a
     * reader who may not see a count that small (their total then says {@code "< 5"}), so a list cannot
     * be counted to learn what a table protects.
     */
    public record RequestList(Count total, List<RequestFigure> requests) {
    }

    /** A request's every clock, the time the requester owed, where it stands and what it breached. */
    public record RequestFigure(
            UUID requestId,
            Country requestingCountry,
            Country requestedCountry,
            CooperationKind kind,
            Instant transmittedAt,
            RequestStatus status,
            Instant statusAt,
            Map<Turnaround, Double> hours,
            double pausedHours,
            boolean pausedNow,
            Outcome outcome,
            List<ClockAlert.Clock> breaches) {
    }
}
