package org.counterpart.mla.notice;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.counterpart.console.ConsoleVisit;
import org.counterpart.events.AssistanceType;
import org.counterpart.mla.Drafts;
import org.counterpart.mla.Malaysia;
import org.counterpart.network.MailServer;
import org.counterpart.network.TestInfrastructure;
import org.counterpart.network.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * E-mail notices through a real SMTP server: what needs a person reaches them as a link without case
 * content, only if they may know the request, not for their own action, and not once they opted out.
 */
@QuarkusTest
class NoticesTest {

    @ConfigProperty(name = TestInfrastructure.EXCHANGE_SECRETS)
    String exchange;

    @Test
    void aNewIncomingRequestReachesTheCentralAuthorityAsALinkWithoutItsContent() {
        String officer = "authority-th-on-duty";
        Document worklist = ConsoleVisit.as(TestTokens.token(officer, "TH", "central-authority")).page("/console");
        assertEquals("Notices go to " + officer + "@counterpart.example, the address your account has.",
                worklist.select("#notices .hint").text());
        ConsoleVisit.as(TestTokens.token("prosecutor-th-elsewhere", "TH", "prosecutor")).page("/console");

        UUID requestId = UUID.randomUUID();
        Malaysia.send(exchange, Malaysia.transmitted(exchange, requestId, "MY-2026-000777", AssistanceType.TAKING_EVIDENCE,
                "Victims confined in a compound near the border."));
        MailServer.Received mail = await().atMost(Malaysia.BOUND).until(
                () -> onRequest(officer + "@counterpart.example", requestId), list -> !list.isEmpty()).get(0);

        assertEquals("Counterpart: a new incoming request needs you", mail.subject());
        assertTrue(mail.body().contains("http://localhost:8081/console/requests/" + requestId), mail.body());
        assertFalse(mail.body().contains("compound") || mail.body().contains("MY-2026-000777")
                || mail.body().contains("Trafficking"), "no case content in an e-mail: " + mail.body());
        assertEquals(List.of(), noticesOf("prosecutor-th-elsewhere", requestId),
                "a prosecutor who may not know an incoming request is not told of it");
    }

    @Test
    void whoOptsOutIsToldNothingMoreAndNoOneIsToldOfTheirOwnAction() {
        String token = TestTokens.token("authority-th-leave", "TH", "central-authority");
        ConsoleVisit officer = ConsoleVisit.as(token);
        officer.page("/console");
        assertEquals(303, officer.post("/console/notices", Map.of()).statusCode());
        assertFalse(officer.page("/console?notices=saved").selectFirst("#notices-wanted").hasAttr("checked"));
        UUID ignored = Malaysia.incomingRequest(exchange);
        assertEquals(List.of(), noticesOf("authority-th-leave", ignored), "opted out");

        // The prosecutor is told the central authority sent the request back; the authority, who did it, is not.
        String prosecutorToken = TestTokens.token("prosecutor-th-returned", "TH", "prosecutor");
        ConsoleVisit.as(prosecutorToken).page("/console");
        String authorityToken = TestTokens.token("authority-th-reviewer", "TH", "central-authority");
        ConsoleVisit.as(authorityToken).page("/console");
        String id = given().auth().oauth2(prosecutorToken).contentType(ContentType.JSON).body(Drafts.validDraft())
                .post("/requests").then().statusCode(201).extract().path("id");
        for (String action : List.of("MARK_READY", "SUBMIT")) {
            given().auth().oauth2(prosecutorToken).contentType(ContentType.JSON).body("{}")
                    .post("/requests/{id}/actions/" + action, id).then().statusCode(200);
        }
        given().auth().oauth2(authorityToken).contentType(ContentType.JSON).body(Map.of("note", "Add the law's text."))
                .post("/requests/{id}/actions/SEND_BACK", id).then().statusCode(200);
        MailServer.Received returned = await().atMost(Malaysia.BOUND).until(
                () -> onRequest("prosecutor-th-returned@counterpart.example", UUID.fromString(id)), l -> !l.isEmpty()).get(0);
        assertEquals("Counterpart: a request was returned to you", returned.subject());
        assertEquals(List.of(), noticesOf("authority-th-reviewer", UUID.fromString(id)));
    }

    private static List<MailServer.Received> onRequest(String address, UUID requestId) {
        return TestInfrastructure.mail().messagesTo(address).stream()
                .filter(mail -> mail.body().contains(requestId.toString())).toList();
    }

    private static List<NoticeKind> noticesOf(String person, UUID requestId) {
        return QuarkusTransaction.requiringNew().call(() -> Notice.<Notice>list("person = ?1 and requestId = ?2", person,
                requestId).stream().map(notice -> notice.kind).toList());
    }
}
