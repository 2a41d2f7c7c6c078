package org.counterpart.mla.transport;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.counterpart.mla.Drafts;
import org.counterpart.mla.Malaysia;
import org.counterpart.platform.inbox.ProcessedMarksPurge;
import org.counterpart.platform.outbox.OutboxMessage;
import org.counterpart.platform.outbox.PublishedRowsPurge;
import org.junit.jupiter.api.Test;

/** What the exchange keeps is bounded: published outbox rows and old processed-event marks go, on real PostgreSQL. */
@QuarkusTest
class ExchangeRowsPurgeTest {

    @Inject
    PublishedRowsPurge publishedRows;

    @Inject
    ProcessedMarksPurge processedMarks;

    @Inject
    EntityManager entities;

    @Test
    void aPublishedRowGoesAfterAWeekAndItsJourneyKeepsItsSubmissionTime() {
        String id = Drafts.transmittedRequest();
        await().atMost(Malaysia.BOUND).untilAsserted(() -> given().auth().oauth2(Drafts.TH_PROSECUTOR)
                .get("/requests/{id}/transport", id).then().body("[0].submittedAt", notNullValue()));
        String messageId = given().auth().oauth2(Drafts.TH_PROSECUTOR).get("/requests/{id}/transport", id).then()
                .extract().path("[0].messageId");
        String unpublishedKey = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            // A topic this service may not write: the relay holds the row back, so it stays unpublished.
            OutboxMessage stuck = new OutboxMessage();
            stuck.eventId = UUID.randomUUID().toString();
            stuck.topic = "counterpart.outbound.ZZ";
            stuck.messageKey = unpublishedKey;
            stuck.payload = "{}";
            stuck.signature = "unsigned";
            stuck.createdAt = Instant.now().minus(Duration.ofDays(30));
            stuck.persist();
        });
        try {
            publishedRows.purge(Instant.now().plus(Duration.ofDays(6)));
            assertEquals(1, rows("eventId", messageId), "a row published less than a week ago is kept");

            publishedRows.purge(Instant.now().plus(Duration.ofDays(8)));
            assertEquals(0, rows("eventId", messageId), "a row published over a week ago is deleted");
            assertEquals(1, rows("messageKey", unpublishedKey), "an unpublished row is never deleted");
            given().auth().oauth2(Drafts.TH_PROSECUTOR).get("/requests/{id}/transport", id).then().statusCode(200)
                    .body("[0].messageId", equalTo(messageId)).body("[0].submittedAt", notNullValue());
        } finally {
            QuarkusTransaction.requiringNew().run(() -> OutboxMessage.delete("messageKey", unpublishedKey));
        }
    }

    @Test
    void aMarkOlderThanEveryTopicThisServiceReadsGoesAndARecentOneStays() {
        String consumer = "purge-test-" + UUID.randomUUID();
        Instant now = Instant.now();
        mark(consumer, "old", now.minus(Duration.ofDays(61)));
        mark(consumer, "recent", now.minus(Duration.ofDays(59)));

        processedMarks.purge(now);

        assertEquals(1, marks(consumer, "recent"), "a mark within the retention still recognises a redelivery");
        assertEquals(0, marks(consumer, "old"), "a mark past the retention is deleted");
    }

    private void mark(String consumer, String eventId, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery(
                "insert into processed_event (consumer, event_id, processed_at) values (?1, ?2, ?3)")
                .setParameter(1, consumer).setParameter(2, eventId).setParameter(3, at).executeUpdate());
    }

    private long marks(String consumer, String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entities.createNativeQuery(
                "select count(*) from processed_event where consumer = ?1 and event_id = ?2")
                .setParameter(1, consumer).setParameter(2, eventId).getSingleResult()).longValue());
    }

    private static long rows(String field, String value) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count(field, value));
    }
}
