package org.counterpart.console.figures;

import java.util.Arrays;
import java.util.Optional;

/** The figures a dashboard exports, by the path tracking serves them at. */
public enum ExportedFigure {
    AGGREGATES("aggregates"),
    TRENDS("trends"),
    STOCK_AND_FLOW("stock-and-flow"),
    RECONCILIATION("reconciliation"),
    DISCREPANCIES("discrepancies"),
    REQUESTS("requests");

    private final String path;

    ExportedFigure(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public static Optional<ExportedFigure> at(String path) {
        return Arrays.stream(values()).filter(figure -> figure.path.equals(path)).findFirst();
    }
}
