package org.counterpart.console.figures;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.counterpart.events.figures.Figures.Aggregate;
import org.counterpart.events.figures.Figures.ClockFigure;
import org.counterpart.events.figures.Figures.TrendPoint;
import org.counterpart.events.figures.Figures.Trends;
import org.counterpart.events.figures.Turnaround;

/**
 * The charts' options for Apache ECharts, built here so the page's script only hands them over: a heat map
 * of the pairs coloured by a clock's median, and a line per series of requests by month. A protected
 * count is no point on a line (the table beside it says {@code < 5}). SVG, so each mark is an element.
 */
final class ChartOptions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChartOptions() {
    }

    static String pairs(List<Aggregate> groups, Turnaround clock, String clockName, List<String> requesting,
            List<String> requested) {
        List<List<Object>> cells = new ArrayList<>();
        double max = 0;
        for (Aggregate group : groups) {
            String[] pair = group.group().split("->");
            ClockFigure figure = group.clocks().get(clock);
            if (figure.medianHours() == null) {
                continue;
            }
            max = Math.max(max, figure.medianHours());
            cells.add(List.of(requested.indexOf(pair[1]), requesting.indexOf(pair[0]), figure.medianHours()));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("aria", Map.of("enabled", true));
        option.put("tooltip", Map.of("position", "top"));
        option.put("grid", Map.of("left", 56, "right", 16, "top", 16, "bottom", 72));
        option.put("xAxis", Map.of("type", "category", "data", requested, "splitArea", Map.of("show", true)));
        // Top to bottom in the table's order, so the chart and the table beside it read alike.
        option.put("yAxis", Map.of("type", "category", "data", requesting, "inverse", true, "splitArea", Map.of("show", true)));
        option.put("visualMap", Map.of("min", 0, "max", Math.max(1, Math.ceil(max)), "calculable", true,
                "orient", "horizontal", "left", "center", "bottom", 0,
                "inRange", Map.of("color", List.of("#edf8e9", "#74c476", "#006d2c"))));
        option.put("series", List.of(Map.of("name", clockName, "type", "heatmap", "data", cells,
                "label", Map.of("show", true))));
        return json(option);
    }

    static String trend(Trends trends, Function<String, String> seriesName) {
        List<String> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(trends.from()); !month.isAfter(YearMonth.from(trends.to()));
                month = month.plusMonths(1)) {
            months.add(month.toString());
        }
        TreeSet<String> names = new TreeSet<>();
        trends.points().forEach(point -> names.add(point.series()));
        List<Map<String, Object>> series = new ArrayList<>();
        for (String name : names) {
            List<Long> values = new ArrayList<>();
            for (String month : months) {
                values.add(trends.points().stream().filter(p -> p.series().equals(name) && p.month().equals(month))
                        .findFirst().map(TrendPoint::requests).map(count -> count.isProtected() ? null : count.value())
                        .orElse(0L));
            }
            series.add(Map.of("name", seriesName.apply(name), "type", "line", "connectNulls", false, "data", values));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("aria", Map.of("enabled", true));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("type", "scroll", "bottom", 0));
        option.put("grid", Map.of("left", 48, "right", 16, "top", 16, "bottom", 56));
        option.put("xAxis", Map.of("type", "category", "data", months));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1));
        option.put("series", series);
        return json(option);
    }

    private static String json(Object option) {
        try {
            return JSON.writeValueAsString(option);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
