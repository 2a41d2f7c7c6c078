package org.counterpart.mla.console;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.counterpart.console.ConsoleForms;
import org.counterpart.console.ConsoleUser;
import org.counterpart.console.ConsoleVisit;
import org.counterpart.mla.Drafts;
import org.counterpart.mla.request.MlaRequest;
import org.counterpart.network.TestTokens;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console's pages on a real PostgreSQL, for users with signed tokens: what each page shows, in which
 * language, what it refuses to show, and that a form changes something only with its CSRF token.
 */
@QuarkusTest
class ConsolePagesTest {

    private static final String ANALYST = TestTokens.token("analyst-region", "REGION", "analyst");

    @OidcWireMock
    WireMockServer hub;

    @BeforeEach
    void hubPreviewsMalaysiasCentralAuthority() {
        hub.stubFor(get(urlPathEqualTo("/auth/routing/preview")).willReturn(okJson("""
                {"routable": true, "contactPointId": "MY-AGC", "authority": "Attorney General's Chambers of Malaysia",
                 "role": "CENTRAL_AUTHORITY", "languages": ["ms", "en"], "channel": "E-mail and courier",
                 "decisionPath": ["MY", "MLA"], "reason": "central authority for MLA", "warnings": ["translation into Malay required"],
                 "directoryVersion": "7"}""")));
    }

    @Test
    void aSentRequestsPageSaysWhereTheHubSentItAndWhy() {
        String id = Drafts.transmittedRequest();
        hub.stubFor(get(urlPathEqualTo("/auth/routing/records/" + id)).willReturn(okJson("""
                {"requestId": "%s", "outcome": "ROUTED", "contactPointId": "MY-CA-AGC",
                 "decisionPath": ["kind MLA", "central authority of MY"], "reason": "the central authority receives MLA",
                 "warnings": ["translation into Malay required"], "directoryVersion": "v7",
                 "decidedAt": "2026-12-02T08:00:00Z"}""".formatted(id))));
        Document page = ConsoleVisit.as(Drafts.TH_PROSECUTOR).page("/console/requests/" + id);
        assertEquals("MY-CA-AGC", page.select("#routing-title + dl code").first().text());
        assertEquals(List.of("kind MLA", "central authority of MY"), page.select("#routing-title + dl ol li").eachText());
        assertEquals("translation into Malay required", page.select("#routing-title + dl .warning").text());
        Document draft = ConsoleVisit.as(Drafts.TH_PROSECUTOR).page("/console/requests/" + Drafts.createDraft());
        assertTrue(draft.select("#routing-title").isEmpty(), "a draft has not been routed");
    }

    @Test
    void aUserWhoIsNotSignedInIsSentToSignInWithPkce() {
        Response response = given().redirects().follow(false).get("/console");
        assertEquals(302, response.statusCode());
        String location = response.getHeader("Location");
        assertTrue(location.contains("client_id=console-TH"), location);
        assertTrue(location.contains("code_challenge_method=S256"), location);
        assertTrue(location.contains("code_challenge="), location);
    }

    @Test
    void theWorklistCountsWhatNeedsTheUserWithSecurityHeaders() {
        String id = Drafts.createDraft();
        Response response = ConsoleVisit.as(Drafts.TH_PROSECUTOR).get("/console");
        assertEquals(200, response.statusCode());
        String csp = response.getHeader("Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertEquals("nosniff", response.getHeader("X-Content-Type-Options"));
        Document page = Jsoup.parse(response.asString());
        assertEquals("What needs you now", page.selectFirst("h1").text());
        assertNotNull(page.selectFirst("#DRAFTS a[href=/console/requests/" + id + "]"), "the draft is on the worklist");
        int drafts = Integer.parseInt(page.selectFirst("a[href=#DRAFTS] .count").text());
        assertTrue(drafts >= 1, "counted: " + drafts);
        assertTrue(page.select("script").stream().allMatch(script -> script.hasAttr("src")), "no inline script");
    }

    @Test
    void aWorklistSectionShowsItsNewestRequestsAndCountsTheRest() {
        List<String> drafted = new java.util.ArrayList<>();
        for (int i = 0; i <= Worklists.SHOWN; i++) {
            drafted.add(Drafts.createDraft());
        }
        Document page = ConsoleVisit.as(Drafts.TH_PROSECUTOR).page("/console");
        List<String> shown = page.select("#DRAFTS tbody tr td:first-child a").eachAttr("href");
        assertEquals(Worklists.SHOWN, shown.size());
        assertEquals("/console/requests/" + drafted.get(drafted.size() - 1), shown.get(0), "newest first");
        int counted = Integer.parseInt(page.selectFirst("a[href=#DRAFTS] .count").text());
        assertTrue(counted > Worklists.SHOWN, "counted: " + counted);
        assertEquals("The " + Worklists.SHOWN + " newest of " + counted + ". All requests, with filters",
                page.selectFirst("#DRAFTS .more").text());
        assertEquals("/console/requests", page.selectFirst("#DRAFTS .more a").attr("href"));
    }

    @Test
    void theConsoleSpeaksMalayToABrowserThatAsksForIt() {
        Document page = ConsoleVisit.as(Drafts.TH_PROSECUTOR, "ms-MY,ms;q=0.9,en;q=0.5").page("/console");
        assertEquals("ms", page.selectFirst("html").attr("lang"));
        assertEquals("Apa yang memerlukan anda sekarang", page.selectFirst("h1").text());
        assertTrue(page.select("nav a").eachText().contains("Senarai tugas"), page.select("nav a").eachText().toString());
    }

    @Test
    void theLanguageChosenStaysChosen() {
        ConsoleVisit visit = ConsoleVisit.as(Drafts.TH_PROSECUTOR);
        visit.page("/console");
        Response chosen = visit.post("/console/language", Map.of("language", "ms", "back", "/console/requests"));
        assertEquals(303, chosen.statusCode());
        assertTrue(chosen.getHeader("Location").endsWith("/console/requests"), chosen.getHeader("Location"));
        String cookie = chosen.getCookie(ConsoleUser.LANGUAGE_COOKIE);
        assertEquals("ms", cookie);
        Document page = Jsoup.parse(given().auth().oauth2(Drafts.TH_PROSECUTOR).cookie(ConsoleUser.LANGUAGE_COOKIE, cookie)
                .get("/console/requests").asString());
        assertEquals("Permintaan", page.selectFirst("h1").text());
    }

    @Test
    void theGuidedDraftShowsWhereItWouldGoAndEveryGapNextToItsField() {
        ConsoleVisit visit = ConsoleVisit.as(Drafts.TH_PROSECUTOR);
        Document preview = visit.page("/console/drafts/preview?requestedCountry=MY&assistanceType=TAKING_EVIDENCE");
        assertTrue(preview.text().contains("It would go to Attorney General's Chambers of Malaysia"), preview.text());
        assertTrue(preview.text().contains("translation into Malay required"), preview.text());

        visit.page("/console/drafts/new");
        Response created = visit.post("/console/drafts", Map.of("requestedCountry", "MY",
                "assistanceType", "TAKING_EVIDENCE", "legalBasis", "ASEAN_MLAT", "urgency", "ROUTINE",
                "offence", "Trafficking in persons", "summaryOfFacts", "Recruited online into a scam compound"));
        assertEquals(303, created.statusCode(), created.asString());
        String draftPage = created.getHeader("Location");
        Document form = visit.page(draftPage);
        assertTrue(form.text().contains("It would go to Attorney General's Chambers of Malaysia"), "preview on the saved draft");
        // The measure's own needs are asked for once it is chosen: questions and a witness for TAKING_EVIDENCE.
        assertNotNull(form.selectFirst("#f-content-questions"), "questions asked for TAKING_EVIDENCE");
        assertNotNull(form.selectFirst("#f-content-requestingAuthority[aria-invalid=true]"), "gap marked on its field");
        assertEquals("Purpose of the request: is required", form.selectFirst(".error-summary a[href=#f-content-purpose]").text(),
                "summary links the gap to its field, by its label");
        assertTrue(form.selectFirst(".error-summary a[href=#f-content-persons]").text().startsWith("Persons concerned: "));

        Response check = visit.post(draftPage.replace("?saved", ""), Map.of("requestedCountry", "MY",
                "assistanceType", "TAKING_EVIDENCE", "legalBasis", "ASEAN_MLAT", "urgency", "ROUTINE",
                "offence", "Trafficking in persons", "summaryOfFacts", "Recruited online into a scam compound",
                "requestingAuthority", "Office of the Attorney General", "intent", "check"));
        assertEquals(422, check.statusCode(), "still incomplete: " + check.asString().length());
        Document again = Jsoup.parse(check.asString());
        assertEquals("Office of the Attorney General", again.selectFirst("#f-content-requestingAuthority").val(),
                "what was typed was saved");
        assertTrue(again.select("#f-content-requestingAuthority[aria-invalid=true]").isEmpty(), "that gap is closed");
    }

    @Test
    void aCompleteDraftIsMarkedReadyAndSubmittedFromItsPage() {
        ConsoleVisit visit = ConsoleVisit.as(Drafts.TH_PROSECUTOR);
        visit.page("/console/drafts/new");
        Map<String, String> form = completeForm();
        String draftPage = visit.post("/console/drafts", form).getHeader("Location").replace("?saved", "");
        visit.page(draftPage);
        form.put("intent", "check");
        Response ready = visit.post(draftPage, form);
        assertEquals(303, ready.statusCode(), Jsoup.parse(ready.asString()).select(".error-summary").text());
        String requestPage = ready.getHeader("Location");
        Document page = visit.page(requestPage);
        assertTrue(page.selectFirst(".lead .status").text().contains("Ready"), page.selectFirst(".lead").text());

        String path = requestPage.substring(requestPage.indexOf("/console/"), requestPage.indexOf('?'));
        Response submitted = visit.post(path + "/actions/SUBMIT", Map.of());
        assertEquals(303, submitted.statusCode());
        Document after = visit.page(submitted.getHeader("Location"));
        assertEquals("Submitted to the central authority", after.selectFirst(".lead .status").text());
        assertTrue(after.select(".timeline li").size() >= 3, "created, ready, submitted: " + after.select(".timeline").text());
        assertTrue(after.selectFirst(".notice").text().contains("Submit to the central authority"));
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenChangesNothing() {
        long before = storedRequests();
        ConsoleVisit visit = ConsoleVisit.as(Drafts.TH_PROSECUTOR);
        visit.page("/console/drafts/new");
        Map<String, String> forged = completeForm();
        Response missing = visit.postWithout("/console/drafts", forged);
        assertEquals(403, missing.statusCode());
        assertEquals("This form has expired", Jsoup.parse(missing.asString()).selectFirst("h1").text());
        forged.put(ConsoleForms.FIELD, "forged");
        assertEquals(403, visit.postWithout("/console/drafts", forged).statusCode());
        // Another user's token is not this one's.
        ConsoleVisit other = ConsoleVisit.as(Drafts.TH_AUTHORITY);
        other.page("/console/drafts/new");
        assertEquals(403, other.postWithout("/console/drafts", forged).statusCode());
        assertEquals(before, storedRequests());
    }

    /** Every endpoint of the console that takes a form checks its token before doing anything. */
    @Test
    void everyConsoleFormEndpointRefusesAFormWithoutItsToken() {
        String id = Drafts.createDraft();
        List<String> posts = new java.util.ArrayList<>();
        for (Class<?> pages : List.of(ConsolePages.class, RequestPages.class, DraftPages.class)) {
            String base = pages.getAnnotation(jakarta.ws.rs.Path.class).value();
            for (java.lang.reflect.Method method : pages.getDeclaredMethods()) {
                if (method.isAnnotationPresent(jakarta.ws.rs.POST.class)) {
                    jakarta.ws.rs.Path path = method.getAnnotation(jakarta.ws.rs.Path.class);
                    posts.add((base + (path == null ? "" : path.value())).replace("{id}", id).replace("{action}", "WITHDRAW")
                            .replace("{messageId}", UUID.randomUUID().toString()));
                }
            }
        }
        assertEquals(9, posts.size(), posts.toString());
        Map<String, String> fields = new HashMap<>(Map.of("language", "ms", "body", "A message", "offence", "changed",
                "requestedCountry", "MY", "urgency", "ROUTINE", "summaryOfFacts", "changed",
                "assistanceType", "TAKING_EVIDENCE", "person", "prosecutor2-th", "channel", "TELEPHONE"));
        for (String path : posts) {
            // The central authority's forms are refused for their token, not for a missing role.
            String user = path.endsWith("/fast-means") || path.endsWith("/assignments") ? Drafts.TH_AUTHORITY
                    : Drafts.TH_PROSECUTOR;
            Response refused = path.endsWith("/messages") ? ConsoleVisit.as(user).postWithFile(path, fields, null, null, null)
                    : ConsoleVisit.as(user).postWithout(path, fields);
            assertEquals(403, refused.statusCode(), path);
        }
        given().auth().oauth2(Drafts.TH_PROSECUTOR).get("/requests/{id}", id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("DRAFT"))
                .body("offence", org.hamcrest.Matchers.not(org.hamcrest.Matchers.equalTo("changed")));
        given().auth().oauth2(Drafts.TH_PROSECUTOR).get("/requests/{id}/messages", id).then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(0));
        given().auth().oauth2(Drafts.TH_AUTHORITY).get("/requests/{id}/assignments", id).then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void anotherCountrysUserAndAUserWithoutTheRoleSeeTheSameNotFoundAsForNoRequest() {
        String id = Drafts.createDraft();
        Document missing = notFound(Drafts.TH_PROSECUTOR, "/console/requests/" + UUID.randomUUID());
        Document otherCountry = notFound(Drafts.MY_AUTHORITY, "/console/requests/" + id);
        Document noRole = notFound(ANALYST, "/console/requests/" + id);
        assertEquals(missing.selectFirst("main").text(), otherCountry.selectFirst("main").text());
        assertEquals(missing.selectFirst("main").text(), noRole.selectFirst("main").text());
        assertFalse(otherCountry.text().contains(id));
    }

    @Test
    void anAnalystStartsAtTheFiguresWhichSayWhenTrackingDoesNotAnswer() {
        String thailand = TestTokens.token("analyst-th", "TH", "analyst");
        io.restassured.response.Response start = ConsoleVisit.as(thailand).get("/console");
        assertEquals(303, start.statusCode());
        assertTrue(start.header("Location").endsWith("/console/figures"), start.header("Location"));
        Document figures = ConsoleVisit.as(thailand).page("/console/figures");
        assertEquals("Figures", figures.selectFirst("h1").text());
        assertTrue(figures.selectFirst(".notice").text().contains("did not answer"));
        assertTrue(figures.select("nav a[href='/console/requests']").isEmpty(), "an analyst has no requests to list");
    }

    @Test
    void anotherCountrysUserCannotDraftInThisCountrysConsole() {
        long before = storedRequests();
        ConsoleVisit visit = ConsoleVisit.as(Drafts.MY_PROSECUTOR);
        visit.page("/console/drafts/new");
        Response refused = visit.post("/console/drafts", completeForm());
        assertEquals(404, refused.statusCode());
        assertEquals(before, storedRequests());
    }

    @Test
    void theCentralAuthorityRecordsFastMeansAndAssignsTheRequest() {
        Map<String, Object> urgent = new HashMap<>(Drafts.validDraft());
        String id = given().auth().oauth2(Drafts.TH_PROSECUTOR).contentType(io.restassured.http.ContentType.JSON)
                .body(urgent).post("/requests").then().statusCode(201).extract().path("id");
        ConsoleVisit authority = ConsoleVisit.as(Drafts.TH_AUTHORITY);
        authority.page("/console/requests/" + id);
        Response future = authority.post("/console/requests/" + id + "/fast-means",
                Map.of("channel", "TELEPHONE", "sentAt", java.time.LocalDateTime.now().plusDays(2).withNano(0).toString()));
        assertEquals(400, future.statusCode(), "a moment not yet come is refused");
        assertNotNull(Jsoup.parse(future.asString()).selectFirst(".error-summary a[href=#f-sentAt]"));
        Response recorded = authority.post("/console/requests/" + id + "/fast-means",
                Map.of("channel", "TELEPHONE", "sentAt", java.time.LocalDateTime.now().minusHours(1).withNano(0).toString()));
        assertEquals(303, recorded.statusCode(), recorded.asString());
        authority.page("/console/requests/" + id);
        assertEquals(303, authority.post("/console/requests/" + id + "/assignments", Map.of("person", "prosecutor2-th"))
                .statusCode());
        Document page = authority.page("/console/requests/" + id);
        assertTrue(page.text().contains("Sent by Telephone on"), page.select(".notice").text());
        assertEquals(List.of("prosecutor2-th by authority-th"), page.select(".assigned li").eachText());
        Document worklist = authority.page("/console");
        assertNotNull(worklist.selectFirst("#CONFIRMATIONS_OWED a[href=/console/requests/" + id + "]"),
                "the written confirmation is owed");
    }

    @Test
    void anActionThatLacksAFieldComesBackWithTheErrorInItsOwnFormOnly() {
        String id = Drafts.createDraft();
        ConsoleVisit visit = ConsoleVisit.as(Drafts.TH_PROSECUTOR);
        visit.page("/console/requests/" + id);
        Response refused = visit.post("/console/requests/" + id + "/actions/WITHDRAW", Map.of("note", " "));
        assertEquals(400, refused.statusCode());
        Document page = Jsoup.parse(refused.asString());
        assertNotNull(page.selectFirst(".error-summary a[href=#action-withdraw-f-note]"), page.select(".error-summary").html());
        assertNotNull(page.selectFirst("#action-withdraw-f-note"), "the link's target exists");
        assertEquals(1, page.select("form.action .error-message").size(), "only the withdrawal's form shows it");
        given().auth().oauth2(Drafts.TH_PROSECUTOR).get("/requests/{id}", id).then().body("status",
                org.hamcrest.Matchers.equalTo("DRAFT"));
    }

    @Test
    void datesAreShownInTheBrowsersTimeZone() {
        Document page = Jsoup.parse(given().auth().oauth2(Drafts.TH_PROSECUTOR).cookie("counterpart-tz", "Asia/Bangkok")
                .get("/console").asString());
        assertEquals("Times are shown in Asia/Bangkok.", page.selectFirst("footer").text());
    }

    @Test
    void theRequestListFiltersAndPages() {
        String id = Drafts.createDraft();
        String reference = given().auth().oauth2(Drafts.TH_PROSECUTOR).get("/requests/{id}", id).path("requesterReference");
        Document found = ConsoleVisit.as(Drafts.TH_PROSECUTOR).page("/console/requests?reference=" + reference);
        assertEquals(List.of(reference), found.select("tbody tr td:first-child").eachText());
        Document none = ConsoleVisit.as(Drafts.TH_PROSECUTOR).page("/console/requests?reference=" + reference
                + "&status=EXECUTED");
        assertTrue(none.select("tbody tr").isEmpty());
        assertEquals("0 requests", none.selectFirst(".total").text());
        assertTrue(none.select(".pager").isEmpty(), "one page needs no pager");
        Document otherMeasure = ConsoleVisit.as(Drafts.TH_PROSECUTOR).page("/console/requests?reference=" + reference
                + "&measure=SERVICE_OF_DOCUMENTS&counterpart=MY");
        assertTrue(otherMeasure.select("tbody tr").isEmpty(), "a draft taking evidence was found as service of documents");
        Document ofMalaysia = ConsoleVisit.as(Drafts.TH_PROSECUTOR).page("/console/requests?reference=" + reference
                + "&measure=TAKING_EVIDENCE&counterpart=MY&direction=OUTGOING&from=" + java.time.LocalDate.now().minusDays(1)
                + "&until=" + java.time.LocalDate.now().plusDays(1));
        assertEquals(List.of(reference), ofMalaysia.select("tbody tr td:first-child").eachText());
    }

    @Test
    void theRequestListPagesNewestFirstWithoutSkippingOrRepeating() {
        // One case's references, so the search finds exactly these whatever other tests drafted.
        String caseReference = "PAGER-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> draft = new HashMap<>(Drafts.validDraft());
        draft.put("caseReference", caseReference);
        List<String> drafted = new java.util.ArrayList<>();
        for (int i = 0; i < RequestFilter.PAGE_SIZE + 3; i++) {
            String id = given().auth().oauth2(Drafts.TH_PROSECUTOR).contentType(io.restassured.http.ContentType.JSON)
                    .body(draft).post("/requests").then().statusCode(201).extract().path("id");
            drafted.add(given().auth().oauth2(Drafts.TH_PROSECUTOR).get("/requests/{id}", id).path("requesterReference"));
        }
        java.util.Collections.reverse(drafted);
        ConsoleVisit visit = ConsoleVisit.as(Drafts.TH_PROSECUTOR);
        Document first = visit.page("/console/requests?reference=" + caseReference.toLowerCase());
        assertEquals(drafted.subList(0, RequestFilter.PAGE_SIZE), first.select("tbody tr td:first-child").eachText());
        assertEquals(RequestFilter.PAGE_SIZE + " requests on this page, newest first", first.selectFirst(".total").text());
        assertNull(first.selectFirst(".pager a[rel=first]"));
        Document second = visit.page(first.selectFirst(".pager a[rel=next]").attr("href"));
        assertEquals(drafted.subList(RequestFilter.PAGE_SIZE, drafted.size()), second.select("tbody tr td:first-child").eachText());
        assertNull(second.selectFirst(".pager a[rel=next]"), "the last page has no next");
        assertEquals("/console/requests?reference=" + caseReference.toLowerCase(),
                second.selectFirst(".pager a[rel=first]").attr("href"));
        Document unknownCursor = visit.page("/console/requests?reference=" + caseReference + "&after=not-a-cursor");
        assertEquals(drafted.subList(0, RequestFilter.PAGE_SIZE), unknownCursor.select("tbody tr td:first-child").eachText(),
                "an edited address shows the first page rather than failing");
    }

    @Test
    void theLetterOfRequestIsAPdfWithTheReferenceAndTheRequestingAuthority() throws java.io.IOException {
        String id = given().auth().oauth2(Drafts.TH_PROSECUTOR).contentType(io.restassured.http.ContentType.JSON)
                .body(Drafts.validDraft()).post("/requests").then().statusCode(201).extract().path("id");
        String reference = given().auth().oauth2(Drafts.TH_PROSECUTOR).get("/requests/{id}", id).path("requesterReference");
        Response letter = ConsoleVisit.as(Drafts.TH_PROSECUTOR).get("/console/requests/" + id + "/letter");
        assertEquals(200, letter.statusCode());
        assertEquals("application/pdf", letter.contentType());
        assertTrue(letter.getHeader("Content-Disposition").contains("letter-of-request-" + reference + ".pdf"));
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(letter.asByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains(reference), text);
            assertTrue(text.contains("Request for mutual legal assistance in criminal matters"), text);
            assertTrue(text.contains("Office of the Attorney General, International Affairs Department"), text);
            assertTrue(text.contains("To the Central Authority of Malaysia"), text);
            assertTrue(text.contains("How were you recruited?"), text);
        }
    }

    @Test
    void aMessageWithAPdfIsStoredWithItsDigestAndShownInTheThread() throws Exception {
        String id = Drafts.transmittedRequest();
        byte[] pdf = "%PDF-1.4\n% a court order\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf));
        ConsoleVisit visit = ConsoleVisit.as(Drafts.TH_PROSECUTOR);
        Document page = visit.page("/console/requests/" + id);
        assertEquals("application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,audio/mpeg,"
                + "audio/wav,image/jpeg,image/png,image/tiff,text/plain,video/mp4",
                page.selectFirst("#message-file").attr("accept"), "the limits are said before the upload");
        assertTrue(page.selectFirst("#message-file-hint").text().contains("1 MB"), page.selectFirst("#message-file-hint").text());
        Response sent = visit.postWithFile("/console/requests/" + id + "/messages",
                Map.of("kind", "MESSAGE", "body", "The court order is attached."), "court-order.pdf", "application/pdf", pdf);
        assertEquals(303, sent.statusCode(), sent.asString());
        Document thread = visit.page("/console/requests/" + id);
        String line = thread.selectFirst(".thread .attachment").text();
        assertTrue(line.contains("court-order.pdf") && line.contains(digest), line);
        Response tooLarge = visit.postWithFile("/console/requests/" + id + "/messages",
                Map.of("kind", "MESSAGE", "body", "Too large"), "big.pdf", "application/pdf", new byte[1024 * 1024 + 1]);
        assertEquals(413, tooLarge.statusCode());
        assertEquals("Too large", Jsoup.parse(tooLarge.asString()).selectFirst("#f-body").text(), "what was typed stays");
        assertTrue(Jsoup.parse(tooLarge.asString()).select(".error-message").text().contains("1048576"),
                Jsoup.parse(tooLarge.asString()).select(".error-message").text());
    }

    private static Document notFound(String token, String path) {
        Response response = ConsoleVisit.as(token).get(path);
        assertEquals(404, response.statusCode(), () -> path + ": " + response.asString());
        assertTrue(response.contentType().startsWith("text/html"), response.contentType());
        return Jsoup.parse(response.asString());
    }

    private static Map<String, String> completeForm() {
        Map<String, String> form = new HashMap<>(Map.of("requestedCountry", "MY", "assistanceType", "TAKING_EVIDENCE",
                "legalBasis", "ASEAN_MLAT", "urgency", "ROUTINE", "offence", "Trafficking in persons",
                "summaryOfFacts", "Recruited online into a scam compound in Johor", "language", "en",
                "translationStatus", "NOT_NEEDED", "handlingLevel", "RESTRICTED"));
        form.putAll(Map.of("requestingAuthority", "Office of the Attorney General",
                "investigatingAuthority", "Royal Thai Police, Anti-Trafficking Division",
                "purpose", "Statement of a witness", "matterStatus", "Investigation",
                "maximumPenalty", "20 years", "lawText", "Anti-Trafficking in Persons Act B.E. 2551, s. 6",
                "actsToEstablish", "Recruitment by deception", "questions", "How were you recruited?\nWho paid?",
                "person0.role", "WITNESS", "person0.name", "Witness A"));
        return form;
    }


    private static long storedRequests() {
        return QuarkusTransaction.requiringNew().call(() -> MlaRequest.count());
    }
}
