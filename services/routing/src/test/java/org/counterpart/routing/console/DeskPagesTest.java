package org.counterpart.routing.console;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.counterpart.console.ConsoleVisit;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Country;
import org.counterpart.events.Envelope;
import org.counterpart.events.EventType;
import org.counterpart.events.KafkaWire;
import org.counterpart.events.RequestAcknowledged;
import org.counterpart.events.Topics;
import org.counterpart.network.Countries;
import org.counterpart.network.KafkaProbe;
import org.counterpart.network.TestInfrastructure;
import org.counterpart.network.TestTokens;
import org.counterpart.network.exchange.ExchangeCredentials;
import org.counterpart.network.exchange.ExchangeProvisioning;
import org.counterpart.routing.Tokens;
import org.counterpart.routing.relay.RelayTestMessages;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The regional console's pages on the real broker and database, with signed tokens: the regional desk
 * works its unroutable queue, correspondents keep their country's entries, the operator replays a dead
 * letter; a page not someone's to see is "not found", and a form without its CSRF token changes nothing.
 */
@QuarkusTest
class DeskPagesTest {

    private static final Country PG = Country.of("PG");
    private static final Country WS = Country.of("WS");
    private static final String DIRECTORY_PG = TestTokens.token("directory-pg", "PG", "directory-admin");
    private static final String DIRECTORY_WS = TestTokens.token("directory-ws", "WS", "directory-admin");
    private static final String ANALYST = TestTokens.token("analyst-region", "REGION", "analyst");

    @ConfigProperty(name = TestInfrastructure.EXCHANGE_SECRETS)
    String exchange;

    @Test
    void regionalDeskGivesAnUnroutableRequestToTheEntryItsCorrespondentJustAdded() {
        Envelope transmitted = RelayTestMessages.transmitted("TH", "PG", AssistanceType.TAKING_EVIDENCE);
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.TH), transmitted));
        kafka.await(Topics.inbound(Countries.TH), r -> transmitted.requestId().toString().equals(r.key())
                && KafkaWire.fromRecord(r).type() == EventType.REQUEST_UNROUTABLE, RelayTestMessages.BOUND)
                .orElseThrow(() -> new AssertionError("not unroutable"));
        String section = "#r-" + transmitted.requestId();

        ConsoleVisit desk = ConsoleVisit.as(Tokens.DIRECTORY_ADMIN);
        Document start = desk.page("/console");
        assertTrue(start.select(".counts a[href=/console/unroutable]").text().matches("\\d+ Unroutable requests"),
                start.select(".counts").text());
        Document queue = desk.page("/console/unroutable");
        assertEquals("Thailand → Papua New Guinea: Mutual legal assistance, Taking evidence",
                queue.select(section + " h2").text());
        assertTrue(queue.select(section + " .warning").text().contains("Papua New Guinea has no active entry"));

        // Papua New Guinea joins; its correspondent adds its central authority in the console.
        try (ExchangeProvisioning admin = ExchangeProvisioning.connect(ExchangeCredentials.load(Path.of(exchange)))) {
            admin.addCountry(PG);
        }
        ConsoleVisit correspondent = ConsoleVisit.as(DIRECTORY_PG);
        correspondent.page("/console/directory/entries/new");
        Response created = correspondent.post("/console/directory/entries", entry("PG-CA-DJAG",
                "Department of Justice and Attorney General", "en tpi"));
        assertEquals(303, created.statusCode(), created.asString());
        Document listed = correspondent.page(URI.create(created.header("Location")).getPath() + "?done=CREATED");
        assertEquals("The entry was created.", listed.select(".notice").text());
        assertEquals("Department of Justice and Attorney General", listed.select("#e-PG-CA-DJAG td a").text());

        queue = desk.page("/console/unroutable");
        assertEquals("PG-CA-DJAG", queue.select(section + " select[name=contactPointId] option").last().val());
        Response refused = desk.post("/console/unroutable/" + transmitted.requestId() + "/assign",
                Map.of("contactPointId", "PG-CA-DJAG", "reason", " "));
        assertEquals(400, refused.statusCode());
        Document again = org.jsoup.Jsoup.parse(refused.asString());
        assertEquals("#f-reason", again.select(section + " .error-summary a").attr("href"));
        assertNotNull(again.selectFirst(section + " textarea#f-reason"));
        assertTrue(again.select(section + " option[value=PG-CA-DJAG]").hasAttr("selected"), "the choice is kept");

        Response assigned = desk.post("/console/unroutable/" + transmitted.requestId() + "/assign",
                Map.of("contactPointId", "PG-CA-DJAG", "reason", "Joined today; confirmed by its correspondent."));
        assertEquals(303, assigned.statusCode(), assigned.asString());
        kafka.await(Topics.inbound(PG), r -> transmitted.requestId().toString().equals(r.key()), RelayTestMessages.BOUND)
                .orElseThrow(() -> new AssertionError("the held request was not delivered"));
        queue = desk.page("/console/unroutable?assigned=true");
        assertEquals("The request was assigned and delivered.", queue.select(".notice").text());
        assertNull(queue.selectFirst(section), "no longer waiting");
        given().auth().oauth2(Tokens.DIRECTORY_ADMIN).get("/routing/records/{id}", transmitted.requestId()).then()
                .statusCode(200).body("assignmentReason", org.hamcrest.Matchers.equalTo(
                        "Joined today; confirmed by its correspondent."));
    }

    @Test
    void correspondentEditsVerifiesDeactivatesExportsAndImportsTheirOwnEntries() {
        given().auth().oauth2(DIRECTORY_WS).contentType(ContentType.JSON)
                .body(Map.of("id", "WS-CA-AG", "authority", "Office of the Attorney General", "role", "CENTRAL_AUTHORITY",
                        "languages", List.of("en", "sm"), "channel", "counterpart", "owner", "international desk",
                        "lastVerified", LocalDate.now().minusYears(2).toString()))
                .post("/directory/contact-points").then().statusCode(201);
        ConsoleVisit visit = ConsoleVisit.as(DIRECTORY_WS);
        Document start = visit.page("/console");
        assertEquals(List.of("1 Your country's entries", "1 Entries not confirmed for too long"),
                start.select(".counts li").eachText());
        Document stale = visit.page("/console/directory?stale=true");
        assertTrue(stale.select("#e-WS-CA-AG").text().contains("not confirmed for too long"));

        // A language that is not a code comes back at its field, as typed; the entry stays as it was.
        visit.page("/console/directory/entries/WS-CA-AG");
        Response wrong = visit.post("/console/directory/entries/WS-CA-AG",
                entry("WS-CA-AG", "Office of the Attorney General", "en Samoan"));
        assertEquals(400, wrong.statusCode());
        Document back = org.jsoup.Jsoup.parse(wrong.asString());
        assertEquals("#f-languages", back.select(".error-summary a").attr("href"));
        assertEquals("en Samoan", back.select("#f-languages").val());
        assertTrue(back.select(".field.has-error").text().contains("must be an ISO 639 code"));
        given().auth().oauth2(DIRECTORY_WS).get("/directory/contact-points/WS-CA-AG").then()
                .body("languages", org.hamcrest.Matchers.contains("en", "sm"));

        Response saved = visit.post("/console/directory/entries/WS-CA-AG", entry("WS-CA-AG", "Attorney General's Office", "en sm"));
        assertEquals(303, saved.statusCode(), saved.asString());
        given().auth().oauth2(DIRECTORY_WS).get("/directory/contact-points/WS-CA-AG").then()
                .body("authority", org.hamcrest.Matchers.equalTo("Attorney General's Office"))
                .body("lastVerified", org.hamcrest.Matchers.equalTo(LocalDate.now().toString()));

        // Export, edit the file, import it: one version; a file with problems says each one by line.
        String exported = visit.get("/console/directory/export").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("directory-WS.json")).extract().asString();
        JsonPath file = JsonPath.from(exported);
        assertEquals("counterpart-directory/1", file.getString("format"));
        assertEquals(List.of("WS-CA-AG"), file.getList("contactPoints.id"));
        String kept = "{\"id\": \"WS-CA-AG\", \"authority\": \"Attorney General's Office\", \"role\": \"%s\", "
                + "\"languages\": [\"en\", \"sm\"], \"channel\": \"counterpart\", \"measures\": [\"TAKING_EVIDENCE\"], "
                + "\"owner\": \"international desk\", \"lastVerified\": \"" + LocalDate.now() + "\"}";
        String added = "{\"id\": \"WS-POL-TCU\", \"authority\": \"Transnational Crime Unit\", \"role\": \"LIAISON\", "
                + "\"languages\": [\"en\"], \"channel\": \"counterpart\", \"owner\": \"police\"}";
        visit.page("/console/directory");
        Response refused = visit.postWithFile("/console/directory/import", Map.of(), "directory-WS.json", "application/json",
                importFile(file.getString("version"), kept.formatted("CHIEF")));
        assertEquals(400, refused.statusCode());
        List<String> problem = org.jsoup.Jsoup.parse(refused.asString()).select(".error-summary tbody tr").first()
                .select("td").eachText();
        assertEquals(List.of("6", "contactPoints[0].role"), problem.subList(0, 2));
        Response imported = visit.postWithFile("/console/directory/import", Map.of(), "directory-WS.json", "application/json",
                importFile(file.getString("version"), kept.formatted("CENTRAL_AUTHORITY") + ",\n    " + added));
        assertEquals(200, imported.statusCode(), imported.asString());
        assertTrue(org.jsoup.Jsoup.parse(imported.asString()).select(".notice").text().contains("1 created"));

        visit.page("/console/directory");
        assertEquals(303, visit.post("/console/directory/entries/WS-POL-TCU/verify", Map.of()).statusCode());
        assertEquals(303, visit.post("/console/directory/entries/WS-POL-TCU/deactivate", Map.of()).statusCode());
        Document after = visit.page("/console/directory?done=DEACTIVATED");
        assertNull(after.selectFirst("#e-WS-POL-TCU"), "a deactivated entry is no longer listed");
        given().auth().oauth2(DIRECTORY_WS).get("/directory/contact-points/WS-POL-TCU").then()
                .body("active", org.hamcrest.Matchers.equalTo(false));
    }

    @Test
    void operatorReplaysADeadLetterFromTheConsole() {
        Envelope orphan = Envelope.create(URI.create("/counterpart/mla-request/MY"), Countries.MY,
                java.util.UUID.randomUUID(), new RequestAcknowledged(java.util.UUID.randomUUID(), Countries.TH, Countries.MY,
                        "AGC-404", Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.MY), orphan));
        kafka.await(Topics.DEADLETTER, r -> new String(r.value(), StandardCharsets.UTF_8).contains(orphan.id()),
                RelayTestMessages.BOUND).orElseThrow(() -> new AssertionError("not dead-lettered"));
        ConsoleVisit operator = ConsoleVisit.as(Tokens.OPERATOR);
        Document letters = operator.page("/console/dead-letters");
        var row = letters.select("tr:has(code:containsOwn(" + orphan.requestId() + "))").first();
        assertNotNull(row, letters.select("tbody").text());
        assertTrue(row.text().contains("never delivered by the hub"), row.text());
        String action = row.select("form").attr("action");
        Response replayed = operator.post(action, Map.of());
        assertEquals(303, replayed.statusCode(), replayed.asString());
        Document after = operator.page(URI.create(replayed.header("Location")).getPath() + "?"
                + URI.create(replayed.header("Location")).getQuery());
        assertTrue(after.select(".notice").text().startsWith("Letter "), after.select(".notice").text());
        // The letter itself (a replayed letter whose request is still unknown is parked again, as a new one).
        var done = after.selectFirst("#l-" + action.replaceAll("/console/dead-letters/(\\d+)/(\\d+)/replay", "$1-$2"));
        assertTrue(done.text().contains("Replayed by operator-region"), done.text());
        assertTrue(done.select("form").isEmpty(), "a letter goes back once");
    }

    @Test
    void pagesNotSomeonesToSeeAreNotFoundAndFormsWithoutTheirTokenChangeNothing() {
        assertEquals(404, ConsoleVisit.as(ANALYST).get("/console/unroutable").statusCode());
        assertEquals(404, ConsoleVisit.as(Tokens.DIRECTORY_MY).get("/console/unroutable").statusCode());
        assertEquals(404, ConsoleVisit.as(Tokens.DIRECTORY_MY).get("/console/dead-letters").statusCode());
        assertEquals(404, ConsoleVisit.as(Tokens.TH_AUTHORITY).get("/console").statusCode());
        assertEquals(404, ConsoleVisit.as(Tokens.DIRECTORY_MY).get("/console/directory/entries/NO-SUCH").statusCode());
        Document analyst = ConsoleVisit.as(ANALYST).page("/console/directory/entries/TH-CA-OAG");
        assertTrue(analyst.select("form[method=post]").stream().allMatch(f -> f.attr("action").equals("/console/language")),
                "an analyst reads, and changes nothing");

        ConsoleVisit my = ConsoleVisit.as(Tokens.DIRECTORY_MY);
        my.page("/console/directory");
        String before = given().auth().oauth2(Tokens.DIRECTORY_MY).get("/directory/contact-points/TH-CA-OAG").asString();
        assertEquals(404, my.post("/console/directory/entries/TH-CA-OAG/deactivate", Map.of()).statusCode());
        assertEquals(404, my.post("/console/directory/entries/TH-CA-OAG", entry("TH-CA-OAG", "Taken over", "th")).statusCode());
        assertEquals(before, given().auth().oauth2(Tokens.DIRECTORY_MY).get("/directory/contact-points/TH-CA-OAG").asString());

        Map<String, String> forms = Map.of("/console/language", Tokens.DIRECTORY_MY,
                "/console/unroutable/" + java.util.UUID.randomUUID() + "/assign", Tokens.DIRECTORY_ADMIN,
                "/console/dead-letters/0/0/replay", Tokens.OPERATOR,
                "/console/directory/entries", Tokens.DIRECTORY_MY,
                "/console/directory/entries/MY-CA-AGC", Tokens.DIRECTORY_MY,
                "/console/directory/entries/MY-CA-AGC/verify", Tokens.DIRECTORY_MY,
                "/console/directory/entries/MY-CA-AGC/deactivate", Tokens.DIRECTORY_MY);
        forms.forEach((path, token) -> {
            Response forged = ConsoleVisit.as(token).postWithout(path, Map.of("language", "ms"));
            assertEquals(403, forged.statusCode(), path);
            assertTrue(forged.asString().contains("Nothing was changed"), path);
        });
        Response forgedImport = ConsoleVisit.as(Tokens.DIRECTORY_MY).postWithFile("/console/directory/import",
                Map.of(), "directory-MY.json", "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals(403, forgedImport.statusCode());
        given().auth().oauth2(Tokens.DIRECTORY_MY).get("/directory/contact-points/MY-CA-AGC").then()
                .body("active", org.hamcrest.Matchers.equalTo(true));
    }

    /**
     * Only analysts have the figures page; when tracking does not answer (here it is not there), the page
     * says so and shows no figure. The figures themselves are drawn in FiguresBrowserIT, on real tracking.
     */
    @Test
    void theFiguresPageIsTheAnalystsAndSaysWhenTrackingDoesNotAnswer() {
        Document page = ConsoleVisit.as(ANALYST).page("/console/figures?period=2026");
        assertEquals("Figures", page.selectFirst("h1").text());
        assertTrue(page.selectFirst(".notice").text().contains("did not answer"), page.selectFirst(".notice").text());
        assertTrue(page.select("[data-chart]").isEmpty(), "no chart without figures");
        assertEquals("2026", page.selectFirst("#filter-period").attr("value"), "the filters are shown as given");
        assertEquals(404, ConsoleVisit.as(Tokens.DIRECTORY_MY).get("/console/figures").statusCode());
        assertEquals(404, ConsoleVisit.as(ANALYST).get("/console/figures/export/everything").statusCode());
    }

    @Test
    void theConsoleSpeaksMalay() {
        Document page = ConsoleVisit.as(Tokens.DIRECTORY_MY, "ms").page("/console");
        assertEquals("ms", page.select("html").attr("lang"));
        assertEquals("Perkara yang memerlukan anda sekarang", page.select("h1").text());
        assertTrue(page.select(".counts").text().contains("Entri negara anda"));
        Document directory = ConsoleVisit.as(Tokens.DIRECTORY_MY, "ms").page("/console/directory");
        assertTrue(directory.select("tbody").text().contains("Pihak berkuasa pusat"), "the shared terms are Malay too");
    }

    private static Map<String, String> entry(String id, String authority, String languages) {
        return Map.of("id", id, "authority", authority, "role", "CENTRAL_AUTHORITY", "languages", languages,
                "channel", "counterpart", "measures", "TAKING_EVIDENCE", "owner", "international desk");
    }

    /** An import file as a correspondent edits one: an entry per line, the first on line 6. */
    private static byte[] importFile(String version, String entries) {
        return ("{\n  \"format\": \"counterpart-directory/1\",\n  \"country\": \"WS\",\n  \"version\": \"" + version
                + "\",\n  \"contactPoints\": [\n    " + entries + "\n  ]\n}\n").getBytes(StandardCharsets.UTF_8);
    }
}
