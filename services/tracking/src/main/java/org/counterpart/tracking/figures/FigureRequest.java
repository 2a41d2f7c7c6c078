package org.counterpart.tracking.figures;

import jakarta.ws.rs.QueryParam;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Country;
import org.counterpart.events.ExploitationForm;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.Urgency;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.platform.problem.FieldError;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.time.Days;

/** The period and filters every figure takes, as the query string names them; bad values are problems by field. */
public class FigureRequest {

    @QueryParam("period")
    String period;

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("requestingCountry")
    String requesting;

    @QueryParam("requestedCountry")
    String requested;

    @QueryParam("kind")
    String kind;

    @QueryParam("measure")
    String measure;

    @QueryParam("legalBasis")
    String legalBasis;

    @QueryParam("urgency")
    String urgency;

    @QueryParam("exploitationForm")
    String exploitationForm;

    /** What a figure is asked for: its period and its filters. */
    record Question(Period period, FigureFilter filter) {
    }

    /** The question, with every parameter that is not one added to {@code errors} and thrown as one problem. */
    Question read(Country scope, InstantSource clock, List<FieldError> errors) {
        Period asked = null;
        try {
            asked = period(clock);
        } catch (ProblemException e) {
            errors.addAll(e.problem().errors());
        }
        return new Question(asked, filter(scope, errors));
    }

    /** {@code true}, {@code false} or nothing (false). */
    static boolean flag(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank() || value.strip().equals("false")) {
            return false;
        }
        if (!value.strip().equals("true")) {
            errors.add(new FieldError(field, "must be true or false"));
        }
        return value.strip().equals("true");
    }

    /** Without a period: the twelve months up to the end of this one. */
    Period period(InstantSource clock) {
        LocalDate thisMonth = Days.today(clock).withDayOfMonth(1);
        return Period.of(period, from, to, new Period(thisMonth.minusMonths(11), thisMonth.plusMonths(1)));
    }

    /** The filter, with every value that is not one added to {@code errors} (and the problem thrown at the end). */
    FigureFilter filter(Country scope, List<FieldError> errors) {
        FigureFilter filter = new FigureFilter(scope, country("requestingCountry", requesting, errors),
                country("requestedCountry", requested, errors), code(CooperationKind.class, "kind", kind, errors),
                code(AssistanceType.class, "measure", measure, errors),
                code(LegalBasis.class, "legalBasis", legalBasis, errors), code(Urgency.class, "urgency", urgency, errors),
                code(ExploitationForm.class, "exploitationForm", exploitationForm, errors));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return filter;
    }

    static <E extends Enum<E>> E code(Class<E> type, String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static Country country(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!Country.isWellFormed(value.strip())) {
            errors.add(new FieldError(field, "must be an ISO 3166-1 alpha-2 code such as TH"));
            return null;
        }
        return Country.of(value.strip());
    }
}
