package org.counterpart.mla.keys;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Envelope;
import org.counterpart.events.KafkaWire;
import org.counterpart.events.Sources;
import org.counterpart.events.Topics;
import org.counterpart.events.signature.EventSignature;
import org.counterpart.events.signature.KeyId;
import org.counterpart.events.signature.Signer;
import org.counterpart.mla.Drafts;
import org.counterpart.mla.Malaysia;
import org.counterpart.network.Countries;
import org.counterpart.network.KafkaProbe;
import org.counterpart.network.TestInfrastructure;
import org.counterpart.network.TestTokens;
import org.counterpart.network.exchange.ServiceKeys;
import org.counterpart.platform.inbox.DeadLetters;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Keys change: a counterpart's next key, endorsed by the one Thailand trusts, is accepted as soon as it
 * signs something; a key the directory offers without that endorsement (a hub swapping keys) waits for
 * Thailand's operator. WireMock plays the hub's directory (under /auth, where it also plays the
 * identity provider).
 */
@QuarkusTest
class KeyRotationBrokerTest {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final Signer MALAYSIA = Signer.country(Countries.MY);
    private static final String OPERATOR_TH = TestTokens.token("operator-th", "TH", "operator");

    @ConfigProperty(name = TestInfrastructure.EXCHANGE_SECRETS)
    String exchange;

    @OidcWireMock
    WireMockServer hub;

    @Test
    void aNextKeyEndorsedByTheTrustedOneIsAcceptedAndTheOldOneRetiresAfterTheOverlap() throws Exception {
        KeyId next = new KeyId(MALAYSIA, 2);
        OctetKeyPair key = new OctetKeyPairGenerator(Curve.Ed25519).keyID(next.value()).generate();
        String publicJwk = key.toPublicJWK().toJSONString();
        String endorsement = ServiceKeys.in(Path.of(exchange).resolve("signing"))
                .sign(MALAYSIA, publicJwk.getBytes(StandardCharsets.UTF_8));
        publishAtTheHub(next, publicJwk, endorsement);

        UUID requestId = UUID.randomUUID();
        send(transmitted(requestId, "Signed with Malaysia's second key."), next, key);

        await().atMost(BOUND).untilAsserted(() -> given().auth().oauth2(Drafts.TH_AUTHORITY)
                .get("/requests/{id}", requestId).then().statusCode(200));
        given().auth().oauth2(OPERATOR_TH).get("/operations/trusted-keys").then().statusCode(200)
                .body("find { it.keyId == 'MY/2' }.status", equalTo("TRUSTED"))
                .body("find { it.keyId == 'MY/2' }.source", equalTo("ENDORSED"))
                .body("find { it.keyId == 'MY/1' }.retireAfter", notNullValue());
    }

    @Test
    void aKeyTheDirectoryOffersWithoutTheSignersEndorsementWaitsForTheOperator() throws Exception {
        KeyId swapped = new KeyId(MALAYSIA, 3);
        OctetKeyPair key = new OctetKeyPairGenerator(Curve.Ed25519).keyID(swapped.value()).generate();
        String publicJwk = key.toPublicJWK().toJSONString();
        // Endorsed by a key of the hub's own making that merely claims to be Malaysia's.
        OctetKeyPair impostor = new OctetKeyPairGenerator(Curve.Ed25519).keyID("MY/2").generate();
        publishAtTheHub(swapped, publicJwk, EventSignature.sign(publicJwk.getBytes(StandardCharsets.UTF_8),
                new KeyId(MALAYSIA, 2), impostor));

        UUID refused = UUID.randomUUID();
        Envelope first = transmitted(refused, "Signed with a key nobody endorsed.");
        send(first, swapped, key);
        ConsumerRecord<String, byte[]> letter = KafkaProbe.admin(exchange).await(Topics.DEADLETTER,
                r -> new String(r.value(), StandardCharsets.UTF_8).contains(first.id()), BOUND)
                .orElseThrow(() -> new AssertionError("a message signed with an unendorsed key was not parked"));
        String reason = new String(letter.headers().lastHeader(DeadLetters.REASON).value(), StandardCharsets.UTF_8);
        assertTrue(reason.contains("signed with key MY/3, which awaits confirmation"), reason);
        given().auth().oauth2(Drafts.TH_AUTHORITY).get("/requests/{id}", refused).then().statusCode(404);
        String thumbprint = key.computeThumbprint().toString();
        given().auth().oauth2(OPERATOR_TH).get("/operations/trusted-keys").then()
                .body("find { it.keyId == 'MY/3' }.status", equalTo("PENDING"))
                .body("find { it.keyId == 'MY/3' }.source", equalTo("DIRECTORY"))
                .body("find { it.keyId == 'MY/3' }.thumbprint", equalTo(thumbprint));

        // Malaysia's operator reads out another thumbprint: the key on record is not theirs, it stays pending.
        confirm("MY/3", impostor.computeThumbprint().toString()).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("thumbprint"));
        confirm("MY/3", "").statusCode(400).body("errors[0].field", equalTo("thumbprint"));
        // Thailand's operator checked the key with Malaysia out of band.
        confirm("MY/3", thumbprint).statusCode(200)
                .body("status", equalTo("TRUSTED")).body("source", equalTo("CONFIRMED"))
                .body("changedBy", equalTo("operator-th"));
        UUID accepted = UUID.randomUUID();
        send(transmitted(accepted, "Signed with the confirmed key."), swapped, key);
        await().atMost(BOUND).untilAsserted(() -> given().auth().oauth2(Drafts.TH_AUTHORITY)
                .get("/requests/{id}", accepted).then().statusCode(200));
    }

    @Test
    void thailandRotatesItsOwnKeyThroughTheDirectoryAndSignsWithTheNewOne() {
        hub.stubFor(post(urlPathEqualTo("/auth/directory/keys")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{}")));
        given().auth().oauth2(TestTokens.token("operator-my", "MY", "operator")).post("/operations/signing-keys/rotate")
                .then().statusCode(403);

        given().auth().oauth2(OPERATOR_TH).post("/operations/signing-keys/rotate").then().statusCode(200)
                .body("keyId", equalTo("TH/2")).body("endorsedBy", equalTo("TH/1"));

        hub.verify(postRequestedFor(urlPathEqualTo("/auth/directory/keys"))
                .withRequestBody(equalToJson("{\"keyId\": \"TH/2\"}", true, true)));
        String id = Drafts.transmittedRequest();
        ConsumerRecord<String, byte[]> sent = KafkaProbe.admin(exchange).await(Topics.outbound(Countries.TH),
                r -> id.equals(r.key()), BOUND).orElseThrow(() -> new AssertionError("nothing transmitted"));
        assertEquals(new KeyId(Signer.country(Countries.TH), 2), EventSignature.keyOf(KafkaWire.signatureOf(sent)));
    }

    private static io.restassured.response.ValidatableResponse confirm(String keyId, String thumbprint) {
        return given().auth().oauth2(OPERATOR_TH).contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("thumbprint", thumbprint)).post("/operations/trusted-keys/" + keyId + "/confirm").then();
    }

    private void publishAtTheHub(KeyId id, String publicJwk, String endorsement) {
        String body = new ObjectMapper().valueToTree(Map.of("keyId", id.value(), "signer", id.signer().name(),
                "version", id.version(), "publicJwk", publicJwk, "endorsement", endorsement)).toString();
        hub.stubFor(get(urlPathEqualTo("/auth/directory/keys/" + id.value())).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private void send(Envelope envelope, KeyId id, OctetKeyPair key) throws Exception {
        ProducerRecord<String, byte[]> record = KafkaWire.toRecord(Topics.inbound(Countries.TH), envelope);
        record.headers().add(EventSignature.HEADER,
                EventSignature.sign(record.value(), id, key).getBytes(StandardCharsets.UTF_8));
        KafkaProbe.admin(exchange).send(record);
    }

    private Envelope transmitted(UUID requestId, String summary) {
        return Envelope.create(Sources.country(Countries.MY), Countries.MY, UUID.randomUUID(), Malaysia.transmitted(exchange, requestId,
                "MY-2026-000314", AssistanceType.TAKING_EVIDENCE, summary)).deliveredTo("TH-CA-OAG");
    }
}
