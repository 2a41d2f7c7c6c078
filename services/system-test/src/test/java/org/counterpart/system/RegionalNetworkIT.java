package org.counterpart.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.counterpart.system.RequestSteps.BOUND;
import static org.counterpart.system.RequestSteps.act;
import static org.counterpart.system.RequestSteps.awaitStatus;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.counterpart.events.KafkaWire;
import org.counterpart.events.RequestParticulars;
import org.counterpart.events.RequestTransmitted;
import org.counterpart.events.Topics;
import org.counterpart.events.sealing.ContentSeal;
import org.counterpart.events.sealing.SealBinding;
import org.counterpart.events.sealing.SealRefusedException;
import org.counterpart.events.signature.Signer;
import org.counterpart.network.Countries;
import org.counterpart.network.KafkaProbe;
import org.counterpart.network.LocalNetwork;
import org.counterpart.network.exchange.ServiceKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The walking skeleton end to end on the shared {@link RegionalNetwork}: Thailand and Malaysia as
 * separate mla-request processes, routing, tracking, a real Kafka broker, PostgreSQL and Keycloak.
 * Everything over HTTP with Keycloak tokens.
 */
@ExtendWith(RegionalNetwork.class)
class RegionalNetworkIT {

    private static LocalNetwork network;

    @BeforeAll
    static void joinNetwork() {
        network = RegionalNetwork.get();
    }

    @Test
    void thaiRequestReachesMalaysiaIsAcknowledgedAndShowsOnTheDashboard() {
        String th = network.countryUrl(Countries.TH);
        String my = network.countryUrl(Countries.MY);
        String prosecutorTh = token("prosecutor-th");
        String authorityTh = token("authority-th");
        String authorityMy = token("authority-my");

        String id = given().baseUri(th).auth().oauth2(prosecutorTh).contentType(ContentType.JSON)
                .body(draft("MY")).post("/requests")
                .then().statusCode(201).extract().path("id");
        markReady(th, prosecutorTh, id);
        given().baseUri(th).auth().oauth2(prosecutorTh).post("/requests/{id}/submit", id).then().statusCode(200);
        given().baseUri(th).auth().oauth2(authorityTh).post("/requests/{id}/transmit", id)
                .then().statusCode(200).body("status", equalTo("TRANSMITTED"));

        await().atMost(BOUND).untilAsserted(() -> given().baseUri(my).auth().oauth2(authorityMy)
                .queryParam("direction", "INCOMING").get("/requests")
                .then().statusCode(200).body("id", hasItem(id)));
        given().baseUri(network.routingUrl()).auth().oauth2(authorityTh).get("/routing/records/{id}", id)
                .then().statusCode(200).body("contactPointId", equalTo("MY-CA-AGC"));
        // Another country's user learns nothing about Thailand's request, not even that it exists.
        given().baseUri(th).auth().oauth2(authorityMy).get("/requests/{id}", id).then().statusCode(404);
        given().baseUri(th).get("/requests/{id}", id).then().statusCode(401);

        given().baseUri(my).auth().oauth2(authorityMy).contentType(ContentType.JSON)
                .body(Map.of("counterpartReference", "AGC-MLA-2026/0456"))
                .post("/requests/{id}/acknowledge", id)
                .then().statusCode(200).body("status", equalTo("ACKNOWLEDGED"));

        await().atMost(BOUND).untilAsserted(() -> given().baseUri(th).auth().oauth2(prosecutorTh)
                .get("/requests/{id}", id)
                .then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"))
                .body("counterpartReference", equalTo("AGC-MLA-2026/0456")));

        String analyst = token("analyst-region");
        await().atMost(BOUND).untilAsserted(() -> given().baseUri(network.trackingUrl()).auth().oauth2(analyst)
                .queryParam("requestingCountry", "TH").queryParam("requestedCountry", "MY")
                .get("/dashboards/time-to-acknowledge")
                .then().statusCode(200)
                .body("[0].acknowledged", greaterThanOrEqualTo(1))
                .body("[0].medianHoursToAcknowledge", notNullValue()));
        given().baseUri(network.trackingUrl()).auth().oauth2(analyst)
                .queryParam("requestingCountry", "TH").get("/dashboards/time-to-acknowledge/requests")
                .then().statusCode(200)
                .body("find { it.requestId == '%s' }.hoursToAcknowledge".formatted(id), notNullValue());
    }

    @Test
    void requestToACountryWithoutContactPointIsVisiblyUnroutable() {
        String th = network.countryUrl(Countries.TH);
        String prosecutorTh = token("prosecutor-th");
        String authorityTh = token("authority-th");

        String id = given().baseUri(th).auth().oauth2(prosecutorTh).contentType(ContentType.JSON)
                .body(draft("AU")).post("/requests").then().statusCode(201).extract().path("id");
        markReady(th, prosecutorTh, id);
        given().baseUri(th).auth().oauth2(prosecutorTh).post("/requests/{id}/submit", id).then().statusCode(200);
        given().baseUri(th).auth().oauth2(authorityTh).post("/requests/{id}/transmit", id).then().statusCode(200);

        await().atMost(BOUND).untilAsserted(() -> given().baseUri(th).auth().oauth2(prosecutorTh)
                .get("/requests/{id}", id)
                .then().statusCode(200)
                .body("routingProblem", equalTo("No active contact point in the directory for AU")));
        given().baseUri(network.routingUrl()).auth().oauth2(token("directory-admin"))
                .queryParam("outcome", "UNROUTABLE").get("/routing/records")
                .then().statusCode(200).body("requestId", hasItem(id));
    }

    @Test
    void malaysiaAsksForInformationThenRefusesWithGroundsAndThailandSeesWhy() {
        String th = network.countryUrl(Countries.TH);
        String my = network.countryUrl(Countries.MY);
        String prosecutorTh = token("prosecutor-th");
        String authorityMy = token("authority-my");
        String id = acknowledgedByMalaysia("AGC-MLA-2026/0457");
        act(my, authorityMy, id, "START_ASSESSMENT", Map.of());
        act(my, authorityMy, id, "REQUEST_INFO", Map.of("note", "Which statute sets the maximum penalty?"));
        awaitStatus(th, prosecutorTh, id, "INFO_REQUESTED");
        act(th, prosecutorTh, id, "PROVIDE_INFO", Map.of("note", "Anti-Trafficking in Persons Act, s. 52."));
        awaitStatus(my, authorityMy, id, "INFO_PROVIDED");
        act(my, authorityMy, id, "START_ASSESSMENT", Map.of());
        act(my, authorityMy, id, "REFUSE", Map.of("refusalGrounds", List.of("SOVEREIGNTY_SECURITY_PUBLIC_ORDER"),
                "note", "Execution would prejudice public order."));

        awaitStatus(th, prosecutorTh, id, "REFUSED");
        given().baseUri(th).auth().oauth2(prosecutorTh).get("/requests/{id}", id).then()
                .body("refusalGrounds[0]", equalTo("SOVEREIGNTY_SECURITY_PUBLIC_ORDER"))
                .body("lastNote", equalTo("Execution would prejudice public order."));
    }

    @Test
    void thailandWithdrawsAndMalaysiaStopsWork() {
        String my = network.countryUrl(Countries.MY);
        String authorityMy = token("authority-my");
        String id = acknowledgedByMalaysia("AGC-MLA-2026/0458");

        act(network.countryUrl(Countries.TH), token("authority-th"), id, "WITHDRAW", Map.of("note", "Suspect convicted at home."));

        awaitStatus(my, authorityMy, id, "WITHDRAWN");
        given().baseUri(my).auth().oauth2(authorityMy).get("/requests/{id}", id).then()
                .body("allowedActions", org.hamcrest.Matchers.empty());
    }

    @Test
    void malaysiaReturnsTheRequestAsDeficientAndThenWorksOnTheCorrectedOne() {
        String th = network.countryUrl(Countries.TH);
        String my = network.countryUrl(Countries.MY);
        String prosecutorTh = token("prosecutor-th");
        String authorityMy = token("authority-my");
        String id = acknowledgedByMalaysia("AGC-MLA-2026/0459");
        act(my, authorityMy, id, "RETURN_DEFICIENT", Map.of("note", "Say where the witnesses can be found."));

        awaitStatus(th, prosecutorTh, id, "RETURNED_DEFICIENT");
        Map<String, Object> corrected = new java.util.HashMap<>(draft("MY"));
        corrected.put("summaryOfFacts", "Two witnesses, now living in Johor Bahru, saw the recruits being moved.");
        given().baseUri(th).auth().oauth2(prosecutorTh).contentType(ContentType.JSON).body(corrected)
                .put("/requests/{id}", id).then().statusCode(200);
        act(th, token("authority-th"), id, "RESUBMIT", Map.of("note", "Witnesses' whereabouts added."));

        awaitStatus(my, authorityMy, id, "TRANSMITTED");
        given().baseUri(my).auth().oauth2(authorityMy).get("/requests/{id}", id).then()
                .body("summaryOfFacts", equalTo("Two witnesses, now living in Johor Bahru, saw the recruits being moved."))
                .body("lastNote", equalTo("Witnesses' whereabouts added."));
        act(my, authorityMy, id, "ACKNOWLEDGE", Map.of("counterpartReference", "AGC-MLA-2026/0459"));
        awaitStatus(th, prosecutorTh, id, "ACKNOWLEDGED");
    }

    @Test
    void malaysiaForwardsTheRequestToTheCompetentAuthorityAndThailandSeesWhere() {
        String th = network.countryUrl(Countries.TH);
        String my = network.countryUrl(Countries.MY);
        String authorityMy = token("authority-my");
        String id = acknowledgedByMalaysia("AGC-MLA-2026/0460");
        act(my, authorityMy, id, "FORWARD", Map.of("note", "Sent to the Sabah State Prosecutor, who is competent."));

        String prosecutorTh = token("prosecutor-th");
        awaitStatus(th, prosecutorTh, id, "FORWARDED");
        given().baseUri(th).auth().oauth2(prosecutorTh).get("/requests/{id}", id).then()
                .body("lastNote", equalTo("Sent to the Sabah State Prosecutor, who is competent."));

        // The competent authority registers the forwarded request under its own reference.
        act(my, authorityMy, id, "ACKNOWLEDGE", Map.of("counterpartReference", "SABAH-2026/12"));
        awaitStatus(th, prosecutorTh, id, "ACKNOWLEDGED");
        given().baseUri(network.routingUrl()).auth().oauth2(prosecutorTh).get("/routing/records/{id}", id).then()
                .statusCode(200).body("misroutedFrom", equalTo("MY-CA-AGC"));
    }

    @Test
    void fullPathWithAStatusEnquiryEndsClosedOnBothSidesAndEveryMessageIsRetrieved() {
        String th = network.countryUrl(Countries.TH);
        String my = network.countryUrl(Countries.MY);
        String prosecutorTh = token("prosecutor-th");
        String authorityMy = token("authority-my");
        String id = acknowledgedByMalaysia("AGC-MLA-2026/0461");
        act(my, authorityMy, id, "START_ASSESSMENT", Map.of());
        act(my, authorityMy, id, "ACCEPT", Map.of());
        act(my, authorityMy, id, "START_EXECUTION", Map.of());

        String enquiry = given().baseUri(th).auth().oauth2(prosecutorTh).contentType(ContentType.JSON)
                .body(Map.of("kind", "STATUS_ENQUIRY", "body", "Trial opens 15 January: can statements come before?"))
                .post("/requests/{id}/messages", id).then().statusCode(201).extract().path("id");
        await().atMost(BOUND).untilAsserted(() -> given().baseUri(my).auth().oauth2(authorityMy)
                .get("/requests/{id}/messages/{m}", id, enquiry).then().statusCode(200));
        given().baseUri(my).auth().oauth2(authorityMy).post("/requests/{id}/messages/{m}/read", id, enquiry)
                .then().statusCode(200);
        given().baseUri(my).auth().oauth2(authorityMy).contentType(ContentType.JSON)
                .body(Map.of("kind", "ENQUIRY_ANSWER", "inReplyTo", enquiry, "body", "Interviews are set for 5 January."))
                .post("/requests/{id}/messages", id).then().statusCode(201);
        await().atMost(BOUND).untilAsserted(() -> given().baseUri(th).auth().oauth2(prosecutorTh)
                .get("/requests/{id}/messages", id).then()
                .body("size()", equalTo(2))
                .body("[0].readBy", equalTo("authority-my"))
                .body("[0].answered", equalTo(true))
                .body("[1].body", equalTo("Interviews are set for 5 January.")));

        act(my, authorityMy, id, "DELIVER_PARTIAL_RESULTS", Map.of("note", "Statement of witness A."));
        act(my, authorityMy, id, "COMPLETE_EXECUTION", Map.of());
        awaitStatus(th, prosecutorTh, id, "EXECUTED");
        act(th, prosecutorTh, id, "CONFIRM_RECEIPT", Map.of());
        awaitStatus(my, authorityMy, id, "CLOSED");

        // Thailand sent: the request, the enquiry, the confirmation of receipt; each reached Malaysia's store.
        await().atMost(BOUND).untilAsserted(() -> given().baseUri(th).auth().oauth2(prosecutorTh)
                .get("/requests/{id}/transport", id).then()
                .body("size()", equalTo(3))
                .body("state", org.hamcrest.Matchers.everyItem(equalTo("RETRIEVED")))
                .body("deliveredAt", org.hamcrest.Matchers.everyItem(notNullValue())));
        // Malaysia sent eight: acknowledgement, five actions, the read receipt and the answer.
        await().atMost(BOUND).untilAsserted(() -> given().baseUri(my).auth().oauth2(authorityMy)
                .get("/requests/{id}/transport", id).then()
                .body("size()", equalTo(8))
                .body("state", org.hamcrest.Matchers.everyItem(equalTo("RETRIEVED"))));
    }

    @Test
    void fileThailandSendsReachesMalaysiaThroughTheHubWithItsDigestVerified() {
        String th = network.countryUrl(Countries.TH);
        String my = network.countryUrl(Countries.MY);
        String prosecutorTh = token("prosecutor-th");
        String authorityMy = token("authority-my");
        String id = deliveredToMalaysia();
        byte[] order = "%PDF-1.7 order of the Criminal Court, Bangkok, to produce bank records".getBytes(
                StandardCharsets.UTF_8);
        String attachment = given().baseUri(th).auth().oauth2(prosecutorTh).contentType("application/pdf")
                .queryParam("filename", "court-order.pdf").body(order).post("/requests/{id}/attachments", id)
                .then().statusCode(201).extract().path("id");
        String message = given().baseUri(th).auth().oauth2(prosecutorTh).contentType(ContentType.JSON)
                .body(Map.of("body", "The court order is attached.", "attachmentIds", List.of(attachment)))
                .post("/requests/{id}/messages", id).then().statusCode(201).extract().path("id");

        await().atMost(BOUND).untilAsserted(() -> given().baseUri(my).auth().oauth2(authorityMy)
                .get("/requests/{id}/messages/{m}", id, message).then().statusCode(200)
                .body("attachments[0].state", equalTo("STORED")));
        byte[] received = given().baseUri(my).auth().oauth2(authorityMy)
                .get("/requests/{id}/attachments/{a}/content", id, attachment).then().statusCode(200)
                .extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertArrayEquals(order, received);
    }

    /**
     * Palermo Protocol art. 6(1): a victim's identity stays with the two countries. Fresh strings in a
     * victim's name, a witness's identification, a message body, a file and its name go TH -> MY and TH -> AU
     * (unroutable, held at the hub); afterwards the hub's and tracking's databases, every file of the
     * broker's data and every process's log hold none of them. MY reads all of it; PH cannot.
     */
    @Test
    void whatNamesAVictimReachesMalaysiaAloneNotTheHubTheBrokerOrAnyLog() throws Exception {
        String th = network.countryUrl(Countries.TH);
        String my = network.countryUrl(Countries.MY);
        String prosecutorTh = token("prosecutor-th");
        String authorityMy = token("authority-my");
        String run = UUID.randomUUID().toString();
        String victim = "CANARY-VICTIM-" + run;
        String witness = "CANARY-WITNESS-" + run;
        String body = "CANARY-MESSAGE-" + run;
        String file = "CANARY-FILE-" + run;
        String fileName = "CANARY-NAME-" + run + ".txt";
        List<Map<String, String>> persons = List.of(Map.of("role", "VICTIM", "name", victim, "nationality", "TH"),
                Map.of("role", "WITNESS", "name", "Witness A", "identification", witness, "location", "Johor Bahru"));

        String id = transmitted("MY", persons);
        await().atMost(BOUND).untilAsserted(() -> given().baseUri(my).auth().oauth2(authorityMy)
                .get("/requests/{id}", id).then().statusCode(200)
                .body("content.persons.name", hasItem(victim))
                .body("content.persons.identification", hasItem(witness)));
        String attachment = given().baseUri(th).auth().oauth2(prosecutorTh).contentType("text/plain")
                .queryParam("filename", fileName).body(("Statement: " + file).getBytes(StandardCharsets.UTF_8))
                .post("/requests/{id}/attachments", id).then().statusCode(201).extract().path("id");
        String message = given().baseUri(th).auth().oauth2(prosecutorTh).contentType(ContentType.JSON)
                .body(Map.of("body", body, "attachmentIds", List.of(attachment)))
                .post("/requests/{id}/messages", id).then().statusCode(201).extract().path("id");
        await().atMost(BOUND).untilAsserted(() -> given().baseUri(my).auth().oauth2(authorityMy)
                .get("/requests/{id}/messages/{m}", id, message).then().statusCode(200)
                .body("body", equalTo(body)).body("attachments[0].state", equalTo("STORED"))
                .body("attachments[0].filename", equalTo(fileName)));
        assertThat(given().baseUri(my).auth().oauth2(authorityMy)
                .get("/requests/{id}/attachments/{a}/content", id, attachment).then().statusCode(200).extract().asString(),
                containsString(file));

        String held = transmitted("AU", persons);
        await().atMost(BOUND).untilAsserted(() -> given().baseUri(th).auth().oauth2(prosecutorTh)
                .get("/requests/{id}", held).then().body("routingProblem", notNullValue()));

        // PH is not a party: its users see nothing, and its service's key does not open what the hub relayed.
        given().baseUri(my).auth().oauth2(token("authority-ph")).get("/requests/{id}", id).then().statusCode(404);
        Path secrets = Path.of(network.exchangeSecrets());
        RequestTransmitted relayed = KafkaWire.fromRecord(
                KafkaProbe.admin(network.exchangeSecrets())
                        .await(Topics.inbound(Countries.MY), r -> id.equals(r.key()), BOUND)
                        .orElseThrow(() -> new AssertionError("the request was not relayed to MY")))
                .dataAs(RequestTransmitted.class);
        assertThrows(SealRefusedException.class,
                () -> ContentSeal.open(relayed.particulars(),
                        RequestParticulars.class,
                        new SealBinding(relayed.requestId(), Countries.TH, Countries.MY),
                        ServiceKeys.in(secrets.resolve("signing"))
                                .sealingKeyOf(Signer.country(Countries.PH))));

        for (String canary : List.of(victim, witness, body, file, fileName)) {
            for (String database : List.of("routing", "tracking")) {
                try (Connection db = network.connectAsSuperuser(database)) {
                    assertEquals(List.of(), CanarySearch.tablesContaining(db, canary),
                            database + "'s tables holding " + canary);
                }
            }
            Path broker = network.brokerData()
                    .orElseThrow(() -> new AssertionError("this run's broker keeps its data elsewhere"));
            assertTrue(CanarySearch.filesUnder(broker) > 0, "no broker data to search");
            assertEquals(List.of(), CanarySearch.filesContaining(broker, canary),
                    "broker files holding " + canary);
            try (Stream<Path> logs = Files.list(network.runDirectory())) {
                List<Path> logFiles = logs.filter(f -> f.toString().endsWith(".log")).toList();
                assertTrue(logFiles.size() >= 4, "every service writes a log: " + logFiles);
                for (Path log : logFiles) {
                    assertFalse(Files.readString(log,
                            StandardCharsets.ISO_8859_1).contains(canary), log + " holds " + canary);
                }
            }
        }
    }

    /** Thailand drafts, readies, submits and transmits a request to {@code to} naming {@code persons}. */
    private static String transmitted(String to, List<Map<String, String>> persons) {
        String th = network.countryUrl(Countries.TH);
        String prosecutorTh = token("prosecutor-th");
        Map<String, Object> draft = new HashMap<>(draft(to));
        Map<String, Object> content = new HashMap<>(contentOf(draft));
        content.put("persons", persons);
        content.put("trafficking", Map.of("victimStatus", "IDENTIFIED", "identifyingAgency", "TH MSDHS",
                "nonPunishment", true, "videoLinkTestimonyPossible", true));
        draft.put("content", content);
        String id = given().baseUri(th).auth().oauth2(prosecutorTh).contentType(ContentType.JSON)
                .body(draft).post("/requests").then().statusCode(201).extract().path("id");
        markReady(th, prosecutorTh, id);
        given().baseUri(th).auth().oauth2(prosecutorTh).post("/requests/{id}/submit", id).then().statusCode(200);
        given().baseUri(th).auth().oauth2(token("authority-th")).post("/requests/{id}/transmit", id).then().statusCode(200);
        return id;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> contentOf(Map<String, Object> draft) {
        return (Map<String, Object>) draft.get("content");
    }

    /**
     * The hub stops right after routing a request and starts again; the acknowledgement clock it started
     * before the restart still warns and breaches (target 25 s here), and both sides hear of it.
     */
    @Test
    void acknowledgementClockStartedBeforeARestartOfTheHubStillBreaches() {
        String my = network.countryUrl(Countries.MY);
        String authorityMy = token("authority-my");
        String id = deliveredToMalaysia();

        network.routingService().restart();

        String prosecutorTh = token("prosecutor-th");
        await().atMost(BOUND).untilAsserted(() -> given().baseUri(network.countryUrl(Countries.TH)).auth().oauth2(prosecutorTh)
                .get("/requests/{id}", id).then()
                .body("clockAlerts.level", org.hamcrest.Matchers.containsInAnyOrder("WARNING", "BREACH"))
                .body("clockAlerts.clock", org.hamcrest.Matchers.everyItem(equalTo("ACKNOWLEDGE")))
                .body("clockAlerts.target", org.hamcrest.Matchers.everyItem(equalTo("PT25S"))));
        await().atMost(BOUND).untilAsserted(() -> given().baseUri(my).auth().oauth2(authorityMy)
                .get("/requests/{id}", id).then().body("clockAlerts.level", hasItem("BREACH")));
    }

    /** A request Thailand transmitted and Malaysia's service has received. */
    private static String deliveredToMalaysia() {
        String id = transmittedToMalaysia();
        awaitStatus(network.countryUrl(Countries.MY), token("authority-my"), id, "TRANSMITTED");
        return id;
    }

    /** A request Malaysia's central authority registered under {@code reference}. */
    private static String acknowledgedByMalaysia(String reference) {
        String id = deliveredToMalaysia();
        act(network.countryUrl(Countries.MY), token("authority-my"), id, "ACKNOWLEDGE", Map.of("counterpartReference", reference));
        return id;
    }

    private static String transmittedToMalaysia() {
        String th = network.countryUrl(Countries.TH);
        String prosecutorTh = token("prosecutor-th");
        String id = given().baseUri(th).auth().oauth2(prosecutorTh).contentType(ContentType.JSON)
                .body(draft("MY")).post("/requests").then().statusCode(201).extract().path("id");
        markReady(th, prosecutorTh, id);
        given().baseUri(th).auth().oauth2(prosecutorTh).post("/requests/{id}/submit", id).then().statusCode(200);
        given().baseUri(th).auth().oauth2(token("authority-th")).post("/requests/{id}/transmit", id).then().statusCode(200);
        return id;
    }

    private static void markReady(String th, String prosecutor, String id) {
        given().baseUri(th).auth().oauth2(prosecutor).contentType(ContentType.JSON).body("{}")
                .post("/requests/{id}/actions/MARK_READY", id).then().statusCode(200).body("status", equalTo("READY"));
    }

    private static Map<String, Object> draft(String to) {
        return Map.of(
                "requestedCountry", to,
                "assistanceType", "TAKING_EVIDENCE",
                "legalBasis", "ASEAN_MLAT",
                "offence", "Trafficking in persons (forced criminality in an online scam centre)",
                "summaryOfFacts", "Recruits were moved across the border to a scam compound; two witnesses are sought.",
                "urgency", "ROUTINE",
                "content", JsonObjects.of(
                        "requestingAuthority", "Office of the Attorney General, International Affairs Department",
                        "investigatingAuthority", "Anti-Trafficking in Persons Division, Royal Thai Police",
                        "purpose", "Statements of two witnesses", "matterStatus", "Investigation",
                        "maximumPenalty", "20 years' imprisonment", "lawText", "Anti-Trafficking in Persons Act, s. 6",
                        "actsToEstablish", "Recruitment by deception", "language", "en",
                        "translationStatus", "NOT_NEEDED", "handlingLevel", "RESTRICTED",
                        "persons", List.of(Map.of("role", "WITNESS", "name", "Witness A", "location", "Johor Bahru")),
                        "questions", List.of("How were you recruited?")));
    }

    @Test
    void aServiceObtainsOnlyItsOwnIdentity() {
        String thaiSecret = network.clientSecretOf("mla-request-TH");
        String own = given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", "mla-request-TH").formParam("client_secret", thaiSecret)
                .post(network.tokenEndpoint()).then().statusCode(200).extract().path("access_token");
        String claims = new String(java.util.Base64.getUrlDecoder().decode(own.split("\\.")[1]),
                StandardCharsets.UTF_8);
        assertThat(claims, containsString("\"azp\":\"mla-request-TH\""));
        assertThat(claims, containsString("\"country\":\"TH\""));

        for (String other : List.of("mla-request-MY", "routing")) {
            given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                    .formParam("client_id", other).formParam("client_secret", thaiSecret)
                    .post(network.tokenEndpoint()).then().statusCode(401);
        }
        // The password grant is the demo client's alone; a service client cannot be used to log people in.
        given().contentType(ContentType.URLENC).formParam("grant_type", "password")
                .formParam("client_id", "mla-request-TH").formParam("client_secret", thaiSecret)
                .formParam("username", "authority-th").formParam("password", network.demoPassword())
                .post(network.tokenEndpoint()).then().statusCode(org.hamcrest.Matchers.oneOf(400, 401));
    }

    private static String token(String user) {
        return RegionalNetwork.token(network, user);
    }
}
