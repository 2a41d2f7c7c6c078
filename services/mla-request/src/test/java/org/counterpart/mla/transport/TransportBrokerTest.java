package org.counterpart.mla.transport;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.counterpart.events.Envelope;
import org.counterpart.events.EventType;
import org.counterpart.events.KafkaWire;
import org.counterpart.events.Topics;
import org.counterpart.events.TransportReceipt;
import org.counterpart.events.TransportReceipt.Evidence;
import org.counterpart.mla.Drafts;
import org.counterpart.mla.Malaysia;
import org.counterpart.network.Countries;
import org.counterpart.network.KafkaProbe;
import org.counterpart.network.TestInfrastructure;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The transport layer of one country: evidence about its own messages and receipts for what it
 * retrieved, on the real broker. Test deadlines are 2 s (late) and 4 s (failed); see application.properties.
 */
@QuarkusTest
class TransportBrokerTest {

    private static final URI HUB = URI.create("/counterpart/routing");

    @ConfigProperty(name = TestInfrastructure.EXCHANGE_SECRETS)
    String exchange;

    @Test
    void evidenceFromTheHubAndTheRecipientCompletesTheJourney() {
        String id = Drafts.transmittedRequest();
        UUID requestId = UUID.fromString(id);
        String messageId = given().auth().oauth2(Drafts.TH_PROSECUTOR).get("/requests/{id}/transport", id).then()
                .statusCode(200).body("", hasSize(1))
                .body("[0].messageType", equalTo(EventType.REQUEST_TRANSMITTED.ceType()))
                .body("[0].recipientCountry", equalTo("MY"))
                .extract().path("[0].messageId");
        await().atMost(Malaysia.BOUND).untilAsserted(() -> given().auth().oauth2(Drafts.TH_PROSECUTOR)
                .get("/requests/{id}/transport", id).then().body("[0].submittedAt", notNullValue()));

        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), fromHub(requestId, messageId, Evidence.RELAY_ACCEPTANCE)));
        kafka.sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), fromHub(requestId, messageId, Evidence.DELIVERY)));
        Malaysia.send(exchange, receipt(requestId, messageId, Evidence.RETRIEVAL));

        await().atMost(Malaysia.BOUND).untilAsserted(() -> given().auth().oauth2(Drafts.TH_AUTHORITY)
                .get("/requests/{id}/transport", id).then()
                .body("[0].state", equalTo("RETRIEVED"))
                .body("[0].late", equalTo(false))
                .body("[0].relayedAt", notNullValue())
                .body("[0].deliveredAt", notNullValue())
                .body("[0].retrievedAt", notNullValue()));
    }

    @Test
    void onlyTheRecipientCanConfirmRetrieval() {
        String id = Drafts.transmittedRequest();
        UUID requestId = UUID.fromString(id);
        String messageId = given().auth().oauth2(Drafts.TH_PROSECUTOR).get("/requests/{id}/transport", id).then()
                .extract().path("[0].messageId");
        Envelope forged = Envelope.create(URI.create("/counterpart/mla-request/PH"), Countries.PH, UUID.randomUUID(),
                receipt(requestId, messageId, Evidence.RETRIEVAL));
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.sendSigned(KafkaWire.toRecord(Topics.inbound(Countries.TH), forged));

        kafka.await(Topics.DEADLETTER, r -> new String(r.value(), StandardCharsets.UTF_8).contains(forged.id()),
                Malaysia.BOUND).orElseThrow(() -> new AssertionError("forged receipt was not dead-lettered"));
        given().auth().oauth2(Drafts.TH_PROSECUTOR).get("/requests/{id}/transport", id).then()
                .body("[0].retrievedAt", equalTo(null));
    }

    @Test
    void whatThisCountryRetrievesIsReceiptedWithTheMessageId() {
        UUID requestId = UUID.randomUUID();
        Envelope incoming = Malaysia.send(exchange, Malaysia.transmitted(exchange, requestId, "MY-2026-000043",
                org.counterpart.events.AssistanceType.SERVICE_OF_DOCUMENTS, "Summons to serve."));

        TransportReceipt receipt = KafkaProbe.admin(exchange).await(Topics.outbound(Countries.TH),
                        r -> requestId.toString().equals(r.key())
                                && KafkaWire.fromRecord(r).type() == EventType.TRANSPORT_RECEIPT, Malaysia.BOUND)
                .map(r -> KafkaWire.fromRecord(r).dataAs(TransportReceipt.class))
                .orElseThrow(() -> new AssertionError("no retrieval receipt"));
        assertEquals(Evidence.RETRIEVAL, receipt.evidence());
        assertEquals(incoming.id(), receipt.messageId());
    }

    @Test
    void aMessageNobodyRetrievesIsFlaggedLateAndThenFailed() {
        String id = Drafts.transmittedRequest();

        await().atMost(Malaysia.BOUND).untilAsserted(() -> given().auth().oauth2(Drafts.TH_AUTHORITY)
                .get("/requests/{id}/transport", id).then()
                .body("[0].state", equalTo("NON_RETRIEVAL"))
                .body("[0].late", equalTo(true))
                .body("[0].failureReason", containsString("no retrieval receipt within PT4S")));
    }

    @Test
    void transportOfAnotherCountrysRequestIsNotShown() {
        String id = Drafts.transmittedRequest();
        given().auth().oauth2(Drafts.MY_AUTHORITY).get("/requests/{id}/transport", id).then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static Envelope fromHub(UUID requestId, String messageId, Evidence evidence) {
        return Envelope.create(HUB, Countries.TH, UUID.randomUUID(), receipt(requestId, messageId, evidence));
    }

    private static TransportReceipt receipt(UUID requestId, String messageId, Evidence evidence) {
        return new TransportReceipt(requestId, messageId, EventType.REQUEST_TRANSMITTED.ceType(), evidence, null, now());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
