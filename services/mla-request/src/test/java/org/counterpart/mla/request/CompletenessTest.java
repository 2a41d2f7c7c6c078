package org.counterpart.mla.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.CountryProfile;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.RequestContent;
import org.counterpart.events.Urgency;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.mla.CompleteDrafts;
import org.counterpart.mla.Profiles;
import org.counterpart.platform.problem.FieldError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** What each kind's draft must say before it may be marked ready, on its own (no service, no database). */
class CompletenessTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final LocalDate TODAY = LocalDate.now();
    private static final Optional<CountryProfile> NO_PROFILE = Optional.empty();

    @ParameterizedTest
    @EnumSource(CooperationKind.class)
    void aCompleteDraftOfEveryKindHasNoGap(CooperationKind kind) {
        assertEquals(List.of(), Completeness.missing(request(CompleteDrafts.of(kind)), TODAY, NO_PROFILE), kind + "");
    }

    /** Taking one thing away from a complete draft is a gap named by its field. */
    static Stream<Arguments> gaps() {
        return Stream.of(
                Arguments.of(CooperationKind.INFORMAL_REQUEST, "content.questions", "content.questions"),
                Arguments.of(CooperationKind.INFORMAL_REQUEST, "content.informal", "content.informal"),
                Arguments.of(CooperationKind.SPONTANEOUS_INFORMATION, "content.purpose", "content.purpose"),
                Arguments.of(CooperationKind.MLA, "content.lawText", "content.lawText"),
                Arguments.of(CooperationKind.MLA, "assistanceType", "assistanceType"),
                Arguments.of(CooperationKind.EXTRADITION, "legalBasis", "legalBasis"),
                Arguments.of(CooperationKind.EXTRADITION, "content.urgencyReason", "content.urgencyReason"),
                Arguments.of(CooperationKind.EXTRADITION, "content.persons", "content.persons"),
                Arguments.of(CooperationKind.JOINT_INVESTIGATION, "content.jointInvestigation", "content.jointInvestigation"),
                Arguments.of(CooperationKind.TRANSFER_OF_PROCEEDINGS, "content.transfer", "content.transfer"),
                Arguments.of(CooperationKind.TRANSFER_OF_PROCEEDINGS, "content.maximumPenalty", "content.maximumPenalty"),
                Arguments.of(CooperationKind.VICTIM_COOPERATION, "content.victim", "content.victim"),
                Arguments.of(CooperationKind.VICTIM_COOPERATION, "content.persons", "content.persons"),
                Arguments.of(CooperationKind.VICTIM_COOPERATION, "content.language", "content.language"));
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("gaps")
    void takingAwayARequiredFieldIsAGapNamingIt(CooperationKind kind, String removed, String reported) {
        Map<String, Object> draft = without(CompleteDrafts.of(kind), removed);
        List<FieldError> gaps = Completeness.missing(request(draft), TODAY, NO_PROFILE);
        assertTrue(gaps.stream().anyMatch(gap -> gap.field().equals(reported)), () -> kind + " without " + removed
                + " gave " + gaps);
    }

    @ParameterizedTest
    @EnumSource(CooperationKind.class)
    void anotherKindsTermsAreAGap(CooperationKind kind) {
        CooperationKind other = kind == CooperationKind.VICTIM_COOPERATION ? CooperationKind.MLA
                : CooperationKind.VICTIM_COOPERATION;
        Map<String, Object> draft = CompleteDrafts.of(kind);
        content(draft).putAll(Map.of("victim", content(CompleteDrafts.of(CooperationKind.VICTIM_COOPERATION)).get("victim")));
        if (kind == CooperationKind.VICTIM_COOPERATION) {
            content(draft).put("transfer", Map.of("reasons", "x"));
        }
        String field = kind == CooperationKind.VICTIM_COOPERATION ? "content.transfer" : "content.victim";
        List<FieldError> gaps = Completeness.missing(request(draft), TODAY, NO_PROFILE);
        assertTrue(gaps.stream().anyMatch(gap -> gap.field().equals(field)), () -> kind + " with " + other + "'s terms: " + gaps);
    }

    /** ACTIP art. 14: the other state is told unless the victim objects; and a victim notice is never STANDARD. */
    @ParameterizedTest
    @EnumSource(value = CooperationKind.class, names = "VICTIM_COOPERATION")
    void aVictimWhoObjectsIsNotReported(CooperationKind kind) {
        Map<String, Object> draft = CompleteDrafts.of(kind);
        Map<String, Object> victim = new HashMap<>(asMap(content(draft).get("victim")));
        victim.put("consent", "OBJECTED");
        content(draft).put("victim", victim);
        content(draft).put("handlingLevel", "STANDARD");
        List<String> fields = Completeness.missing(request(draft), TODAY, NO_PROFILE).stream().map(FieldError::field).toList();
        assertTrue(fields.containsAll(List.of("content.victim.consent", "content.handlingLevel")), fields.toString());
    }

    /** A provisional arrest may go with less; the full request that follows may not. */
    @ParameterizedTest
    @EnumSource(value = CooperationKind.class, names = "EXTRADITION")
    void aProvisionalArrestNeedsLessThanTheFullRequest(CooperationKind kind) {
        Map<String, Object> draft = CompleteDrafts.of(kind);
        content(draft).put("extradition", Map.of("provisionalArrest", true, "fullRequestWillFollow", true,
                "offenceTimeAndPlace", "Mae Sot, 2026", "personDescription", "Male, about 40"));
        MlaRequest provisional = request(draft);
        assertEquals(List.of(), Completeness.missing(provisional, TODAY, NO_PROFILE));
        List<String> fullGaps = Completeness.missingFromFullRequest(provisional, TODAY, NO_PROFILE).stream().map(FieldError::field)
                .toList();
        assertEquals(List.of("content.extradition.limitation", "content.extradition.warrantOrJudgment"), fullGaps);

        draft.put("urgency", "ROUTINE");
        List<String> routine = Completeness.missing(request(draft), TODAY, NO_PROFILE).stream().map(FieldError::field).toList();
        assertEquals(List.of("urgency"), routine, "a provisional arrest is urgent");
    }

    /** Completeness per profile: a formal request in a language the requested country does not accept needs a translation. */
    @ParameterizedTest
    @EnumSource(CooperationKind.class)
    void aLanguageTheRequestedCountryDoesNotAcceptIsAGapForFormalKinds(CooperationKind kind) {
        Map<String, Object> draft = CompleteDrafts.of(kind);
        content(draft).put("language", "th");
        content(draft).put("translationStatus", "NOT_NEEDED");
        Optional<CountryProfile> malaysia = Optional.of(Profiles.malaysia());
        List<FieldError> gaps = Completeness.missing(request(draft), TODAY, malaysia);
        boolean translationGap = gaps.stream().anyMatch(gap -> gap.field().equals("content.translationStatus")
                && gap.message().startsWith("translation into Malay or English required"));
        boolean formal = !kind.agencyToAgency() && kind != CooperationKind.VICTIM_COOPERATION;
        assertEquals(formal, translationGap, () -> kind + ": " + gaps);

        content(draft).put("language", "en");
        assertTrue(Completeness.missing(request(draft), TODAY, malaysia).stream()
                .noneMatch(gap -> gap.message().startsWith("translation into")), kind + " in English");
    }

    private static MlaRequest request(Map<String, Object> draft) {
        MlaRequest request = new MlaRequest();
        request.kind = draft.containsKey("kind") ? CooperationKind.valueOf((String) draft.get("kind")) : CooperationKind.MLA;
        request.assistanceType = draft.get("assistanceType") == null ? null
                : AssistanceType.valueOf((String) draft.get("assistanceType"));
        request.legalBasis = draft.get("legalBasis") == null ? null : LegalBasis.valueOf((String) draft.get("legalBasis"));
        request.urgency = Urgency.valueOf((String) draft.get("urgency"));
        request.content = JSON.convertValue(draft.get("content"), RequestContent.class);
        request.requestedCountry = org.counterpart.network.Countries.MY;
        return request;
    }

    /** A copy of {@code draft} without one member, named by its path ({@code content.lawText}). */
    private static Map<String, Object> without(Map<String, Object> draft, String path) {
        Map<String, Object> copy = new HashMap<>(draft);
        copy.put("content", new HashMap<>(content(draft)));
        if (path.startsWith("content.")) {
            content(copy).remove(path.substring("content.".length()));
        } else {
            copy.remove(path);
        }
        return copy;
    }

    private static Map<String, Object> content(Map<String, Object> draft) {
        return asMap(draft.get("content"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
