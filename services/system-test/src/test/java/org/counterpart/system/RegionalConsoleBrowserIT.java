package org.counterpart.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.counterpart.network.LocalNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The regional console, served by the hub, in a real browser: Malaysia's directory correspondent signs
 * in, confirms an entry is current, and imports a file whose problem is shown by line and field; the
 * regional desk finds its queue of unroutable requests, the operator the dead letters. Every page is checked
 * with axe-core and photographed.
 */
@ExtendWith(RegionalNetwork.class)
class RegionalConsoleBrowserIT {

    private static LocalNetwork network;

    @BeforeAll
    static void joinNetwork() {
        network = RegionalNetwork.get();
    }

    @Test
    void aCorrespondentKeepsTheirCountrysEntriesAndTheDeskSeesItsQueue() throws IOException {
        String console = network.routingUrl() + "/console";
        try (ConsoleBrowser correspondent = ConsoleBrowser.open()) {
            correspondent.signIn(console, "directory-my", network.demoPassword());
            assertTrue(correspondent.text(".counts").contains("Your country's entries"), correspondent.text(".counts"));
            correspondent.checkAccessibility("the correspondent's worklist");

            correspondent.click(".counts a[href='/console/directory']");
            correspondent.click("#e-MY-CA-AGC td a");
            assertEquals("MY-CA-AGC", correspondent.text(".facts dd code"));
            correspondent.checkAccessibility("an entry's form");
            correspondent.click("a[href^='/console/directory?country=']");
            correspondent.click("#e-MY-CA-AGC form[action$='/verify'] button");
            correspondent.waitForText(".notice", "The entry was confirmed as current.");
            correspondent.checkAccessibility("the country's directory");
            correspondent.screenshot("11-regional-directory");

            Path file = ConsoleBrowser.DOWNLOADS.resolve("directory-MY-edited.json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "{\n  \"format\": \"counterpart-directory/1\",\n  \"country\": \"MY\",\n"
                    + "  \"version\": \"v1\",\n  \"contactPoints\": [\n    {\"id\": \"MY-CA-AGC\", \"role\": \"CHIEF\"}\n  ]\n}\n",
                    StandardCharsets.UTF_8);
            correspondent.driver().findElement(org.openqa.selenium.By.id("f-file")).sendKeys(file.toString());
            correspondent.click("form[action='/console/directory/import'] button");
            correspondent.waitForText(".error-summary", "The file was not imported");
            assertEquals("6", correspondent.text(".error-summary tbody tr:first-child td:first-child"),
                    "the problem is shown at its line");
            correspondent.checkAccessibility("an import refused with its problems");
            correspondent.screenshot("12-import-problems-by-line");
        }
        try (ConsoleBrowser desk = ConsoleBrowser.open()) {
            desk.signIn(console, "directory-admin", network.demoPassword());
            desk.click("nav a[href='/console/unroutable']");
            assertEquals("Unroutable requests", desk.text("h1"));
            desk.checkAccessibility("the unroutable queue");
            desk.screenshot("13-unroutable-queue");
        }
        try (ConsoleBrowser operator = ConsoleBrowser.open()) {
            operator.signIn(console, "operator-region", network.demoPassword());
            operator.click("nav a[href='/console/dead-letters']");
            assertEquals("Dead letters", operator.text("h1"));
            operator.checkAccessibility("the dead letters");
            operator.screenshot("14-dead-letters");
        }
    }
}
