package org.counterpart.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import javax.imageio.ImageIO;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.counterpart.network.Countries;
import org.counterpart.network.LocalNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A request's first journey done the way its users do it, in a real browser: Thailand's prosecutor drafts
 * with the routing preview, fixes the gaps the check shows, downloads the letter of request and submits;
 * Thailand's central authority transmits; Malaysia's central authority finds it among the requests to
 * acknowledge and acknowledges it with its own reference; Thailand's prosecutor, in Malay, sees it
 * acknowledged with that reference and the transport line delivered and retrieved, and sends a PDF,
 * which Malaysia sees verified against its digest, and Malaysia's officer is told of by e-mail. Every page
 * is checked with axe-core and photographed.
 */
@ExtendWith(RegionalNetwork.class)
class ConsoleBrowserIT {

    private static final String MY_REFERENCE = "AGC/MLA/2026/077";
    private static LocalNetwork network;

    @BeforeAll
    static void joinNetwork() {
        network = RegionalNetwork.get();
    }

    @Test
    void aRequestGoesFromThailandsDraftToMalaysiasAcknowledgementInTheBrowser() throws IOException {
        String th = network.countryUrl(Countries.TH) + "/console";
        String my = network.countryUrl(Countries.MY) + "/console";
        String authority = given().auth().oauth2(RegionalNetwork.token(network, "prosecutor-th"))
                .queryParam("requestedCountry", "MY").queryParam("assistanceType", "TAKING_EVIDENCE")
                .get(network.routingUrl() + "/routing/preview").then().statusCode(200).extract().path("authority");
        String requestPage;
        String reference;

        try (ConsoleBrowser prosecutor = ConsoleBrowser.open()) {
            prosecutor.signIn(th, "prosecutor-th", network.demoPassword());
            prosecutor.checkAccessibility("the worklist");
            prosecutor.screenshot("01-worklist");

            prosecutor.go(th + "/drafts/new");
            prosecutor.choose("#f-requestedCountry", "MY");
            prosecutor.choose("#f-assistanceType", "TAKING_EVIDENCE");
            prosecutor.choose("#f-legalBasis", "ASEAN_MLAT");
            prosecutor.waitForText("#preview", authority);
            prosecutor.checkAccessibility("the new draft with its routing preview");
            prosecutor.screenshot("02-draft-routing-preview");
            prosecutor.type("#f-offence", "Trafficking in persons for forced criminality (online scams)");
            prosecutor.type("#f-summaryOfFacts", "Thai nationals were recruited online with false job offers and held"
                    + " in a scam compound; a witness who escaped now lives in Johor Bahru.");
            prosecutor.click("button[value=save]");

            prosecutor.find(".error-summary");
            assertTrue(prosecutor.all("[aria-invalid=true]").size() > 3, "the gaps are marked on their fields");
            prosecutor.checkAccessibility("the draft with its gaps");
            prosecutor.screenshot("03-draft-gaps");
            fillTheGaps(prosecutor);
            prosecutor.click("button[value=check]");

            prosecutor.waitForText(".lead .status", "Ready");
            requestPage = prosecutor.driver().getCurrentUrl().replaceAll("\\?.*", "");
            reference = prosecutor.text("h1").replace("Request ", "");
            byte[] letter = prosecutor.download("a[href$='/letter']", "letter-of-request-" + reference + ".pdf");
            try (PDDocument pdf = Loader.loadPDF(letter)) {
                assertTrue(new PDFTextStripper().getText(pdf).contains(reference), "the letter names " + reference);
                ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 80), "png",
                        ConsoleBrowser.SCREENSHOTS.resolve("04-letter-of-request.png").toFile());
            }
            prosecutor.click("#action-submit button");
            prosecutor.waitForText(".lead .status", "Submitted to the central authority");
            prosecutor.checkAccessibility("the submitted request");
            prosecutor.screenshot("05-submitted");
        }

        try (ConsoleBrowser centralAuthority = ConsoleBrowser.open()) {
            centralAuthority.signIn(th, "authority-th", network.demoPassword());
            centralAuthority.find("#AWAITING_ACTION a[href$='" + requestPage.substring(requestPage.lastIndexOf('/')) + "']")
                    .click();
            centralAuthority.click("#action-transmit button");
            centralAuthority.waitForText(".lead .status", "Transmitted");
            centralAuthority.screenshot("06-transmitted");

            centralAuthority.click("a[href='/console/logout']");
            centralAuthority.waitForText("h1", "You have signed out.");
            centralAuthority.go(th);
            centralAuthority.find("#kc-login"); // Keycloak's session ended too: the login page again
        }

        try (ConsoleBrowser malaysia = ConsoleBrowser.open()) {
            malaysia.signIn(my, "authority-my", network.demoPassword());
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                malaysia.go(my);
                assertFalse(malaysia.driver().findElements(By.xpath(
                        "//section[@id='TO_ACKNOWLEDGE']//a[text()='" + reference + "']")).isEmpty(),
                        reference + " is among the requests to acknowledge");
            });
            malaysia.checkAccessibility("Malaysia's worklist");
            malaysia.screenshot("07-incoming-to-acknowledge");
            malaysia.driver().findElement(By.xpath("//section[@id='TO_ACKNOWLEDGE']//a[text()='" + reference + "']"))
                    .click();
            malaysia.type("#action-acknowledge input[name=counterpartReference]", MY_REFERENCE);
            malaysia.click("#action-acknowledge button");
            malaysia.waitForText(".lead .status", "Acknowledged");
            assertTrue(malaysia.text("#routing-title + dl").contains("MY-CA-AGC"),
                    "the page says where the hub sent it: " + malaysia.text("#routing-title + dl"));
            malaysia.checkAccessibility("the acknowledged incoming request");
            malaysia.screenshot("08-acknowledged-by-malaysia");
        }

        try (ConsoleBrowser prosecutor = ConsoleBrowser.open()) {
            prosecutor.signIn(th, "prosecutor-th", network.demoPassword());
            prosecutor.choose("#language-choice", "ms");
            prosecutor.click("header form.inline button");
            prosecutor.waitForText("h1", "Apa yang memerlukan anda sekarang");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                prosecutor.go(requestPage);
                assertEquals("Diakui terima", prosecutor.text(".lead .status"), "in Malay, as chosen");
                assertTrue(prosecutor.text(".facts").contains(MY_REFERENCE), "Malaysia's reference is shown");
                List<String> done = prosecutor.all(".journey .progress li.done").stream().map(e -> e.getText()).toList();
                assertTrue(done.stream().anyMatch(step -> step.startsWith("Sampai kepada penerima")), "delivered: " + done);
                assertTrue(done.stream().anyMatch(step -> step.startsWith("Diambil")), "retrieved: " + done);
            });
            prosecutor.checkAccessibility("the acknowledged request, in Malay");
            prosecutor.screenshot("09-acknowledged-seen-by-thailand-ms");

            prosecutor.type("#f-body", "Penyata saksi dilampirkan. / The witness statement is attached.");
            prosecutor.driver().findElement(By.id("message-file")).sendKeys(witnessStatement().toString());
            prosecutor.click("form.write button[type=submit]");
            prosecutor.waitForText(".thread .attachment", "witness-statement.pdf");
        }

        try (ConsoleBrowser malaysia = ConsoleBrowser.open()) {
            malaysia.signIn(my, "authority-my", network.demoPassword());
            malaysia.find("#UNREAD_MESSAGES a").click();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                malaysia.driver().navigate().refresh();
                assertEquals("verified", malaysia.text(".thread .attachment .verification"),
                        "the file Malaysia fetched matches the digest Thailand sent");
            });
            malaysia.checkAccessibility("the correspondence with a verified file");
            malaysia.screenshot("10-file-verified-in-malaysia");
        }

        // Malaysia's officer, who signed in before, was told of the message by e-mail: a link, no content.
        String requestId = requestPage.substring(requestPage.lastIndexOf('/') + 1);
        org.counterpart.network.MailServer.Received notice = await().atMost(Duration.ofSeconds(60))
                .until(() -> network.mail().messagesTo("authority-my@counterpart.example").stream()
                        .filter(mail -> mail.subject().equals("Counterpart: a message has arrived")).toList(),
                        mails -> !mails.isEmpty()).get(0);
        assertTrue(notice.body().contains(my + "/requests/" + requestId), notice.body());
        assertFalse(notice.body().contains("witness") || notice.body().contains(reference), notice.body());
    }

    /** A one-page PDF, as a statement scanned for the file exchange. */
    private static java.nio.file.Path witnessStatement() throws IOException {
        java.nio.file.Path file = ConsoleBrowser.DOWNLOADS.resolve("witness-statement.pdf");
        java.nio.file.Files.createDirectories(file.getParent());
        try (PDDocument statement = new PDDocument()) {
            statement.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            statement.save(file.toFile());
        }
        return file;
    }

    private static void fillTheGaps(ConsoleBrowser prosecutor) {
        prosecutor.choose("#f-content-language", "en");
        prosecutor.choose("#f-content-translationStatus", "NOT_NEEDED");
        prosecutor.choose("#f-content-handlingLevel", "VICTIM_SAFETY_CRITICAL");
        prosecutor.type("#f-content-requestingAuthority", "Office of the Attorney General, International Affairs Department");
        prosecutor.type("#f-content-investigatingAuthority", "Anti-Trafficking in Persons Division, Royal Thai Police");
        prosecutor.type("#f-content-purpose", "A statement from a witness about recruitment and the compound");
        prosecutor.type("#f-content-matterStatus", "Investigation; two suspects in custody");
        prosecutor.type("#f-content-maximumPenalty", "20 years' imprisonment");
        prosecutor.type("#f-content-lawText", "Anti-Trafficking in Persons Act B.E. 2551, s. 6 and s. 52");
        prosecutor.type("#f-content-actsToEstablish", "Recruitment by deception and confinement in the compound");
        prosecutor.type("#f-content-questions", "How were you recruited?\nWho guarded the compound?");
        prosecutor.choose("#p0-role", "WITNESS");
        prosecutor.type("#p0-name", "Witness A");
        prosecutor.type("#p0-location", "Johor Bahru");
    }
}
