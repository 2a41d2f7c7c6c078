package org.counterpart.routing.decision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Envelope;
import org.counterpart.events.EventCodec;
import org.counterpart.events.EventType;
import org.counterpart.events.KafkaWire;
import org.counterpart.events.Milestone;
import org.counterpart.events.RequestRouted;
import org.counterpart.events.StatusChanged;
import org.counterpart.events.Topics;
import org.counterpart.events.workflow.RequestAction;
import org.counterpart.events.workflow.RequestStatus;
import org.counterpart.network.Countries;
import org.counterpart.network.KafkaProbe;
import org.counterpart.network.TestInfrastructure;
import org.counterpart.network.TestTokens;
import org.counterpart.network.exchange.ExchangeCredentials;
import org.counterpart.network.exchange.ExchangeProvisioning;
import org.counterpart.routing.Tokens;
import org.counterpart.routing.relay.RelayTestMessages;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The regional desk resolves the unroutable queue: a manual assignment, recorded with its reason, delivers the request. */
@QuarkusTest
class UnroutableDeskTest {

    private static final String DIRECTORY_NZ = TestTokens.token("directory-nz", "NZ", "directory-admin");
    private static final String DIRECTORY_TH = TestTokens.token("directory-th", "TH", "directory-admin");

    @ConfigProperty(name = TestInfrastructure.EXCHANGE_SECRETS)
    String exchange;

    @Test
    void assignedRequestIsDeliveredAndEveryoneIsTold() {
        Envelope transmitted = RelayTestMessages.transmitted("TH", "NZ", AssistanceType.TAKING_EVIDENCE);
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.TH), transmitted));
        kafka.await(Topics.inbound(Countries.TH), r -> transmitted.requestId().toString().equals(r.key())
                && KafkaWire.fromRecord(r).type() == EventType.REQUEST_UNROUTABLE, RelayTestMessages.BOUND)
                .orElseThrow(() -> new AssertionError("not unroutable"));
        given().auth().oauth2(Tokens.DIRECTORY_ADMIN).get("/routing/records").then()
                .body("requestId", hasItem(transmitted.requestId().toString()));

        assign(Tokens.DIRECTORY_ADMIN, transmitted, "MY-CA-AGC", "").statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("contactPointId", "reason"));
        assign(DIRECTORY_TH, transmitted, "NZ-CA-CROWN", "mine").statusCode(403);
        // New Zealand joins: the exchange's admin provisions its topics and principal, its correspondent its entry.
        try (ExchangeProvisioning admin = ExchangeProvisioning.connect(ExchangeCredentials.load(Path.of(exchange)))) {
            admin.addCountry(Countries.NZ);
        }
        given().auth().oauth2(DIRECTORY_NZ).contentType(ContentType.JSON)
                .body(Map.of("id", "NZ-CA-CROWN", "authority", "Crown Law Office", "role", "CENTRAL_AUTHORITY",
                        "languages", List.of("en"), "channel", "counterpart", "owner", "directory correspondent NZ"))
                .post("/directory/contact-points").then().statusCode(201);

        assign(Tokens.DIRECTORY_ADMIN, transmitted, "NZ-CA-CROWN", "New Zealand joined; its central authority confirmed by phone.")
                .statusCode(200)
                .body("outcome", equalTo("ROUTED"))
                .body("contactPointId", equalTo("NZ-CA-CROWN"))
                .body("assignedBy", equalTo("directory-admin"))
                .body("decisionPath[-1]", startsWith("assigned by the regional desk (directory-admin) to NZ-CA-CROWN"));

        Envelope delivered = KafkaWire.fromRecord(kafka.await(Topics.inbound(Countries.NZ),
                r -> transmitted.requestId().toString().equals(r.key()), RelayTestMessages.BOUND)
                .orElseThrow(() -> new AssertionError("the held request was not delivered")));
        assertEquals(transmitted.id(), delivered.id());
        assertEquals("NZ-CA-CROWN", delivered.contactPoint());
        RequestRouted notice = KafkaWire.fromRecord(kafka.await(Topics.inbound(Countries.TH),
                        r -> transmitted.requestId().toString().equals(r.key())
                                && KafkaWire.fromRecord(r).type() == EventType.REQUEST_ROUTED, RelayTestMessages.BOUND)
                .orElseThrow(() -> new AssertionError("the requester was not told"))).dataAs(RequestRouted.class);
        assertEquals("Crown Law Office", notice.authority());
        List<Milestone> milestones = kafka.awaitAll(Topics.LIFECYCLE, r -> transmitted.requestId().toString().equals(r.key()),
                3, RelayTestMessages.BOUND).stream()
                .map(r -> EventCodec.deserialize(r.value()).dataAs(StatusChanged.class).milestone()).toList();
        assertEquals(List.of(Milestone.TRANSMITTED, Milestone.UNROUTABLE, Milestone.ROUTED), milestones);

        assign(Tokens.DIRECTORY_ADMIN, transmitted, "NZ-CA-CROWN", "again").statusCode(409);
    }

    @Test
    void requestWithdrawnWhileUnroutableCannotBeDeliveredAnyMore() {
        Envelope transmitted = RelayTestMessages.transmitted("TH", "FJ", AssistanceType.TAKING_EVIDENCE);
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.TH), transmitted));
        Envelope withdrawal = Envelope.create(java.net.URI.create("/counterpart/mla-request/TH"), Countries.TH,
                transmitted.correlationId(), new org.counterpart.events.RequestActionTaken(transmitted.requestId(), Countries.TH, Countries.FJ,
                        RequestAction.WITHDRAW, RequestStatus.WITHDRAWN, null, null, null,
                        java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                        RelayTestMessages.note("TH", "FJ", transmitted.requestId(), "Sent to the wrong country.")));
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.TH), withdrawal));
        List<Milestone> milestones = kafka.awaitAll(Topics.LIFECYCLE, r -> transmitted.requestId().toString().equals(r.key()),
                3, RelayTestMessages.BOUND).stream()
                .map(r -> EventCodec.deserialize(r.value()).dataAs(StatusChanged.class).milestone()).toList();
        assertEquals(List.of(Milestone.TRANSMITTED, Milestone.UNROUTABLE, Milestone.WITHDRAWN), milestones);

        assign(Tokens.DIRECTORY_ADMIN, transmitted, "TH-CA-OAG", "anything").statusCode(409);
    }

    private static io.restassured.response.ValidatableResponse assign(String token, Envelope about, String contactPoint,
            String reason) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("contactPointId", contactPoint, "reason", reason))
                .post("/routing/records/{id}/assign", about.requestId()).then();
    }
}
