package org.counterpart.routing.decision;

import static org.counterpart.events.workflow.CooperationKind.EXTRADITION;
import static org.counterpart.events.workflow.CooperationKind.INFORMAL_REQUEST;
import static org.counterpart.events.workflow.CooperationKind.JOINT_INVESTIGATION;
import static org.counterpart.events.workflow.CooperationKind.MLA;
import static org.counterpart.events.workflow.CooperationKind.SPONTANEOUS_INFORMATION;
import static org.counterpart.events.workflow.CooperationKind.TRANSFER_OF_PROCEEDINGS;
import static org.counterpart.events.workflow.CooperationKind.VICTIM_COOPERATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Stream;
import org.counterpart.events.Agency;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Country;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.Urgency;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.events.workflow.DirectoryRole;
import org.counterpart.network.Countries;
import org.counterpart.routing.directory.ContactPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The decision tree, question by question, over a small directory of Malaysia written out here. */
class RouterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Period STALE_AFTER = Period.ofDays(365);

    /**
     * MY as its correspondent might keep it: a central authority, a 24/7 point, Sabah's prosecutor, the
     * police's trafficking unit, the FIU and the victim-protection focal point.
     */
    private static List<ContactPoint> malaysia() {
        ContactPoint central = point("MY-CA-AGC", DirectoryRole.CENTRAL_AUTHORITY);
        central.legalInstruments = List.of(LegalBasis.ASEAN_MLAT, LegalBasis.BILATERAL_TREATY, LegalBasis.UNTOC);
        central.languages = List.of("ms", "en");
        central.lastVerified = TODAY.minusMonths(2);
        ContactPoint urgent = point("MY-URGENT-PDRM", DirectoryRole.URGENT_24_7,
                AssistanceType.LOCATING_AND_IDENTIFYING_PERSONS);
        urgent.languages = List.of("ms");
        urgent.urgentLanguages = List.of("ms", "en");
        urgent.lastVerified = TODAY.minusMonths(1);
        ContactPoint sabah = point("MY-EXEC-SABAH", DirectoryRole.EXECUTING_AUTHORITY, AssistanceType.TAKING_EVIDENCE,
                AssistanceType.SEARCH_AND_SEIZURE);
        sabah.regions = List.of("MY-12");
        sabah.legalInstruments = List.of(LegalBasis.ASEAN_MLAT);
        sabah.lastVerified = TODAY.minusYears(2);
        ContactPoint police = point("MY-LIAISON-D3", DirectoryRole.LIAISON);
        ContactPoint fiu = point("MY-FIU-BNM", DirectoryRole.FIU);
        fiu.lastVerified = TODAY;
        ContactPoint victims = point("MY-VFP-KPWKM", DirectoryRole.VICTIM_FOCAL_POINT);
        return List.of(central, urgent, sabah, police, fiu, victims);
    }

    static Stream<Arguments> decisions() {
        return Stream.of(
                // kind, agency, measure, legal basis, urgency, region, expected contact point or unroutable reason
                Arguments.of(MLA, null, AssistanceType.TAKING_EVIDENCE, LegalBasis.ASEAN_MLAT, Urgency.ROUTINE, null,
                        "MY-CA-AGC"),
                Arguments.of(MLA, null, AssistanceType.TAKING_EVIDENCE, null, Urgency.ROUTINE, "MY-12", "MY-CA-AGC"),
                Arguments.of(MLA, null, AssistanceType.LOCATING_AND_IDENTIFYING_PERSONS, LegalBasis.ASEAN_MLAT,
                        Urgency.URGENT, null, "MY-URGENT-PDRM"),
                Arguments.of(MLA, null, AssistanceType.TAKING_EVIDENCE, LegalBasis.ASEAN_MLAT, Urgency.URGENT, null,
                        "MY-CA-AGC"),
                Arguments.of(MLA, null, AssistanceType.TAKING_EVIDENCE, LegalBasis.RECIPROCITY, Urgency.ROUTINE, null,
                        "unroutable: No authority of MY for MLA acts under RECIPROCITY"),
                Arguments.of(INFORMAL_REQUEST, Agency.FIU, null, null, Urgency.ROUTINE, null, "MY-FIU-BNM"),
                Arguments.of(INFORMAL_REQUEST, Agency.POLICE, null, null, Urgency.URGENT, null, "MY-LIAISON-D3"),
                Arguments.of(SPONTANEOUS_INFORMATION, Agency.POLICE, null, null, Urgency.ROUTINE, null, "MY-LIAISON-D3"),
                Arguments.of(INFORMAL_REQUEST, Agency.IMMIGRATION, null, null, Urgency.ROUTINE, null,
                        "unroutable: No [IMMIGRATION] of MY receives INFORMAL_REQUEST to IMMIGRATION"),
                Arguments.of(INFORMAL_REQUEST, null, null, null, Urgency.ROUTINE, null,
                        "unroutable: An informal exchange must name the agency it is addressed to"),
                Arguments.of(EXTRADITION, null, null, LegalBasis.BILATERAL_TREATY, Urgency.ROUTINE, null, "MY-CA-AGC"),
                Arguments.of(EXTRADITION, null, null, LegalBasis.BILATERAL_TREATY, Urgency.URGENT, null, "MY-URGENT-PDRM"),
                Arguments.of(JOINT_INVESTIGATION, null, null, LegalBasis.UNTOC, Urgency.ROUTINE, null, "MY-CA-AGC"),
                Arguments.of(TRANSFER_OF_PROCEEDINGS, null, null, LegalBasis.UNTOC, Urgency.ROUTINE, null, "MY-CA-AGC"),
                Arguments.of(VICTIM_COOPERATION, null, null, null, Urgency.ROUTINE, null, "MY-VFP-KPWKM"));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} {4} at {5} -> {6}")
    @MethodSource("decisions")
    void decisionTreeOverMalaysia(CooperationKind kind, Agency agency, AssistanceType measure, LegalBasis basis,
            Urgency urgency, String place, String expected) {
        RoutingDecision decision = Router.decide(new RoutingQuery(Countries.MY, kind, agency, measure, basis, urgency,
                place, null), malaysia(), STALE_AFTER, TODAY);
        String outcome = decision.routed() ? decision.contactPoint().id : "unroutable: " + decision.reason();
        assertEquals(expected, outcome, () -> String.join(" / ", decision.path()));
    }

    /** A country that requires extradition by the diplomatic channel says so by listing that channel. */
    @Test
    void extraditionGoesByTheDiplomaticChannelWhereTheCountryListsOne() {
        List<ContactPoint> withMinistry = new java.util.ArrayList<>(malaysia());
        withMinistry.add(point("MY-MFA-LEGAL", DirectoryRole.DIPLOMATIC_CHANNEL));
        RoutingDecision decision = Router.decide(new RoutingQuery(Countries.MY, EXTRADITION, null, null,
                LegalBasis.BILATERAL_TREATY, Urgency.ROUTINE, null, null), withMinistry, STALE_AFTER, TODAY);
        assertEquals("MY-MFA-LEGAL", decision.contactPoint().id, () -> String.join(" / ", decision.path()));
        RoutingDecision mla = Router.decide(query("MY", AssistanceType.TAKING_EVIDENCE, null, null, null), withMinistry,
                STALE_AFTER, TODAY);
        assertEquals("MY-CA-AGC", mla.contactPoint().id, "MLA does not go by the diplomatic channel");
    }

    @Test
    void withoutACentralAuthorityTheRegionOfExecutionPicksTheRegionalAuthority() {
        ContactPoint sabah = point("XX-EXEC-SABAH", DirectoryRole.EXECUTING_AUTHORITY, AssistanceType.TAKING_EVIDENCE);
        sabah.regions = List.of("XX-12");
        ContactPoint johor = point("XX-EXEC-JOHOR", DirectoryRole.EXECUTING_AUTHORITY, AssistanceType.TAKING_EVIDENCE);
        johor.regions = List.of("XX-01");
        RoutingDecision decision = Router.decide(query("XX", AssistanceType.TAKING_EVIDENCE, null, "XX-12", null),
                List.of(johor, sabah), STALE_AFTER, TODAY);
        assertEquals("XX-EXEC-SABAH", decision.contactPoint().id);
        assertTrue(decision.path().stream().anyMatch(step -> step.equals("region of execution XX-12: served by XX-EXEC-SABAH")),
                decision.path().toString());
    }

    @Test
    void onlyInstrumentThatAppliesIsPickedAndSaidSo() {
        ContactPoint central = point("XX-CA-1", DirectoryRole.CENTRAL_AUTHORITY);
        central.legalInstruments = List.of(LegalBasis.BILATERAL_TREATY);
        RoutingDecision decision = Router.decide(query("XX", AssistanceType.TAKING_EVIDENCE, null, null, null),
                List.of(central), STALE_AFTER, TODAY);
        assertTrue(decision.path().contains("legal instrument: only BILATERAL_TREATY applies, so it is picked"),
                decision.path().toString());
    }

    @Test
    void warningsSayWhatWillBiteLater() {
        ContactPoint sabah = point("XX-EXEC-SABAH", DirectoryRole.EXECUTING_AUTHORITY, AssistanceType.TAKING_EVIDENCE);
        sabah.languages = List.of("ms");
        sabah.lastVerified = TODAY.minusYears(2);
        sabah.eSignatureRequired = true;
        sabah.attachmentLimitBytes = 10_485_760L;
        sabah.illustrative = true;
        List<String> warnings = Router.decide(query("XX", AssistanceType.TAKING_EVIDENCE, null, null, "en"),
                List.of(sabah), STALE_AFTER, TODAY).warnings();
        assertEquals(List.of(
                "Translation needed: XX-EXEC-SABAH accepts [ms], the request is in en",
                "XX-EXEC-SABAH is stale: last confirmed 2024-11-23 by its country",
                "XX-EXEC-SABAH is illustrative seed data, not yet confirmed by XX",
                "XX-EXEC-SABAH requires an electronic signature on the request",
                "XX-EXEC-SABAH accepts attachments up to 10485760 bytes"), warnings);
    }

    @Test
    void noEntryForTheCountryIsUnroutableWithAReason() {
        RoutingDecision decision = Router.decide(query("AU", AssistanceType.TAKING_EVIDENCE, null, null, null), List.of(),
                STALE_AFTER, TODAY);

        assertFalse(decision.routed());
        assertEquals("No active contact point in the directory for AU", decision.reason());
        assertEquals(List.of("requested country AU: no active contact point"), decision.path());
    }

    @Test
    void formalRequestGoesToTheCentralAuthorityEvenWhenOthersSupportTheMeasure() {
        ContactPoint receiving = point("MY-RA-1", DirectoryRole.RECEIVING_AUTHORITY, AssistanceType.TAKING_EVIDENCE);
        ContactPoint central = point("MY-CA-AGC", DirectoryRole.CENTRAL_AUTHORITY);

        RoutingDecision decision = Router.decide(query("MY", AssistanceType.TAKING_EVIDENCE, null, null, null),
                List.of(receiving, central), STALE_AFTER, TODAY);

        assertTrue(decision.routed());
        assertEquals("MY-CA-AGC", decision.contactPoint().id);
        assertNull(decision.reason());
        assertTrue(decision.path().get(2).contains("MY-RA-1, MY-CA-AGC"), decision.path().get(2));
    }

    private static RoutingQuery query(String country, AssistanceType measure, LegalBasis basis, String place,
            String language) {
        return new RoutingQuery(Country.of(country), MLA, null, measure, basis, Urgency.ROUTINE, place, language);
    }

    /** No measures: every formal measure, as a central authority. */
    private static ContactPoint point(String id, DirectoryRole role, AssistanceType... measures) {
        ContactPoint point = new ContactPoint();
        point.id = id;
        point.country = Country.of(id.substring(0, 2));
        point.authority = "authority " + id;
        point.role = role;
        point.measures = measures.length == 0 ? null : List.of(measures);
        point.languages = List.of("en");
        point.channel = "counterpart";
        point.owner = "correspondent";
        point.lastVerified = TODAY;
        point.active = true;
        return point;
    }
}
