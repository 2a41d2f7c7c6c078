package org.counterpart.mla.audit;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.counterpart.events.audit.AuditAnchor;
import org.counterpart.events.signature.Signer;
import org.counterpart.mla.Drafts;
import org.counterpart.network.Countries;
import org.counterpart.network.TestInfrastructure;
import org.counterpart.network.TestTokens;
import org.counterpart.network.exchange.ServiceKeys;
import org.counterpart.platform.signing.TrustedKeys;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every access to a request is on the trail with who, what and how it ended; the service's own database
 * role cannot change or remove an entry; and an entry altered, removed or moved behind the service's
 * back (by the owner, with the guard switched off) is found at that entry.
 */
@QuarkusTest
class AuditTrailTest {

    /** Where the hub is played in these tests: the OIDC WireMock server, under its /auth path. */
    private static final String HUB = "/auth";
    private static final String OPERATOR_TH = TestTokens.token("operator-th", "TH", "operator");

    @Inject
    AuditTrail trail;

    @Inject
    AuditAnchoring anchoring;

    @Inject
    TrustedKeys trustedKeys;

    @OidcWireMock
    WireMockServer hub;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String database;

    @ConfigProperty(name = TestInfrastructure.EXCHANGE_SECRETS)
    String exchange;

    @ConfigProperty(name = "quarkus.flyway.username")
    String owner;

    @ConfigProperty(name = "quarkus.flyway.password")
    String ownerPassword;

    /** Until a test anchors, the hub holds no anchor of Thailand's trail. */
    @BeforeEach
    void theHubHoldsNoAnchorYet() {
        hub.stubFor(get(urlEqualTo(HUB + "/exchange/audit-anchors/TH")).willReturn(okJson("[]")));
    }

    @Test
    void everyAccessIsRecordedWithWhoWhatAndHowItEnded() {
        String id = Drafts.createDraft();
        given().auth().oauth2(Drafts.TH_PROSECUTOR).get("/requests/{id}", id).then().statusCode(200);
        given().auth().oauth2(Drafts.MY_PROSECUTOR).get("/requests/{id}", id).then().statusCode(404);

        List<Map<String, Object>> entries = given().auth().oauth2(Drafts.TH_AUTHORITY).get("/audit/requests/{id}", id)
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(3, entries.size(), entries.toString());
        assertEntry(entries.get(0), "prosecutor-th", "CREATE", "SUCCEEDED", 201);
        assertEntry(entries.get(1), "prosecutor-th", "VIEW", "SUCCEEDED", 200);
        assertEntry(entries.get(2), "prosecutor-my", "VIEW", "REFUSED", 404);
        assertEquals(List.of("prosecutor"), entries.get(0).get("roles"));
        assertEquals("127.0.0.1", entries.get(1).get("address"));
        assertEquals("/requests/" + id, entries.get(1).get("target"));

        // Reading the trail is on the trail; a prosecutor may not read it.
        given().auth().oauth2(Drafts.TH_PROSECUTOR).get("/audit/requests/{id}", id).then().statusCode(403);
        given().auth().oauth2(Drafts.TH_AUTHORITY).get("/audit/requests/{id}", id).then().statusCode(200)
                .body("action", hasItem("EXPORT"));
        given().auth().oauth2(OPERATOR_TH).get("/audit/verification").then().statusCode(200)
                .body("intact", equalTo(true));
    }

    @Test
    void theServiceCannotChangeOrRemoveWhatWasRecorded() {
        trail.append("prosecutor-th", List.of("prosecutor"), AuditAction.VIEW, null, "/requests", "web", "10.0.0.1", 200);
        assertFalse(QuarkusTransaction.requiringNew().call(() -> (Boolean) entityManager
                .createNativeQuery("select rolsuper from pg_roles where rolname = current_user").getSingleResult()),
                "the service connects as a superuser");
        for (String change : List.of("update audit_entry set actor = 'nobody'", "delete from audit_entry",
                "truncate audit_entry", "alter table audit_entry disable trigger audit_entry_append_only",
                "drop table audit_entry")) {
            assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                    entityManager.createNativeQuery(change).executeUpdate()), change);
        }
        assertTrue(trail.verify(List.of()).intact());
    }

    @Test
    void concurrentCallsEachGetTheirOwnEntryInOneUnbrokenChain() throws Exception {
        long before = trail.verify(List.of()).verified();
        int calls = 40;
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<AuditRecord>> written = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                String actor = "caller-" + i;
                written.add(callers.submit(() -> trail.append(actor, List.of("prosecutor"), AuditAction.VIEW, null,
                        "/requests", "web", "10.0.0.4", 200)));
            }
            Set<Long> numbers = new HashSet<>();
            for (int i = 0; i < calls; i++) {
                AuditRecord record = written.get(i).get(30, TimeUnit.SECONDS);
                assertEquals("caller-" + i, record.actor(), "a caller got someone else's entry");
                numbers.add(record.seq());
            }
            assertEquals(calls, numbers.size(), "two calls were given the same number");
        } finally {
            callers.shutdownNow();
        }
        AuditChain.Verification after = trail.verify(List.of());
        assertTrue(after.intact(), "the chain broke under concurrent appends");
        assertEquals(before + calls, after.verified());
    }

    @Test
    void anEntryTheDatabaseRefusesFailsItsCallWithTheDatabasesOwnError() {
        long before = trail.verify(List.of()).verified();
        RuntimeException refused = assertThrows(RuntimeException.class, () -> trail.append(null, List.of("prosecutor"),
                AuditAction.VIEW, null, "/requests", "web", "10.0.0.4", 200));
        // Not the group commit's CompletionException: the HTTP layer maps database errors by their type.
        assertInstanceOf(QuarkusTransactionException.class, refused);
        Throwable cause = refused;
        while (cause != null && !(cause instanceof SQLException)) {
            cause = cause.getCause();
        }
        assertInstanceOf(SQLException.class, cause, "the database's own error is not in " + refused);
        assertEquals(before, trail.verify(List.of()).verified());
    }

    @Test
    void aCallTheTrailCannotRecordGetsA503ProblemInsteadOfItsAnswer() throws SQLException {
        String id = Drafts.createDraft();
        try (Connection connection = DriverManager.getConnection(database, owner, ownerPassword);
                Statement statement = connection.createStatement()) {
            // What a database restarting under the service looks like to it: a connection failure (08006).
            statement.execute("create function audit_unreachable() returns trigger language plpgsql as"
                    + " $$ begin raise exception 'gone' using errcode = '08006'; end $$");
            statement.execute("create trigger audit_unreachable before insert on audit_entry"
                    + " for each row execute function audit_unreachable()");
            try {
                given().auth().oauth2(Drafts.TH_PROSECUTOR).get("/requests/{id}", id).then().statusCode(503)
                        .contentType("application/problem+json").header("Retry-After", "5")
                        .body("detail", containsString("audit trail"))
                        .body("id", nullValue());
            } finally {
                statement.execute("drop trigger audit_unreachable on audit_entry");
                statement.execute("drop function audit_unreachable()");
            }
        }
        given().auth().oauth2(Drafts.TH_PROSECUTOR).get("/requests/{id}", id).then().statusCode(200)
                .body("id", equalTo(id));
    }

    @Test
    void anEntryAlteredRemovedOrMovedIsFoundAtThatEntry() throws SQLException {
        for (int i = 0; i < 3; i++) {
            trail.append("authority-th", List.of("central-authority"), AuditAction.LIST, null, "/requests", "web",
                    "10.0.0.2", 200);
        }
        long last = trail.verify(List.of()).verified();
        long target = last - 1;

        tamper("update audit_entry set outcome = 'REFUSED' where seq = " + target,
                "update audit_entry set outcome = 'SUCCEEDED' where seq = " + target, target);
        tamper("create temporary table kept as select * from audit_entry where seq = " + target
                + "; delete from audit_entry where seq = " + target,
                "insert into audit_entry select * from kept; drop table kept", target + 1);
        tamper("update audit_entry set seq = -1 where seq = " + target + "; update audit_entry set seq = " + target
                        + " where seq = " + last + "; update audit_entry set seq = " + last + " where seq = -1",
                "update audit_entry set seq = -1 where seq = " + last + "; update audit_entry set seq = " + last
                        + " where seq = " + target + "; update audit_entry set seq = " + target + " where seq = -1",
                target);
        assertTrue(trail.verify(List.of()).intact(), "the trail was not restored after the tampering");
    }

    @Test
    void theHeadsLeftWithTheHubCatchATrailRewrittenConsistently() throws Exception {
        for (int i = 0; i < 4; i++) {
            trail.append("authority-th", List.of("central-authority"), AuditAction.VIEW, null, "/requests", "web",
                    "10.0.0.3", 200);
        }
        hub.stubFor(post(urlEqualTo(HUB + "/exchange/audit-anchors"))
                .willReturn(okJson("{\"statement\":\"kept\",\"signature\":\"kept\"}")));
        AuditAnchor anchored = anchoring.anchor().orElseThrow();
        assertTrue(anchoring.anchor().isEmpty(), "an unchanged head is anchored once");
        given().auth().oauth2(OPERATOR_TH).post("/audit/anchors").then().statusCode(204);
        given().auth().oauth2(Drafts.TH_AUTHORITY).post("/audit/anchors").then().statusCode(403);
        trail.append("authority-th", List.of("central-authority"), AuditAction.VIEW, null, "/requests", "web",
                "10.0.0.3", 200);
        given().auth().oauth2(OPERATOR_TH).post("/audit/anchors").then().statusCode(200)
                .body("seq", equalTo((int) anchored.seq() + 1)).body("country", equalTo("TH"));

        // What the hub was given: the head, signed with Thailand's key, and nothing the entries say.
        LoggedRequest left = hub.findAll(postRequestedFor(urlEqualTo(HUB + "/exchange/audit-anchors"))).get(0);
        Map<String, String> signed = new com.fasterxml.jackson.databind.ObjectMapper().readValue(left.getBodyAsString(),
                new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() { });
        assertEquals(anchored, AuditAnchor.parse(signed.get("statement")));
        assertEquals(Signer.country(Countries.TH), trustedKeys.verify(signed.get("statement").getBytes(StandardCharsets.UTF_8),
                signed.get("signature")));
        hub.stubFor(get(urlEqualTo(HUB + "/exchange/audit-anchors/TH")).willReturn(okJson("[" + left.getBodyAsString() + "]")));
        given().auth().oauth2(OPERATOR_TH).get("/audit/verification").then().statusCode(200)
                .body("intact", equalTo(true)).body("anchoredThrough", equalTo((int) anchored.seq()));

        // Rewritten from two entries before the anchor, every hash recomputed: the chain alone holds,
        // the anchor does not.
        long from = anchored.seq() - 2;
        List<AuditChain.Link> original = QuarkusTransaction.requiringNew().call(() -> AuditEntry
                .<AuditEntry>list("seq >= ?1 order by seq", from).stream().map(AuditEntry::link).toList());
        try (Connection connection = DriverManager.getConnection(database, owner, ownerPassword)) {
            connection.createStatement().execute("alter table audit_entry disable trigger audit_entry_append_only");
            try {
                byte[] previous = original.get(0).previousHash();
                for (AuditChain.Link link : original) {
                    AuditRecord r = link.record();
                    AuditRecord forged = new AuditRecord(r.seq(), r.recordedAt(), "nobody", r.roles(), r.action(),
                            r.requestId(), r.target(), r.client(), r.address(), r.outcome(), r.status());
                    previous = rewrite(connection, forged, previous, AuditChain.hash(previous, forged));
                }
                assertTrue(trail.verify(List.of()).intact(), "a consistent rewrite passes the chain alone");
                given().auth().oauth2(OPERATOR_TH).get("/audit/verification").then().statusCode(200)
                        .body("intact", equalTo(false)).body("firstBroken", equalTo((int) anchored.seq()));
            } finally {
                for (AuditChain.Link link : original) {
                    rewrite(connection, link.record(), link.previousHash(), link.hash());
                }
                connection.createStatement().execute("alter table audit_entry enable trigger audit_entry_append_only");
            }
        }
        given().auth().oauth2(OPERATOR_TH).get("/audit/verification").then().body("intact", equalTo(true));

        // The hub can withhold anchors, not invent them: one signed by another country fails verification.
        AuditAnchor invented = AuditAnchor.of(Countries.TH, anchored.seq(), new byte[32], anchored.anchoredAt());
        String statement = invented.statement();
        String bySomeoneElse = ServiceKeys.in(Path.of(exchange).resolve("signing"))
                .sign(Signer.country(Countries.MY), statement.getBytes(StandardCharsets.UTF_8));
        hub.stubFor(get(urlEqualTo(HUB + "/exchange/audit-anchors/TH")).willReturn(okJson(
                new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(List.of(
                        Map.of("statement", statement, "signature", bySomeoneElse))))));
        given().auth().oauth2(OPERATOR_TH).get("/audit/verification").then().statusCode(503)
                .contentType("application/problem+json");
    }

    private static byte[] rewrite(Connection connection, AuditRecord record, byte[] previous, byte[] hash)
            throws SQLException {
        try (var update = connection.prepareStatement(
                "update audit_entry set actor = ?, previous_hash = ?, hash = ? where seq = ?")) {
            update.setString(1, record.actor());
            update.setBytes(2, previous);
            update.setBytes(3, hash);
            update.setLong(4, record.seq());
            assertEquals(1, update.executeUpdate());
        }
        return hash;
    }

    /** As the owner, guard off: {@code change}, check the chain breaks at {@code brokenAt}, {@code undo}. */
    private void tamper(String change, String undo, long brokenAt) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database, owner, ownerPassword);
                Statement statement = connection.createStatement()) {
            statement.execute("alter table audit_entry disable trigger audit_entry_append_only");
            try {
                statement.execute(change);
                AuditChain.Verification verification = trail.verify(List.of());
                assertFalse(verification.intact(), change);
                assertEquals(brokenAt, verification.firstBroken(), change + ": " + verification.reason());
            } finally {
                statement.execute(undo);
                statement.execute("alter table audit_entry enable trigger audit_entry_append_only");
            }
        }
    }

    private static void assertEntry(Map<String, Object> entry, String actor, String action, String outcome, int status) {
        assertEquals(actor, entry.get("actor"), entry.toString());
        assertEquals(action, entry.get("action"), entry.toString());
        assertEquals(outcome, entry.get("outcome"), entry.toString());
        assertEquals(status, entry.get("status"), entry.toString());
    }
}
