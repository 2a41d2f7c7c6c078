package org.counterpart.routing.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Envelope;
import org.counterpart.events.KafkaWire;
import org.counterpart.events.RequestAcknowledged;
import org.counterpart.events.Topics;
import org.counterpart.events.signature.Signer;
import org.counterpart.network.Countries;
import org.counterpart.network.KafkaProbe;
import org.counterpart.network.TestInfrastructure;
import org.counterpart.network.exchange.ServiceKeys;
import org.counterpart.platform.inbox.DeadLetterSeal;
import org.counterpart.platform.inbox.DeadLetters;
import org.counterpart.routing.Tokens;
import org.counterpart.routing.relay.RelayTestMessages;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The regional operator's dead letters on the real broker: an acknowledgement that overtook its request
 * is parked with the reason; once the request has been routed, replaying it delivers it.
 */
@QuarkusTest
class DeadLetterOperationsTest {

    @ConfigProperty(name = TestInfrastructure.EXCHANGE_SECRETS)
    String exchange;

    @Test
    void operatorListsTheLetterWithItsReasonAndReplaysItOnceTheCauseIsGone() {
        Envelope transmitted = RelayTestMessages.transmitted("TH", "MY", AssistanceType.TAKING_EVIDENCE);
        Envelope earlyAcknowledgement = Envelope.create(URI.create("/counterpart/mla-request/MY"), Countries.MY,
                transmitted.correlationId(), new RequestAcknowledged(transmitted.requestId(), Countries.TH, Countries.MY, "AGC-77",
                        Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.MY), earlyAcknowledgement));
        kafka.await(Topics.DEADLETTER, r -> contains(r.value(), earlyAcknowledgement.id()), RelayTestMessages.BOUND)
                .orElseThrow(() -> new AssertionError("the early acknowledgement was not dead-lettered"));

        Map<String, Object> letter = letterOf(earlyAcknowledgement);
        org.hamcrest.MatcherAssert.assertThat((String) letter.get("reason"), containsString("never delivered by the hub"));
        org.awaitility.Awaitility.await().atMost(RelayTestMessages.BOUND).untilAsserted(() -> org.hamcrest.MatcherAssert.assertThat(
                "the hub counts what it parks, for Prometheus",
                given().get("/q/metrics").then().statusCode(200).extract().asString(),
                org.hamcrest.Matchers.matchesPattern("(?s).*\ncounterpart_dead_letters_total\\{consumer=\"routing\"[^\n]*\\} [1-9].*")));
        org.hamcrest.MatcherAssert.assertThat((String) letter.get("origin"), containsString("counterpart.outbound.MY/"));

        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.TH), transmitted));
        kafka.await(Topics.inbound(Countries.MY), r -> transmitted.requestId().toString().equals(r.key()), RelayTestMessages.BOUND)
                .orElseThrow(() -> new AssertionError("request never routed"));
        given().auth().oauth2(Tokens.OPERATOR)
                .post("/operations/dead-letters/{p}/{o}/replay", letter.get("partition"), letter.get("offset"))
                .then().statusCode(200).body("replayedBy", equalTo("operator-region")).body("replayedAt", notNullValue());

        kafka.await(Topics.inbound(Countries.TH), r -> contains(r.value(), earlyAcknowledgement.id())
                        && contains(r.value(), "org.counterpart.request.acknowledged"), RelayTestMessages.BOUND)
                .orElseThrow(() -> new AssertionError("the replayed acknowledgement never reached TH"));
        given().auth().oauth2(Tokens.OPERATOR)
                .post("/operations/dead-letters/{p}/{o}/replay", letter.get("partition"), letter.get("offset"))
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aLetterWhoseParkingRecordWasForgedOrAlteredGoesNowhere() {
        ServiceKeys keys = ServiceKeys.in(Path.of(exchange).resolve("signing"));
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        Envelope pointedElsewhere = RelayTestMessages.transmitted("MY", "TH", AssistanceType.TAKING_EVIDENCE);
        Envelope altered = RelayTestMessages.transmitted("MY", "TH", AssistanceType.TAKING_EVIDENCE);
        Envelope unsealed = RelayTestMessages.transmitted("MY", "TH", AssistanceType.TAKING_EVIDENCE);

        // Thailand's service seals a letter claiming it read Malaysia's inbox: TH does not, so it cannot go there.
        kafka.send(letter(pointedElsewhere, "mla-request-TH", "counterpart.inbound.MY/0/0", keys, Signer.country(Countries.TH)));
        // A genuine seal over one origin, with the origin header changed afterwards.
        ProducerRecord<String, byte[]> tampered = letter(altered, "mla-request-TH", "counterpart.inbound.TH/0/0", keys,
                Signer.country(Countries.TH));
        tampered.headers().remove(DeadLetters.ORIGIN).add(DeadLetters.ORIGIN,
                "counterpart.inbound.MY/0/0".getBytes(StandardCharsets.UTF_8));
        kafka.send(tampered);
        ProducerRecord<String, byte[]> noSeal = letter(unsealed, "routing", "counterpart.outbound.MY/0/0", keys, Signer.HUB);
        noSeal.headers().remove(DeadLetterSeal.HEADER);
        kafka.send(noSeal);

        for (Envelope forged : List.of(pointedElsewhere, altered, unsealed)) {
            kafka.await(Topics.DEADLETTER, r -> contains(r.value(), forged.id()), RelayTestMessages.BOUND)
                    .orElseThrow(() -> new AssertionError("letter not on the topic"));
            Map<String, Object> letter = letterOf(forged);
            given().auth().oauth2(Tokens.OPERATOR)
                    .post("/operations/dead-letters/{p}/{o}/replay", letter.get("partition"), letter.get("offset"))
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("cannot be replayed"));
        }
        assertTrue(kafka.readToEnd(Topics.inbound(Countries.MY), r -> contains(r.value(), pointedElsewhere.id())
                || contains(r.value(), altered.id())).isEmpty(), "nothing reached Malaysia's inbox");
        given().auth().oauth2(Tokens.TH_AUTHORITY).get("/routing/records/{id}", unsealed.requestId()).then().statusCode(404);
    }

    /** A dead letter as the parking service writes it, sealed with {@code parker}'s key. */
    private static ProducerRecord<String, byte[]> letter(Envelope envelope, String consumer, String origin, ServiceKeys keys,
            Signer parker) {
        ProducerRecord<String, byte[]> original = KafkaWire.toRecord(Topics.DEADLETTER, envelope);
        String reason = "refused for a test";
        original.headers().add(DeadLetters.REASON, reason.getBytes(StandardCharsets.UTF_8));
        original.headers().add(DeadLetters.CONSUMER, consumer.getBytes(StandardCharsets.UTF_8));
        original.headers().add(DeadLetters.ORIGIN, origin.getBytes(StandardCharsets.UTF_8));
        original.headers().add(DeadLetterSeal.HEADER, keys.sign(parker, DeadLetterSeal.statement(consumer, origin, reason,
                original.key(), original.value(), original.headers())).getBytes(StandardCharsets.UTF_8));
        return original;
    }

    @Test
    void onlyTheRegionalOperatorSeesDeadLetters() {
        given().auth().oauth2(Tokens.OPERATOR_TH).get("/operations/dead-letters").then().statusCode(403);
        given().auth().oauth2(Tokens.TH_AUTHORITY).get("/operations/dead-letters").then().statusCode(403);
        given().auth().oauth2(Tokens.OPERATOR).post("/operations/dead-letters/0/999999999/replay").then().statusCode(404);
        given().auth().oauth2(Tokens.OPERATOR).queryParam("perPartition", 0).get("/operations/dead-letters").then()
                .statusCode(400).body("errors[0].field", equalTo("perPartition"));
    }

    private static Map<String, Object> letterOf(Envelope envelope) {
        List<Map<String, Object>> letters = JsonPath.from(given().auth().oauth2(Tokens.OPERATOR)
                .get("/operations/dead-letters").then().statusCode(200).extract().asString()).getList("");
        return letters.stream().filter(l -> envelope.id().equals(l.get("eventId"))).findFirst()
                .orElseThrow(() -> new AssertionError("letter " + envelope.id() + " is not listed"));
    }

    private static boolean contains(byte[] value, String text) {
        return new String(value, StandardCharsets.UTF_8).contains(text);
    }
}
