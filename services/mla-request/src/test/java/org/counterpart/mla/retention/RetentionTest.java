package org.counterpart.mla.retention;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.counterpart.events.audit.AuditAnchor;
import org.counterpart.events.signature.Signer;
import org.counterpart.mla.Drafts;
import org.counterpart.mla.audit.AuditAction;
import org.counterpart.mla.audit.AuditChain;
import org.counterpart.mla.audit.AuditRecord;
import org.counterpart.mla.audit.AuditTrail;
import org.counterpart.network.Countries;
import org.counterpart.network.TestInfrastructure;
import org.counterpart.network.TestTokens;
import org.counterpart.network.exchange.ServiceKeys;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * With a retention of zero, a withdrawn request's content, message bodies and files are destroyed by
 * the next round; its record stays, the audit trail holds one tombstone per data class and still
 * verifies, and no table of the service holds the words any more.
 */
@QuarkusTest
@TestProfile(RetentionTest.ShortRetention.class)
class RetentionTest {

    public static class ShortRetention implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("counterpart.retention.content", "PT0S", "counterpart.retention.attachments", "PT0S",
                    "counterpart.retention.audit", "PT0S", "counterpart.retention.check-every", "1s");
        }
    }

    private static final String OPERATOR_TH = TestTokens.token("operator-th", "TH", "operator");
    private static final Duration BOUND = Duration.ofSeconds(30);

    @Inject
    EntityManager entityManager;

    @Inject
    AuditTrail trail;

    @Inject
    Retention retention;

    @Inject
    Scheduler scheduler;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String database;

    @ConfigProperty(name = "quarkus.flyway.username")
    String owner;

    @ConfigProperty(name = "quarkus.flyway.password")
    String ownerPassword;

    @ConfigProperty(name = TestInfrastructure.EXCHANGE_SECRETS)
    String exchange;

    @OidcWireMock
    WireMockServer hub;

    @Test
    void aClosedRequestsContentIsDestroyedAndTheTrailStillVerifies() {
        String canary = "CANARY-" + UUID.randomUUID();
        String id = Drafts.transmittedRequest();
        given().auth().oauth2(Drafts.TH_AUTHORITY).contentType(ContentType.JSON)
                .body(Map.of("body", "About the witness " + canary)).post("/requests/{id}/messages", id)
                .then().statusCode(201);
        given().auth().oauth2(Drafts.TH_PROSECUTOR).contentType("text/plain").queryParam("filename", canary + ".txt")
                .body(("Statement of " + canary).getBytes(StandardCharsets.UTF_8))
                .post("/requests/{id}/attachments", id).then().statusCode(201);
        given().auth().oauth2(Drafts.TH_AUTHORITY).contentType(ContentType.JSON).body(Map.of("note", "Withdrawn: " + canary))
                .post("/requests/{id}/actions/WITHDRAW", id).then().statusCode(200);

        await().atMost(BOUND).untilAsserted(() -> {
            given().auth().oauth2(Drafts.TH_AUTHORITY).get("/requests/{id}/attachments", id).then().statusCode(200)
                    .body("[0].state", equalTo("DESTROYED"));
            given().auth().oauth2(Drafts.TH_AUTHORITY).get("/requests/{id}", id).then().statusCode(200)
                    .body("contentDestroyedAt", notNullValue());
        });
        given().auth().oauth2(Drafts.TH_AUTHORITY).get("/requests/{id}", id).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("requesterReference", notNullValue())
                .body("summaryOfFacts", nullValue()).body("content", nullValue()).body("lastNote", nullValue())
                .body("contentDestroyedAt", notNullValue());
        given().auth().oauth2(Drafts.TH_AUTHORITY).get("/requests/{id}/messages", id).then().statusCode(200)
                .body("[0].body", nullValue());
        given().auth().oauth2(Drafts.TH_AUTHORITY).get("/requests/{id}/attachments", id).then()
                .body("[0].filename", nullValue());

        for (String table : List.of("mla_request", "request_history", "thread_message", "attachment", "outbox_message",
                "audit_entry")) {
            long hits = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                    "select count(*) from " + table + " t where t::text like :canary")
                    .setParameter("canary", "%" + canary + "%").getSingleResult()).longValue());
            assertEquals(0, hits, canary + " is still in " + table);
        }

        given().auth().oauth2(Drafts.TH_AUTHORITY).get("/audit/requests/{id}", id).then().statusCode(200)
                .body("findAll { it.action == 'DESTROY' }.target", hasItem("content"))
                .body("findAll { it.action == 'DESTROY' }.target", hasItem("attachments"));
        hub.stubFor(get(urlEqualTo("/auth/exchange/audit-anchors/TH")).willReturn(okJson("[]")));
        given().auth().oauth2(OPERATOR_TH).get("/audit/verification").then().statusCode(200).body("intact", equalTo(true));
    }

    /**
     * Audit entries past their period go only once the hub holds an anchor of them: the job removes
     * them through that entry, records the removal on the trail, and the rest verifies from the
     * checkpoint. Without the hub's anchor the same cut would read as tampering.
     */
    @Test
    void oldAuditEntriesGoThroughTheNewestAnchoredOneAndTheRestStillVerifies() throws Exception {
        // One round, the test's own: a scheduled one could not then cut again while the trail is put back.
        scheduler.pause();
        try (Connection connection = DriverManager.getConnection(database, owner, ownerPassword)) {
            for (int i = 0; i < 3; i++) {
                trail.append("authority-th", List.of("central-authority"), AuditAction.LIST, null, "/requests", "web",
                        "10.0.0.4", 200);
            }
            AuditChain.Link head = trail.head().orElseThrow();
            AuditAnchor anchor = AuditAnchor.of(Countries.TH, head.record().seq(), head.hash(),
                    Instant.now().truncatedTo(ChronoUnit.MICROS).minusSeconds(1));
            trail.append("authority-th", List.of("central-authority"), AuditAction.LIST, null, "/requests", "web",
                    "10.0.0.4", 200);
            connection.createStatement().execute("create temporary table kept as select * from audit_entry");
            try {
                String statement = anchor.statement();
                String signature = ServiceKeys.in(Path.of(exchange).resolve("signing"))
                        .sign(Signer.country(Countries.TH), statement.getBytes(StandardCharsets.UTF_8));
                hub.stubFor(get(urlEqualTo("/auth/exchange/audit-anchors/TH")).willReturn(okJson(new ObjectMapper()
                        .writeValueAsString(List.of(Map.of("statement", statement, "signature", signature))))));

                retention.apply();
                assertEquals(anchor.seq() + 1, firstSeq());
                AuditRecord removal = trail.head().orElseThrow().record();
                assertEquals(List.of("retention", "DESTROY", AuditChain.prunedThrough(anchor.seq())),
                        List.of(removal.actor(), removal.action().name(), removal.target()));
                given().auth().oauth2(OPERATOR_TH).get("/audit/verification").then().statusCode(200)
                        .body("intact", equalTo(true)).body("anchoredThrough", equalTo((int) anchor.seq()));
                assertEquals(anchor.seq() + 1, trail.verify(List.of()).firstBroken(),
                        "without the hub's anchor the cut is not told from tampering");
            } finally {
                hub.stubFor(get(urlEqualTo("/auth/exchange/audit-anchors/TH")).willReturn(okJson("[]")));
                connection.createStatement().execute("alter table audit_entry disable trigger audit_entry_append_only; "
                        + "alter table audit_checkpoint disable trigger audit_checkpoint_append_only; "
                        + "insert into audit_entry select * from kept where seq not in (select seq from audit_entry); "
                        + "delete from audit_checkpoint; drop table kept; "
                        + "alter table audit_checkpoint enable trigger audit_checkpoint_append_only; "
                        + "alter table audit_entry enable trigger audit_entry_append_only");
            }
        } finally {
            scheduler.resume();
        }
        assertTrue(trail.verify(List.of()).intact(), "the trail was not restored after the test");
    }

    private long firstSeq() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select coalesce(min(seq), 0) from audit_entry").getSingleResult()).longValue());
    }
}
