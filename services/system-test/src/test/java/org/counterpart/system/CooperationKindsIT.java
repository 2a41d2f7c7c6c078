package org.counterpart.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.counterpart.system.RequestSteps.BOUND;
import static org.counterpart.system.RequestSteps.act;
import static org.counterpart.system.RequestSteps.awaitStatus;
import static org.counterpart.system.RequestSteps.drafted;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.counterpart.network.Countries;
import org.counterpart.network.LocalNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The channels of cooperation beyond MLA, end to end between real country processes through the hub:
 * informal first and formal after, provisional arrest and surrender, a refusal on nationality turned
 * into a transfer of proceedings, a victim returned, and a joint investigation of three countries.
 */
@ExtendWith(RegionalNetwork.class)
class CooperationKindsIT {

    private static LocalNetwork network;
    private static String th;
    private static String my;
    private static String ph;

    @BeforeAll
    static void joinNetwork() {
        network = RegionalNetwork.get();
        th = network.countryUrl(Countries.TH);
        my = network.countryUrl(Countries.MY);
        ph = network.countryUrl(Countries.PH);
    }

    @Test
    void informalExchangeAnsweredInHoursThenAFormalRequestLinkedToIt() {
        String policeTh = token("police-th");
        String policeMy = token("police-my");
        Map<String, Object> content = content("STANDARD");
        content.put("purpose", "Locate the recruiters' safe house in Johor");
        content.put("questions", List.of("Who rents unit 4B at the address given?"));
        content.put("informal", Map.of("senderAgency", "POLICE", "receivingAgency", "POLICE"));
        String exchange = drafted(th, policeTh, draft("INFORMAL_REQUEST", "MY", null, "ROUTINE", content));
        act(th, policeTh, exchange, "MARK_READY", Map.of());
        act(th, policeTh, exchange, "TRANSMIT", Map.of());

        awaitStatus(my, policeMy, exchange, "TRANSMITTED");
        // Addressed to MY's police, so not the FIU's to read: the realm's agency claim keeps them apart.
        given().baseUri(my).auth().oauth2(token("fiu-my")).get("/requests/{id}", exchange).then().statusCode(404);
        given().baseUri(my).auth().oauth2(policeMy).get("/requests/{id}", exchange).then()
                .body("intelligenceOnly", equalTo(true));
        given().baseUri(network.routingUrl()).auth().oauth2(policeTh).get("/routing/records/{id}", exchange).then()
                .statusCode(200).body("contactPointId", equalTo("MY-LIAISON-D3")).body("kind", equalTo("INFORMAL_REQUEST"))
                .body("clocks.find { it.clock == 'ACKNOWLEDGE' }.target", equalTo("PT4H"));
        act(my, policeMy, exchange, "ACKNOWLEDGE", Map.of("counterpartReference", "D3-INT-2026-0091"));
        act(my, policeMy, exchange, "ANSWER", Map.of("note", "Unit 4B is rented by a company of the suspect's cousin."));
        awaitStatus(th, policeTh, exchange, "ANSWERED");
        await().atMost(BOUND).untilAsserted(() -> given().baseUri(network.routingUrl()).auth().oauth2(policeTh)
                .get("/routing/records/{id}", exchange).then()
                .body("clocks.find { it.clock == 'DECIDE' }.target", equalTo("PT72H"))
                .body("clocks.find { it.clock == 'DECIDE' }.state", equalTo("STOPPED")));
        // The informal answer is intelligence; the prosecutor asks formally for evidence, naming the exchange.
        String exchangeReference = given().baseUri(th).auth().oauth2(policeTh).get("/requests/{id}", exchange)
                .then().extract().path("requesterReference");
        Map<String, Object> mla = mlaDraft("MY");
        contentOf(mla).put("informalExchangeReferences", List.of(exchangeReference));
        String prosecutorTh = token("prosecutor-th");
        String formal = drafted(th, prosecutorTh, mla);
        act(th, prosecutorTh, formal, "MARK_READY", Map.of());
        act(th, prosecutorTh, formal, "SUBMIT", Map.of());
        String authorityTh = token("authority-th");
        act(th, authorityTh, formal, "TRANSMIT", Map.of());
        // The requesting central authority sees the exchange the formal request grew from.
        given().baseUri(th).auth().oauth2(authorityTh).get("/requests/{id}", exchange).then().statusCode(200)
                .body("status", equalTo("ANSWERED"));
        String authorityMy = token("authority-my");
        await().atMost(BOUND).untilAsserted(() -> given().baseUri(my).auth().oauth2(authorityMy).get("/requests/{id}", formal)
                .then().statusCode(200).body("content.informalExchangeReferences", hasItem(exchangeReference)));
    }

    @Test
    void provisionalArrestFollowedByTheFullRequestInsideTheWindowAndASurrender() {
        String prosecutorMy = token("prosecutor-my");
        String authorityMy = token("authority-my");
        String authorityTh = token("authority-th");
        String id = drafted(my, prosecutorMy, draft("EXTRADITION", "TH", "BILATERAL_TREATY", "URGENT",
                extraditionContent("TH")));
        act(my, prosecutorMy, id, "MARK_READY", Map.of());
        act(my, prosecutorMy, id, "SUBMIT", Map.of());
        act(my, authorityMy, id, "TRANSMIT", Map.of());

        awaitStatus(th, authorityTh, id, "TRANSMITTED");
        act(th, authorityTh, id, "ACKNOWLEDGE", Map.of("counterpartReference", "OAG-EXT-2026-007"));
        act(th, authorityTh, id, "ARREST_PROVISIONALLY", Map.of("note", "Arrested in Bangkok; held pending the full request"));
        awaitStatus(my, authorityMy, id, "PROVISIONALLY_ARRESTED");
        await().atMost(BOUND).untilAsserted(() -> given().baseUri(network.routingUrl()).auth().oauth2(authorityMy)
                .get("/routing/records/{id}", id).then()
                .body("clocks.find { it.clock == 'FULL_REQUEST' }.state", equalTo("RUNNING"))
                .body("clocks.find { it.clock == 'FULL_REQUEST' }.target", equalTo("PT960H")));

        act(my, authorityMy, id, "SEND_FULL_REQUEST", Map.of());
        awaitStatus(th, authorityTh, id, "FULL_REQUEST_RECEIVED");
        await().atMost(BOUND).untilAsserted(() -> given().baseUri(network.routingUrl()).auth().oauth2(authorityMy)
                .get("/routing/records/{id}", id).then()
                .body("clocks.find { it.clock == 'FULL_REQUEST' }.state", equalTo("STOPPED")));
        act(th, authorityTh, id, "START_ASSESSMENT", Map.of());
        act(th, authorityTh, id, "ACCEPT", Map.of());
        act(th, authorityTh, id, "ARRANGE_SURRENDER", Map.of("surrender", Map.of(
                "at", Instant.now().plus(7, ChronoUnit.DAYS).toString(), "place", "Suvarnabhumi Airport",
                "collectBy", LocalDate.now().plusDays(30).toString())));
        act(th, authorityTh, id, "CONFIRM_SURRENDER", Map.of());
        await().atMost(BOUND).untilAsserted(() -> given().baseUri(my).auth().oauth2(authorityMy).get("/requests/{id}", id)
                .then().statusCode(200).body("status", equalTo("SURRENDERED"))
                .body("surrender.place", equalTo("Suvarnabhumi Airport")));
    }

    @Test
    void extraditionRefusedOnNationalityBecomesATransferOfProceedings() {
        String prosecutorTh = token("prosecutor-th");
        String authorityTh = token("authority-th");
        String authorityMy = token("authority-my");
        Map<String, Object> content = extraditionContent("MY");
        content.put("extradition", Map.of("provisionalArrest", false,
                "warrantOrJudgment", "Arrest warrant 98/2569 of the Mae Sot Provincial Court",
                "limitation", "15 years from the offence; not expired"));
        String extradition = drafted(th, prosecutorTh, draft("EXTRADITION", "MY", "BILATERAL_TREATY", "ROUTINE", content));
        // Drafting reckons with Malaysia's profile at the hub (illustrative seed: it does not extradite nationals).
        given().baseUri(th).auth().oauth2(prosecutorTh).get("/requests/{id}", extradition).then()
                .body("draftingAdvice.topic", hasItems("CONSIDER_TRANSFER_OF_PROCEEDINGS", "PROFILE_ILLUSTRATIVE"));
        act(th, prosecutorTh, extradition, "MARK_READY", Map.of());
        act(th, prosecutorTh, extradition, "SUBMIT", Map.of());
        act(th, authorityTh, extradition, "TRANSMIT", Map.of());

        awaitStatus(my, authorityMy, extradition, "TRANSMITTED");
        act(my, authorityMy, extradition, "ACKNOWLEDGE", Map.of("counterpartReference", "AGC-EXT-2026/12"));
        act(my, authorityMy, extradition, "START_ASSESSMENT", Map.of());
        act(my, authorityMy, extradition, "REFUSE", Map.of("refusalGrounds", List.of("NATIONALITY"),
                "note", "The person sought is a Malaysian national"));
        await().atMost(BOUND).untilAsserted(() -> given().baseUri(th).auth().oauth2(prosecutorTh)
                .get("/requests/{id}", extradition).then().body("status", equalTo("REFUSED"))
                .body("followUps", hasItem("TRANSFER_OF_PROCEEDINGS")));

        String transfer = given().baseUri(th).auth().oauth2(prosecutorTh)
                .post("/requests/{id}/transfer-of-proceedings", extradition).then().statusCode(201)
                .body("kind", equalTo("TRANSFER_OF_PROCEEDINGS")).body("status", equalTo("DRAFT"))
                .body("content.transfer.followsExtradition", org.hamcrest.Matchers.startsWith("TH-"))
                .extract().path("id");
        Map<String, Object> completed = given().baseUri(th).auth().oauth2(prosecutorTh).get("/requests/{id}", transfer)
                .then().extract().jsonPath().getMap("$");
        Map<String, Object> transferContent = new HashMap<>(contentOf(completed));
        Map<String, Object> terms = new HashMap<>(asMap(transferContent.get("transfer")));
        terms.put("caseFile", "Police file 98/2569: statements, phone extraction, bank records");
        transferContent.put("transfer", terms);
        Map<String, Object> edit = draft("TRANSFER_OF_PROCEEDINGS", "MY", "BILATERAL_TREATY", "ROUTINE", transferContent);
        given().baseUri(th).auth().oauth2(prosecutorTh).contentType(ContentType.JSON).body(edit)
                .put("/requests/{id}", transfer).then().statusCode(200);
        act(th, prosecutorTh, transfer, "MARK_READY", Map.of());
        act(th, prosecutorTh, transfer, "SUBMIT", Map.of());
        act(th, authorityTh, transfer, "TRANSMIT", Map.of());

        awaitStatus(my, authorityMy, transfer, "TRANSMITTED");
        act(my, authorityMy, transfer, "ACKNOWLEDGE", Map.of("counterpartReference", "AGC-TOP-2026/3"));
        act(my, authorityMy, transfer, "START_ASSESSMENT", Map.of());
        act(my, authorityMy, transfer, "ACCEPT", Map.of());
        awaitStatus(th, authorityTh, transfer, "ACCEPTED");
    }

    @Test
    void victimIdentifiedInThailandIsRecognisedWithNonPunishmentVerifiedAndReturned() {
        String victimsTh = token("victims-th");
        String victimsMy = token("victims-my");
        Map<String, Object> content = content("VICTIM_SAFETY_CRITICAL");
        content.put("persons", List.of(Map.of("role", "VICTIM", "name", "Victim E", "nationality", "MY")));
        content.put("victim", Map.of("screening", "TRAFFICKING_VICTIM", "consent", "CONSENTED",
                "identifyingAgency", "TH Ministry of Social Development and Human Security",
                "identifiedOn", LocalDate.now().minusDays(2).toString(),
                "proceedingsNeedingVictim", "Witness in the Mae Sot trial"));
        String id = drafted(th, victimsTh, draft("VICTIM_COOPERATION", "MY", null, "ROUTINE", content));
        act(th, victimsTh, id, "MARK_READY", Map.of());
        act(th, victimsTh, id, "TRANSMIT", Map.of());

        awaitStatus(my, victimsMy, id, "TRANSMITTED");
        given().baseUri(network.routingUrl()).auth().oauth2(victimsTh).get("/routing/records/{id}", id).then()
                .body("contactPointId", equalTo("MY-VFP-KPWKM"));
        // Need to know: a Malaysian prosecutor learns nothing of the victim notice.
        given().baseUri(my).auth().oauth2(token("prosecutor-my")).get("/requests/{id}", id).then().statusCode(404);
        act(my, victimsMy, id, "ACKNOWLEDGE", Map.of("counterpartReference", "KPWKM-2026-0415"));
        act(my, victimsMy, id, "RECOGNISE", Map.of("nonPunishment", true));
        act(my, victimsMy, id, "VERIFY_NATIONALITY", Map.of());
        act(my, victimsMy, id, "ISSUE_TRAVEL_DOCUMENTS", Map.of("note", "Emergency certificate issued"));
        awaitStatus(th, victimsTh, id, "TRAVEL_DOCUMENTS_ISSUED");
        given().baseUri(th).auth().oauth2(victimsTh).get("/requests/{id}", id).then().body("nonPunishment", equalTo(true));
        act(th, victimsTh, id, "PLAN_RETURN", Map.of("until", LocalDate.now().plusDays(10).toString(),
                "note", "After the hearing; escorted by a social worker"));
        awaitStatus(my, victimsMy, id, "RETURN_PLANNED");
        // The trial need not hold the victim back: they testify from home, by video link.
        String hearing = LocalDate.now().plusDays(60).toString();
        act(th, victimsTh, id, "ARRANGE_VIDEO_TESTIMONY", Map.of("until", hearing,
                "note", "Testimony by video link from the Kuala Lumpur court"));
        await().atMost(BOUND).untilAsserted(() -> given().baseUri(my).auth().oauth2(victimsMy).get("/requests/{id}", id)
                .then().body("until", equalTo(hearing)).body("status", equalTo("RETURN_PLANNED")));
        act(my, victimsMy, id, "CONFIRM_RETURN", Map.of("note", "Received at KLIA; referred to a shelter in Selangor"));
        awaitStatus(th, victimsTh, id, "RETURNED");
    }

    @Test
    void jointInvestigationAgreedBetweenThreeCountries() {
        String prosecutorTh = token("prosecutor-th");
        String authorityTh = token("authority-th");
        String myProposal = proposedJointInvestigation("MY", prosecutorTh, authorityTh);
        String phProposal = proposedJointInvestigation("PH", prosecutorTh, authorityTh);

        agree(my, token("authority-my"), myProposal, "Insp. Aminah (PDRM D3)");
        agree(ph, token("authority-ph"), phProposal, "PCol. Reyes (PNP WCPC)");
        awaitStatus(th, authorityTh, myProposal, "AGREED");
        awaitStatus(th, authorityTh, phProposal, "AGREED");
        given().baseUri(th).auth().oauth2(authorityTh).get("/requests/{id}", phProposal).then()
                .body("team.name", containsInAnyOrder("Pol. Col. Somchai", "PCol. Reyes (PNP WCPC)"));

        // The lead state changes its own members; the partner's copy follows.
        act(th, authorityTh, phProposal, "CHANGE_LEAD_MEMBERS", Map.of("members", List.of(
                Map.of("name", "Pol. Col. Somchai", "agency", "Royal Thai Police ATPD", "joining", false),
                Map.of("name", "Pol. Maj. Nattaya", "agency", "Royal Thai Police ATPD", "joining", true))));
        String authorityPh = token("authority-ph");
        await().atMost(BOUND).untilAsserted(() -> given().baseUri(ph).auth().oauth2(authorityPh)
                .get("/requests/{id}", phProposal).then()
                .body("team.name", containsInAnyOrder("Pol. Maj. Nattaya", "PCol. Reyes (PNP WCPC)")));
    }

    private static String proposedJointInvestigation(String partner, String prosecutor, String authority) {
        Map<String, Object> content = content("RESTRICTED");
        content.put("requestingAuthority", "Office of the Attorney General, International Affairs Department");
        content.put("jointInvestigation", Map.of(
                "participatingAgencies", List.of("Royal Thai Police ATPD", "Royal Malaysia Police D3", "PNP WCPC"),
                "scope", "The network recruiting for the compound in Myawaddy",
                "evidenceSharingRules", "Shared through the central authorities; admissible under each law",
                "endDate", LocalDate.now().plusMonths(6).toString(),
                "members", List.of(Map.of("name", "Pol. Col. Somchai", "agency", "Royal Thai Police ATPD", "joining", true))));
        String id = drafted(th, prosecutor, draft("JOINT_INVESTIGATION", partner, "UNTOC", "ROUTINE", content));
        act(th, prosecutor, id, "MARK_READY", Map.of());
        act(th, prosecutor, id, "SUBMIT", Map.of());
        act(th, authority, id, "TRANSMIT", Map.of());
        return id;
    }

    private static void agree(String service, String authority, String id, String member) {
        awaitStatus(service, authority, id, "TRANSMITTED");
        act(service, authority, id, "ACKNOWLEDGE", Map.of("counterpartReference", "JIT-" + id.substring(0, 8)));
        act(service, authority, id, "AGREE", Map.of("members",
                List.of(Map.of("name", member, "agency", "national police", "joining", true))));
    }

    private static Map<String, Object> extraditionContent(String requested) {
        Map<String, Object> content = content("RESTRICTED");
        content.put("requestingAuthority", "Central authority of the requesting state");
        content.put("lawText", "Anti-Trafficking in Persons law, s. 6");
        content.put("maximumPenalty", "20 years' imprisonment");
        content.put("translationStatus", "NOT_NEEDED");
        content.put("urgencyReason", "The person sought is about to leave the country");
        // The person sought is a national of the requested state, and is there.
        content.put("persons", List.of(Map.of("role", "SUSPECT", "name", "Suspect C", "nationality", requested,
                "location", "TH".equals(requested) ? "Bangkok" : "Kuala Lumpur", "identification", "passport A1234567")));
        content.put("extradition", Map.of("provisionalArrest", true, "fullRequestWillFollow", true,
                "offenceTimeAndPlace", "Johor Bahru, March to June 2026", "personDescription", "Male, about 40",
                "warrantOrJudgment", "Warrant of arrest 12/2026, Sessions Court Johor Bahru",
                "limitation", "None for this offence"));
        return content;
    }

    private static Map<String, Object> mlaDraft(String to) {
        Map<String, Object> content = content("RESTRICTED");
        content.putAll(JsonObjects.of(
                "requestingAuthority", "Office of the Attorney General, International Affairs Department",
                "investigatingAuthority", "Anti-Trafficking in Persons Division, Royal Thai Police",
                "purpose", "Statements of two witnesses", "matterStatus", "Investigation",
                "maximumPenalty", "20 years' imprisonment", "lawText", "Anti-Trafficking in Persons Act, s. 6",
                "actsToEstablish", "Recruitment by deception", "translationStatus", "NOT_NEEDED",
                "persons", List.of(Map.of("role", "WITNESS", "name", "Witness A", "location", "Johor Bahru")),
                "questions", List.of("How were you recruited?")));
        Map<String, Object> draft = draft("MLA", to, "ASEAN_MLAT", "ROUTINE", content);
        draft.put("assistanceType", "TAKING_EVIDENCE");
        return draft;
    }

    private static Map<String, Object> draft(String kind, String to, String legalBasis, String urgency,
            Map<String, Object> content) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("kind", kind);
        draft.put("requestedCountry", to);
        if (legalBasis != null) {
            draft.put("legalBasis", legalBasis);
        }
        draft.put("offence", "Trafficking in persons (forced criminality in an online scam centre)");
        draft.put("summaryOfFacts", "Recruits were moved across the border to a scam compound.");
        draft.put("urgency", urgency);
        draft.put("content", content);
        return draft;
    }

    private static Map<String, Object> content(String handlingLevel) {
        Map<String, Object> content = new HashMap<>();
        content.put("language", "en");
        content.put("handlingLevel", handlingLevel);
        return content;
    }

    private static Map<String, Object> contentOf(Map<String, Object> draft) {
        return asMap(draft.get("content"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    private static String token(String user) {
        return RegionalNetwork.token(network, user);
    }
}
