package org.counterpart.console.figures;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.counterpart.events.figures.Figures.Gap;
import org.counterpart.events.figures.Figures.Side;
import org.counterpart.events.figures.Outcome;
import org.counterpart.events.figures.Turnaround;

/** The dashboard's words in English; {@code messages/fig_ms.properties} has them in Malay. */
@MessageBundle(value = "fig", locale = "en")
public interface FigureMessages {

    @Message("Figures")
    String title();

    @Message("Turnaround and trends from the region's lifecycle facts: codes and counts only, never a case. Counts under {threshold} are shown as \"< {threshold}\" where you may not see them exactly.")
    String intro(int threshold);

    @Message("Period (2026-03, 2026-Q1 or 2026)")
    String period();

    @Message("From")
    String from();

    @Message("To")
    String to();

    @Message("Requesting country")
    String requestingCountry();

    @Message("Requested country")
    String requestedCountry();

    @Message("Kind of cooperation")
    String kind();

    @Message("Measure")
    String measure();

    @Message("Form of exploitation")
    String exploitationForm();

    @Message("Clock shown in the matrix")
    String clock();

    @Message("Any")
    String any();

    @Message("Show")
    String show();

    @Message("Download CSV")
    String csv();

    @Message("{from} to {to}")
    String span(String from, String to);

    @Message("The figures could not be shown")
    String problemTitle();

    @Message("Tracking, which computes the figures, did not answer. Try again in a minute.")
    String unavailable();

    @Message("Median {clock} by country pair (hours)")
    String matrixTitle(String clock);

    @Message("Requesting ↓ / requested →")
    String matrixCorner();

    @Message("Each cell: the median in hours, and in brackets how many of the pair's requests have stopped that clock. A dash: none has, or, where counts under {threshold} are shown as \"< {threshold}\", fewer than {threshold} have: too few for a median that would not give one request's time away.")
    String matrixLegend(int threshold);

    @Message("{requests} requests")
    String requestsIn(String requests);

    @Message("No requests in this period.")
    String nothing();

    @Message("Requests per month by form of exploitation")
    String formTrendTitle();

    @Message("Requests per month by route")
    String routeTrendTitle();

    @Message("Month")
    String month();

    @Message("Requests")
    String requests();

    @Message("Victims")
    String victims();

    @Message("Route")
    String route();

    @Message("Stock and flow")
    String flowTitle();

    @Message("Country")
    String country();

    @Message("Side")
    String side();

    @Message("Made")
    String made();

    @Message("Received")
    String received();

    @Message("Active at start")
    String activeAtStart();

    @Message("New")
    String opened();

    @Message("Active at end")
    String activeAtEnd();

    @Message("Made and received, reconciled")
    String reconciliationTitle();

    @Message("{count} requests are counted by one side only:")
    String discrepancies(String count);

    @Message("{count} requests: too few to list them to you.")
    String withheld(String count);

    @Message("Both sides count the same requests.")
    String reconciled();

    @Message("Request")
    String request();

    @Message("Transmitted")
    String transmitted();

    @Message("Stored by the counterpart")
    String retrieved();

    @Message("Status")
    String status();

    @Message("Why")
    String why();

    @Message("Overdue requests")
    String overdueTitle();

    @Message("No active request is past a clock's target.")
    String noneOverdue();

    @Message("Breached")
    String breached();

    @Message("Kind")
    String kindColumn();

    @Message("Finalised")
    String finalised();

    @Message
    String clockOf(Turnaround clock);

    @Message
    String outcomeOf(Outcome outcome);

    @Message
    String gapOf(Gap gap);

    @Message
    String sideOf(Side side);
}
