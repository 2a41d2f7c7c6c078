package org.counterpart.mla.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.CountryProfile;
import org.counterpart.events.ExtraditionTerms;
import org.counterpart.events.InformalTerms;
import org.counterpart.events.JointInvestigationTerms;
import org.counterpart.events.RequestContent;
import org.counterpart.events.RequestContent.HandlingLevel;
import org.counterpart.events.RequestContent.Person;
import org.counterpart.events.RequestContent.PersonRole;
import org.counterpart.events.RequestContent.TranslationStatus;
import org.counterpart.events.TeamMember;
import org.counterpart.events.TransferTerms;
import org.counterpart.events.Urgency;
import org.counterpart.events.VictimTerms;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.mla.profiles.DraftingAdvice;
import org.counterpart.platform.problem.FieldError;

/**
 * Whether a draft says everything the requested side needs, per kind of cooperation and, for MLA, per
 * measure asked for (ASEAN MLA treaty art. 6 and the sources in docs/cooperation.md; their exact texts
 * are to be confirmed, so this is the one place to adjust). Answers every missing field at once, the way
 * a guided drafting tool would.
 */
final class Completeness {

    /** The kinds whose requests are read by authorities bound to their own language; informal exchange is not. */
    private static final Set<CooperationKind> FORMAL = EnumSet.of(CooperationKind.MLA, CooperationKind.EXTRADITION,
            CooperationKind.JOINT_INVESTIGATION, CooperationKind.TRANSFER_OF_PROCEEDINGS);

    private Completeness() {
    }

    /**
     * What the draft lacks before it may be marked ready; for an extradition, as a provisional arrest if it
     * is one. {@code profile} is the requested country's, when known: a formal request in a language it
     * does not accept needs a translation.
     */
    static List<FieldError> missing(MlaRequest request, LocalDate today, Optional<CountryProfile> profile) {
        return missing(request, today, false, profile);
    }

    /** What the full extradition request lacks before it may follow a provisional arrest. */
    static List<FieldError> missingFromFullRequest(MlaRequest request, LocalDate today, Optional<CountryProfile> profile) {
        return missing(request, today, true, profile);
    }

    private static List<FieldError> missing(MlaRequest request, LocalDate today, boolean fullRequest,
            Optional<CountryProfile> profile) {
        List<FieldError> errors = new ArrayList<>();
        RequestContent c = request.content;
        if (c == null) {
            errors.add(new FieldError("content", "is required: the content of the request"));
            return errors;
        }
        if (FORMAL.contains(request.kind)) {
            profile.flatMap(known -> DraftingAdvice.translationNeeded(request.requestedCountry, known, c))
                    .ifPresent(why -> errors.add(new FieldError("content.translationStatus", why)));
        }
        onlyOwnTerms(errors, request.kind, c);
        require(errors, "content.language", c.language());
        requireValue(errors, "content.handlingLevel", c.handlingLevel());
        switch (request.kind) {
            case INFORMAL_REQUEST -> {
                informal(errors, c);
                if (c.questions() == null || c.questions().isEmpty()) {
                    errors.add(new FieldError("content.questions", "at least one question to answer"));
                }
            }
            case SPONTANEOUS_INFORMATION -> informal(errors, c);
            case MLA -> mla(errors, request, c);
            case EXTRADITION -> extradition(errors, request, c, fullRequest);
            case JOINT_INVESTIGATION -> jointInvestigation(errors, request, c, today);
            case TRANSFER_OF_PROCEEDINGS -> transfer(errors, request, c);
            case VICTIM_COOPERATION -> victim(errors, c, today);
        }
        return errors.stream().distinct().toList();
    }

    /** Each kind's own terms belong to that kind only, so nothing is sent that the other side would not read. */
    private static void onlyOwnTerms(List<FieldError> errors, CooperationKind kind, RequestContent c) {
        notFor(errors, kind, c.informal(), "content.informal", CooperationKind.INFORMAL_REQUEST,
                CooperationKind.SPONTANEOUS_INFORMATION);
        notFor(errors, kind, c.extradition(), "content.extradition", CooperationKind.EXTRADITION);
        notFor(errors, kind, c.jointInvestigation(), "content.jointInvestigation", CooperationKind.JOINT_INVESTIGATION);
        notFor(errors, kind, c.transfer(), "content.transfer", CooperationKind.TRANSFER_OF_PROCEEDINGS);
        notFor(errors, kind, c.victim(), "content.victim", CooperationKind.VICTIM_COOPERATION);
    }

    private static void notFor(List<FieldError> errors, CooperationKind kind, Object terms, String field,
            CooperationKind... owners) {
        if (terms != null && !List.of(owners).contains(kind)) {
            errors.add(new FieldError(field, "belongs to " + List.of(owners) + " requests, not " + kind));
        }
    }

    private static void informal(List<FieldError> errors, RequestContent c) {
        require(errors, "content.purpose", c.purpose());
        InformalTerms terms = c.informal();
        if (terms == null) {
            errors.add(new FieldError("content.informal", "is required: the sending and the receiving agency"));
            return;
        }
        requireValue(errors, "content.informal.senderAgency", terms.senderAgency());
        requireValue(errors, "content.informal.receivingAgency", terms.receivingAgency());
    }

    private static void mla(List<FieldError> errors, MlaRequest request, RequestContent c) {
        requireValue(errors, "assistanceType", request.assistanceType);
        requireValue(errors, "legalBasis", request.legalBasis);
        require(errors, "content.requestingAuthority", c.requestingAuthority());
        require(errors, "content.investigatingAuthority", c.investigatingAuthority());
        require(errors, "content.purpose", c.purpose());
        require(errors, "content.matterStatus", c.matterStatus());
        require(errors, "content.maximumPenalty", c.maximumPenalty());
        require(errors, "content.lawText", c.lawText());
        require(errors, "content.actsToEstablish", c.actsToEstablish());
        translation(errors, request, c);
        if (present(c.procedureRequired())) {
            require(errors, "content.procedureReasons", c.procedureReasons());
        }
        if (Boolean.TRUE.equals(c.confidential())) {
            require(errors, "content.confidentialityReasons", c.confidentialityReasons());
        }
        urgencyAndTimeLimit(errors, request, c);
        if (request.assistanceType != null) {
            for (AssistanceType measure : measures(request)) {
                checkMeasure(errors, measure, c);
            }
        }
        checkTrafficking(errors, c);
    }

    /**
     * A provisional arrest says that the full request follows, the offence with when and where, and how to
     * recognise the person; the full request has the person's identity and whereabouts, the law, penalty and
     * limitation, and the warrant or judgment, translated.
     */
    private static void extradition(List<FieldError> errors, MlaRequest request, RequestContent c, boolean fullRequest) {
        requireValue(errors, "legalBasis", request.legalBasis);
        ExtraditionTerms terms = c.extradition();
        if (terms == null) {
            errors.add(new FieldError("content.extradition", "is required: whether this is a provisional arrest, and its terms"));
            return;
        }
        requirePerson(errors, c, p -> p.role() == PersonRole.SUSPECT, "the person sought, as SUSPECT");
        if (terms.isProvisionalArrest() && !fullRequest) {
            if (request.urgency != Urgency.URGENT) {
                errors.add(new FieldError("urgency", "a provisional arrest is URGENT"));
            }
            require(errors, "content.urgencyReason", c.urgencyReason(), " (provisional arrest)");
            if (!Boolean.TRUE.equals(terms.fullRequestWillFollow())) {
                errors.add(new FieldError("content.extradition.fullRequestWillFollow",
                        "a provisional arrest must state that the full request will follow"));
            }
            require(errors, "content.extradition.offenceTimeAndPlace", terms.offenceTimeAndPlace(), " (provisional arrest)");
            require(errors, "content.extradition.personDescription", terms.personDescription(), " (provisional arrest)");
            return;
        }
        String why = " (full extradition request)";
        require(errors, "content.requestingAuthority", c.requestingAuthority(), why);
        requirePerson(errors, c, p -> p.role() == PersonRole.SUSPECT && (present(p.name()) || present(p.identification()))
                && present(p.location()), "the person sought with name or identification and where they are" + why);
        require(errors, "content.lawText", c.lawText(), why);
        require(errors, "content.maximumPenalty", c.maximumPenalty(), why);
        require(errors, "content.extradition.limitation", terms.limitation(), why);
        require(errors, "content.extradition.warrantOrJudgment", terms.warrantOrJudgment(), why);
        translation(errors, request, c);
    }

    private static void jointInvestigation(List<FieldError> errors, MlaRequest request, RequestContent c,
            LocalDate today) {
        requireValue(errors, "legalBasis", request.legalBasis);
        require(errors, "content.requestingAuthority", c.requestingAuthority());
        JointInvestigationTerms terms = c.jointInvestigation();
        if (terms == null) {
            errors.add(new FieldError("content.jointInvestigation", "is required: the proposed agreement"));
            return;
        }
        if (terms.participatingAgencies() == null || terms.participatingAgencies().isEmpty()) {
            errors.add(new FieldError("content.jointInvestigation.participatingAgencies", "at least one agency"));
        }
        require(errors, "content.jointInvestigation.scope", terms.scope());
        require(errors, "content.jointInvestigation.evidenceSharingRules", terms.evidenceSharingRules());
        if (terms.endDate() == null || !terms.endDate().isAfter(today)) {
            errors.add(new FieldError("content.jointInvestigation.endDate", "is required, a future date"));
        }
        if (terms.members() == null || terms.members().isEmpty()) {
            errors.add(new FieldError("content.jointInvestigation.members", "at least one member of the lead state"));
            return;
        }
        for (int i = 0; i < terms.members().size(); i++) {
            TeamMember member = terms.members().get(i);
            if (member == null || !present(member.name()) || !present(member.agency())) {
                errors.add(new FieldError("content.jointInvestigation.members[" + i + "]", "needs a name and an agency"));
            }
        }
    }

    private static void transfer(List<FieldError> errors, MlaRequest request, RequestContent c) {
        requireValue(errors, "legalBasis", request.legalBasis);
        require(errors, "content.requestingAuthority", c.requestingAuthority());
        require(errors, "content.lawText", c.lawText());
        require(errors, "content.maximumPenalty", c.maximumPenalty());
        requirePerson(errors, c, p -> p.role() == PersonRole.SUSPECT, "the SUSPECT to be prosecuted");
        translation(errors, request, c);
        TransferTerms terms = c.transfer();
        if (terms == null) {
            errors.add(new FieldError("content.transfer", "is required: why the proceedings should move, and the case file"));
            return;
        }
        require(errors, "content.transfer.reasons", terms.reasons());
        require(errors, "content.transfer.caseFile", terms.caseFile());
    }

    /** Reported unless the victim objects (ACTIP art. 14), and never at the standard handling level. */
    private static void victim(List<FieldError> errors, RequestContent c, LocalDate today) {
        if (c.handlingLevel() == HandlingLevel.STANDARD) {
            errors.add(new FieldError("content.handlingLevel", "a victim notice is RESTRICTED or VICTIM_SAFETY_CRITICAL"));
        }
        requirePerson(errors, c, p -> p.role() == PersonRole.VICTIM && present(p.nationality()),
                "the VICTIM with the nationality they claim");
        VictimTerms terms = c.victim();
        if (terms == null) {
            errors.add(new FieldError("content.victim", "is required: screening, consent and identification"));
            return;
        }
        requireValue(errors, "content.victim.screening", terms.screening());
        requireValue(errors, "content.victim.consent", terms.consent());
        if (terms.consent() == VictimTerms.Consent.OBJECTED) {
            errors.add(new FieldError("content.victim.consent",
                    "the victim objects to the other state being told; the notice may not be sent (ACTIP art. 14)"));
        }
        require(errors, "content.victim.identifyingAgency", terms.identifyingAgency());
        if (terms.identifiedOn() == null || terms.identifiedOn().isAfter(today)) {
            errors.add(new FieldError("content.victim.identifiedOn", "is required, a date not in the future"));
        }
    }

    private static void translation(List<FieldError> errors, MlaRequest request, RequestContent c) {
        requireValue(errors, "content.translationStatus", c.translationStatus());
        if (c.translationStatus() == TranslationStatus.REQUIRED || c.translationStatus() == TranslationStatus.IN_PROGRESS) {
            errors.add(new FieldError("content.translationStatus", "the translation must be attached before sending"));
        }
        if (c.translationStatus() == TranslationStatus.WAIVED_AS_URGENT && request.urgency != Urgency.URGENT) {
            errors.add(new FieldError("content.translationStatus", "a translation can only be waived for an urgent request"));
        }
    }

    private static void urgencyAndTimeLimit(List<FieldError> errors, MlaRequest request, RequestContent c) {
        if (request.urgency == Urgency.URGENT) {
            require(errors, "content.urgencyReason", c.urgencyReason());
            requireValue(errors, "content.wantedBy", c.wantedBy());
        }
        if (c.wantedBy() != null) {
            require(errors, "content.timeLimitReasons", c.timeLimitReasons());
        }
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
