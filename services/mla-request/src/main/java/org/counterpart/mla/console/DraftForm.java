package org.counterpart.mla.console;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Country;
import org.counterpart.events.ExploitationForm;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.RequestContent;
import org.counterpart.events.RequestContent.HandlingLevel;
import org.counterpart.events.RequestContent.Person;
import org.counterpart.events.RequestContent.PersonRole;
import org.counterpart.events.RequestContent.Trafficking;
import org.counterpart.events.RequestContent.TranslationStatus;
import org.counterpart.events.RequestContent.VictimStatus;
import org.counterpart.events.Urgency;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.mla.request.DraftRequest;
import org.counterpart.mla.request.RequestView;
import org.counterpart.platform.problem.FieldError;

/**
 * The console's MLA draft form as the browser posts it: every field as typed, so a form with a mistake
 * comes back as it was written, and the {@link DraftRequest} the API takes. The persons concerned are
 * rows, at least {@value #PERSON_ROWS}; questions are one per line. Fields the form does not show (set through the
 * API) are kept from the request being edited.
 */
public record DraftForm(Map<String, String> values, List<PersonRow> persons) {

    public static final int PERSON_ROWS = 3;

    /** Each form of exploitation is its own checkbox, named this prefix and the code. */
    public static final String EXPLOITATION = "exploitation.";

    /** One person row as typed. */
    public record PersonRow(int index, String role, String name, String nationality, String location,
            String identification) {

        boolean blank() {
            return isBlank(role) && isBlank(name) && isBlank(nationality) && isBlank(location) && isBlank(identification);
        }
    }

    /** What the form could not read, by field: a date or a code that is not one. */
    public record Parsed(DraftRequest draft, List<FieldError> errors) {
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public boolean is(String name, Object option) {
        return option != null && option.toString().equals(values.get(name));
    }

    public boolean exploits(ExploitationForm form) {
        return !value(EXPLOITATION + form.name()).isEmpty();
    }

    public static DraftForm empty() {
        return new DraftForm(Map.of("urgency", Urgency.ROUTINE.name()), emptyRows());
    }

    public static DraftForm of(MultivaluedMap<String, String> posted) {
        Map<String, String> values = new LinkedHashMap<>();
        posted.forEach((name, list) -> {
            if (!list.isEmpty() && !name.startsWith("person")) {
                values.put(name, list.get(0));
            }
        });
        List<PersonRow> rows = new ArrayList<>();
        // Every row the page showed: at least PERSON_ROWS, more when the request already had more persons.
        for (int i = 0; i < PERSON_ROWS || posted.containsKey("person" + i + ".role"); i++) {
            String prefix = "person" + i + ".";
            rows.add(new PersonRow(i, posted.getFirst(prefix + "role"), posted.getFirst(prefix + "name"),
                    posted.getFirst(prefix + "nationality"), posted.getFirst(prefix + "location"),
                    posted.getFirst(prefix + "identification")));
        }
        return new DraftForm(values, rows);
    }

    /** The form filled in from a request's draft, for editing. */
    public static DraftForm of(RequestView r) {
        Map<String, String> v = new LinkedHashMap<>();
        put(v, "requestedCountry", r.requestedCountry());
        put(v, "assistanceType", r.assistanceType());
        put(v, "legalBasis", r.legalBasis());
        put(v, "urgency", r.urgency());
        put(v, "offence", r.offence());
        put(v, "summaryOfFacts", r.summaryOfFacts());
        put(v, "caseReference", r.caseReference());
        RequestContent c = r.content();
        List<PersonRow> rows = emptyRows();
        if (c != null) {
            for (DraftField field : DraftField.values()) {
                put(v, field.formName(), field.valueIn(c));
            }
            put(v, "language", c.language());
            put(v, "translationStatus", c.translationStatus());
            put(v, "handlingLevel", c.handlingLevel());
            if (c.questions() != null) {
                v.put("questions", String.join("\n", c.questions()));
            }
            if (c.trafficking() != null) {
                put(v, "victimStatus", c.trafficking().victimStatus());
                put(v, "identifyingAgency", c.trafficking().identifyingAgency());
                put(v, "nonPunishment", c.trafficking().nonPunishment());
                put(v, "victimCount", c.trafficking().victimCount());
                if (c.trafficking().exploitationForms() != null) {
                    c.trafficking().exploitationForms().forEach(form -> v.put(EXPLOITATION + form.name(), "on"));
                }
            }
            if (c.persons() != null) {
                rows = new ArrayList<>();
                for (int i = 0; i < Math.max(PERSON_ROWS, c.persons().size()); i++) {
                    Person p = i < c.persons().size() ? c.persons().get(i) : null;
                    rows.add(p == null ? new PersonRow(i, null, null, null, null, null)
                            : new PersonRow(i, p.role() == null ? null : p.role().name(), p.name(), p.nationality(),
                                    p.location(), p.identification()));
                }
            }
        }
        return new DraftForm(v, rows);
    }

    /** The draft the API takes, built over {@code base} (the content being edited, or none). */
    public Parsed toDraft(RequestContent base) {
        List<FieldError> errors = new ArrayList<>();
        AssistanceType measure = option(AssistanceType.class, "assistanceType", errors);
        LegalBasis basis = option(LegalBasis.class, "legalBasis", errors);
        Urgency urgency = option(Urgency.class, "urgency", errors);
        Map<DraftField, String> text = new EnumMap<>(DraftField.class);
        for (DraftField field : DraftField.values()) {
            text.put(field, textOf(field.formName()));
        }
        LocalDate wantedBy = date("wantedBy", errors);
        List<Person> persons = new ArrayList<>();
        for (PersonRow row : persons()) {
            if (row.blank()) {
                continue;
            }
            PersonRole role = parse(PersonRole.class, "content.persons", row.role(), errors);
            persons.add(new Person(role, trim(row.name()), upper(row.nationality()), trim(row.location()),
                    trim(row.identification())));
        }
        List<String> questions = Arrays.stream(value("questions").split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        VictimStatus victimStatus = parse(VictimStatus.class, "content.trafficking.victimStatus", values.get("victimStatus"),
                errors);
        String identifyingAgency = textOf("identifyingAgency");
        Boolean nonPunishment = values.get("nonPunishment") == null || value("nonPunishment").isEmpty() ? null
                : Boolean.valueOf(value("nonPunishment"));
        List<ExploitationForm> forms = Arrays.stream(ExploitationForm.values())
                .filter(this::exploits).toList();
        Integer victimCount = count("victimCount", "content.trafficking.victimCount", errors);
        // The form shows five of the trafficking facts; the others (set through the API) are kept, and
        // blanking the five clears them.
        Trafficking kept = base == null ? null : base.trafficking();
        String repatriation = kept == null ? null : kept.repatriationReference();
        Boolean videoLink = kept == null ? null : kept.videoLinkTestimonyPossible();
        Trafficking trafficking = victimStatus == null && identifyingAgency == null && nonPunishment == null
                && repatriation == null && videoLink == null && forms.isEmpty() && victimCount == null ? null
                : new Trafficking(victimStatus, identifyingAgency, nonPunishment, repatriation, videoLink,
                        forms.isEmpty() ? null : forms, victimCount);
        RequestContent b = base;
        RequestContent content = new RequestContent(
                text.get(DraftField.REQUESTING_AUTHORITY), text.get(DraftField.INVESTIGATING_AUTHORITY),
                text.get(DraftField.PURPOSE), text.get(DraftField.MATTER_STATUS), text.get(DraftField.MAXIMUM_PENALTY),
                text.get(DraftField.LAW_TEXT), text.get(DraftField.ACTS_TO_ESTABLISH),
                b == null ? null : b.procedureRequired(), b == null ? null : b.procedureReasons(),
                wantedBy, text.get(DraftField.TIME_LIMIT_REASONS), text.get(DraftField.URGENCY_REASON),
                b == null ? null : b.confidential(), b == null ? null : b.confidentialityReasons(),
                parse(HandlingLevel.class, "content.handlingLevel", values.get("handlingLevel"), errors),
                b == null ? null : b.undertakings(), textOf("language"),
                parse(TranslationStatus.class, "content.translationStatus", values.get("translationStatus"), errors),
                b == null ? null : b.additionalMeasures(), persons.isEmpty() ? null : persons,
                questions.isEmpty() ? null : questions,
                text.get(DraftField.SERVICE_METHOD), text.get(DraftField.PLACE_TO_SEARCH),
                text.get(DraftField.PROPERTY_TO_SEIZE), text.get(DraftField.PROPERTY_TO_TRACE),
                text.get(DraftField.DOCUMENTS_OR_THINGS), text.get(DraftField.ALLOWANCES),
                text.get(DraftField.OTHER_ASSISTANCE), trafficking,
                b == null ? null : b.informalExchangeReferences(), b == null ? null : b.placeOfExecution(),
                b == null ? null : b.regionOfExecution(), b == null ? null : b.informal(),
                b == null ? null : b.extradition(), b == null ? null : b.jointInvestigation(),
                b == null ? null : b.transfer(), b == null ? null : b.victim());
        DraftRequest draft = new DraftRequest(CooperationKind.MLA, upper(value("requestedCountry")), measure, basis,
                textOf("offence"), textOf("summaryOfFacts"), urgency, content, textOf("caseReference"));
        return new Parsed(draft, errors);
    }

    /** The requested country as chosen, if it is a code at all. */
    public Country requestedCountry() {
        String code = upper(value("requestedCountry"));
        return code != null && Country.isWellFormed(code) ? Country.of(code) : null;
    }

    public AssistanceType measure() {
        return option(AssistanceType.class, "assistanceType", new ArrayList<>());
    }

    public LegalBasis legalBasis() {
        return option(LegalBasis.class, "legalBasis", new ArrayList<>());
    }

    public Urgency urgency() {
        return option(Urgency.class, "urgency", new ArrayList<>());
    }

    private <E extends Enum<E>> E option(Class<E> type, String name, List<FieldError> errors) {
        return parse(type, name, values.get(name), errors);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String raw, List<FieldError> errors) {
        if (isBlank(raw)) {
            return null;
        }
        Optional<E> named = Named.constant(type, raw.strip());
        if (named.isEmpty()) {
            errors.add(new FieldError(name, "must be one of " + Arrays.toString(type.getEnumConstants())));
        }
        return named.orElse(null);
    }

    private LocalDate date(String name, List<FieldError> errors) {
        String raw = textOf(name);
        if (raw == null) {
            return null;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("content." + name, "must be a date such as 2026-12-31"));
            return null;
        }
    }

    /** A whole number as typed; whether it is a sensible count is the API's rule, which answers at {@code field}. */
    private Integer count(String name, String field, List<FieldError> errors) {
        String raw = textOf(name);
        if (raw == null) {
            return null;
        }
        try {
            return Integer.valueOf(raw);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a whole number, such as 3"));
            return null;
        }
    }

    private String textOf(String name) {
        return trim(values.get(name));
    }

    private static String trim(String raw) {
        return isBlank(raw) ? null : raw.strip();
    }

    private static String upper(String raw) {
        return isBlank(raw) ? null : raw.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static boolean isBlank(String raw) {
        return raw == null || raw.isBlank();
    }

    private static void put(Map<String, String> values, String name, Object value) {
        if (value != null) {
            values.put(name, value.toString());
        }
    }

    private static List<PersonRow> emptyRows() {
        List<PersonRow> rows = new ArrayList<>();
        for (int i = 0; i < PERSON_ROWS; i++) {
            rows.add(new PersonRow(i, null, null, null, null, null));
        }
        return rows;
    }
}
