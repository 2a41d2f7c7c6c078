package org.counterpart.console.figures;

import jakarta.ws.rs.QueryParam;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The period and filters of the dashboard, as its form sends them and as tracking's figures take them
 * (the same query parameters, passed on as typed). Tracking checks them and answers a problem by field.
 */
public class FigureQuery {

    @QueryParam("period")
    public String period;

    @QueryParam("from")
    public String from;

    @QueryParam("to")
    public String to;

    @QueryParam("requestingCountry")
    public String requestingCountry;

    @QueryParam("requestedCountry")
    public String requestedCountry;

    @QueryParam("kind")
    public String kind;

    @QueryParam("measure")
    public String measure;

    @QueryParam("legalBasis")
    public String legalBasis;

    @QueryParam("urgency")
    public String urgency;

    @QueryParam("exploitationForm")
    public String exploitationForm;

    /** The filters as given, for the form to show them again and the export links to carry them. */
    public Map<String, String> given() {
        Map<String, String> given = new LinkedHashMap<>();
        put(given, "period", period);
        put(given, "from", from);
        put(given, "to", to);
        put(given, "requestingCountry", requestingCountry);
        put(given, "requestedCountry", requestedCountry);
        put(given, "kind", kind);
        put(given, "measure", measure);
        put(given, "legalBasis", legalBasis);
        put(given, "urgency", urgency);
        put(given, "exploitationForm", exploitationForm);
        return given;
    }

    public String value(String name) {
        return given().getOrDefault(name, "");
    }

    public boolean is(String name, Object option) {
        return option != null && option.toString().equals(given().get(name));
    }

    private static void put(Map<String, String> given, String name, String value) {
        if (value != null && !value.isBlank()) {
            given.put(name, value.strip());
        }
    }
}
