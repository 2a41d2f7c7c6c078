package org.counterpart.mla.request;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.RequestContent;
import org.counterpart.events.RequestContent.Person;
import org.counterpart.events.RequestContent.PersonRole;
import org.counterpart.events.RequestContent.TranslationStatus;
import org.counterpart.events.Urgency;
import org.counterpart.platform.problem.FieldError;

/**
 * Whether a draft says everything the requested central authority needs, per measure asked for
 * (ASEAN MLA treaty art. 6; its exact text is to be confirmed, so this is the one place to adjust).
 * Answers every missing field at once, the way a guided drafting tool would.
 */
final class Completeness {

    private Completeness() {
    }

    static List<FieldError> missing(MlaRequest request) {
        List<FieldError> errors = new ArrayList<>();
        RequestContent c = request.content;
        if (c == null) {
            errors.add(new FieldError("content", "is required: the treaty content of the request"));
            return errors;
        }
        require(errors, "content.requestingAuthority", c.requestingAuthority());
        require(errors, "content.investigatingAuthority", c.investigatingAuthority());
        require(errors, "content.purpose", c.purpose());
        require(errors, "content.matterStatus", c.matterStatus());
        require(errors, "content.maximumPenalty", c.maximumPenalty());
        require(errors, "content.lawText", c.lawText());
        require(errors, "content.actsToEstablish", c.actsToEstablish());
        require(errors, "content.language", c.language());
        requireValue(errors, "content.handlingLevel", c.handlingLevel());
        requireValue(errors, "content.translationStatus", c.translationStatus());
        if (c.translationStatus() == TranslationStatus.REQUIRED || c.translationStatus() == TranslationStatus.IN_PROGRESS) {
            errors.add(new FieldError("content.translationStatus", "the translation must be attached before sending"));
        }
        if (c.translationStatus() == TranslationStatus.WAIVED_AS_URGENT && request.urgency != Urgency.URGENT) {
            errors.add(new FieldError("content.translationStatus", "a translation can only be waived for an urgent request"));
        }
        if (present(c.procedureRequired())) {
            require(errors, "content.procedureReasons", c.procedureReasons());
        }
        if (Boolean.TRUE.equals(c.confidential())) {
            require(errors, "content.confidentialityReasons", c.confidentialityReasons());
        }
        if (request.urgency == Urgency.URGENT) {
            require(errors, "content.urgencyReason", c.urgencyReason());
            requireValue(errors, "content.wantedBy", c.wantedBy());
        }
        if (c.wantedBy() != null) {
            require(errors, "content.timeLimitReasons", c.timeLimitReasons());
        }
        for (AssistanceType measure : measures(request)) {
            checkMeasure(errors, measure, c);
        }
        checkTrafficking(errors, c);
        return errors.stream().distinct().toList();
    }

    private static Set<AssistanceType> measures(MlaRequest request) {
        Set<AssistanceType> measures = new LinkedHashSet<>();
        measures.add(request.assistanceType);
        if (request.content.additionalMeasures() != null) {
            measures.addAll(request.content.additionalMeasures());
        }
        return measures;
    }

    private static void checkMeasure(List<FieldError> errors, AssistanceType measure, RequestContent c) {
        String why = " (needed for " + measure + ")";
        switch (measure) {
            case TAKING_EVIDENCE -> {
                requirePerson(errors, c, p -> p.role() == PersonRole.WITNESS, "a WITNESS" + why);
                if (c.questions() == null || c.questions().isEmpty()) {
                    errors.add(new FieldError("content.questions", "at least one question to put" + why));
                }
            }
            case MAKING_PERSONS_AVAILABLE -> {
                requirePerson(errors, c, p -> p.role() == PersonRole.WITNESS || p.role() == PersonRole.EXPERT,
                        "a WITNESS or EXPERT to attend" + why);
                require(errors, "content.allowances", c.allowances(), why);
            }
            case SERVICE_OF_DOCUMENTS -> {
                requirePerson(errors, c, p -> p.role() == PersonRole.PERSON_TO_BE_SERVED, "the PERSON_TO_BE_SERVED" + why);
                require(errors, "content.serviceMethod", c.serviceMethod(), why);
                require(errors, "content.documentsOrThings", c.documentsOrThings(), why);
            }
            case SEARCH_AND_SEIZURE -> {
                require(errors, "content.placeToSearch", c.placeToSearch(), why);
                require(errors, "content.propertyToSeize", c.propertyToSeize(), why);
            }
            case EXAMINING_OBJECTS_AND_SITES, CERTIFIED_COPIES_OF_RECORDS ->
                    require(errors, "content.documentsOrThings", c.documentsOrThings(), why);
            case LOCATING_AND_IDENTIFYING_PERSONS -> requirePerson(errors, c,
                    p -> present(p.name()) || present(p.identification()), "someone to locate, by name or identification" + why);
            case PROCEEDS_OF_CRIME -> require(errors, "content.propertyToTrace", c.propertyToTrace(), why);
            case OTHER_ASSISTANCE -> require(errors, "content.otherAssistance", c.otherAssistance(), why);
        }
    }

    /** A victim must be named as such, with who identified them and whether non-punishment applies. */
    private static void checkTrafficking(List<FieldError> errors, RequestContent c) {
        boolean concernsVictim = c.persons() != null && c.persons().stream().anyMatch(p -> p.role() == PersonRole.VICTIM);
        if (!concernsVictim) {
            return;
        }
        RequestContent.Trafficking t = c.trafficking();
        if (t == null || t.victimStatus() == null) {
            errors.add(new FieldError("content.trafficking.victimStatus", "is required when the request concerns a victim"));
            return;
        }
        if (t.victimStatus() == RequestContent.VictimStatus.IDENTIFIED) {
            require(errors, "content.trafficking.identifyingAgency", t.identifyingAgency(), " (victim identified)");
        }
        if (t.nonPunishment() == null) {
            errors.add(new FieldError("content.trafficking.nonPunishment",
                    "must say whether the non-punishment principle applies to the victim"));
        }
    }

    private static void requirePerson(List<FieldError> errors, RequestContent c, Predicate<Person> fits, String what) {
        if (c.persons() == null || c.persons().stream().noneMatch(fits)) {
            errors.add(new FieldError("content.persons", "must include " + what));
        }
    }

    private static void require(List<FieldError> errors, String field, String value) {
        require(errors, field, value, "");
    }

    private static void require(List<FieldError> errors, String field, String value, String why) {
        if (!present(value)) {
            errors.add(new FieldError(field, "is required" + why));
        }
    }

    private static void requireValue(List<FieldError> errors, String field, Object value) {
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
