package org.counterpart.mla.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.counterpart.mla.Drafts;
import org.counterpart.network.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Every access to a request is on the trail with who, what and how it ended; the service's own database
 * role cannot change or remove an entry; and an entry altered, removed or moved behind the service's
 * back (by the owner, with the guard switched off) is found at that entry.
 */
@QuarkusTest
class AuditTrailTest {

    private static final String OPERATOR_TH = TestTokens.token("operator-th", "TH", "operator");

    @Inject
    AuditTrail trail;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String database;

    @ConfigProperty(name = "quarkus.flyway.username")
    String owner;

    @ConfigProperty(name = "quarkus.flyway.password")
    String ownerPassword;

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
        assertTrue(trail.verify().intact());
    }

    @Test
    void anEntryAlteredRemovedOrMovedIsFoundAtThatEntry() throws SQLException {
        for (int i = 0; i < 3; i++) {
            trail.append("authority-th", List.of("central-authority"), AuditAction.LIST, null, "/requests", "web",
                    "10.0.0.2", 200);
        }
        long last = trail.verify().verified();
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
        assertTrue(trail.verify().intact(), "the trail was not restored after the tampering");
    }

    /** As the owner, guard off: {@code change}, check the chain breaks at {@code brokenAt}, {@code undo}. */
    private void tamper(String change, String undo, long brokenAt) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database, owner, ownerPassword);
                Statement statement = connection.createStatement()) {
            statement.execute("alter table audit_entry disable trigger audit_entry_append_only");
            try {
                statement.execute(change);
                AuditChain.Verification verification = trail.verify();
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
