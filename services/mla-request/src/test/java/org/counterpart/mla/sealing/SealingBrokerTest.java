package org.counterpart.mla.sealing;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.counterpart.events.Envelope;
import org.counterpart.events.EventType;
import org.counterpart.events.KafkaWire;
import org.counterpart.events.MessageContent;
import org.counterpart.events.MessageKind;
import org.counterpart.events.MessagePosted;
import org.counterpart.events.RequestParticulars;
import org.counterpart.events.RequestTransmitted;
import org.counterpart.events.Topics;
import org.counterpart.events.TransportReceipt;
import org.counterpart.events.sealing.ContentSeal;
import org.counterpart.events.sealing.SealBinding;
import org.counterpart.events.sealing.SealRefusedException;
import org.counterpart.events.sealing.SealingKeyId;
import org.counterpart.events.signature.Signer;
import org.counterpart.mla.Drafts;
import org.counterpart.mla.Malaysia;
import org.counterpart.network.Countries;
import org.counterpart.network.KafkaProbe;
import org.counterpart.network.TestInfrastructure;
import org.counterpart.network.TestTokens;
import org.counterpart.network.exchange.ServiceKeys;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * What Thailand sends is sealed for the receiving country's key and nobody else's, keys come from the
 * directory only with their country's endorsement, and what Thailand can no longer open is answered
 * with a reason, not lost in an exception.
 */
@QuarkusTest
class SealingBrokerTest {

    private static final String OPERATOR_TH = TestTokens.token("operator-th", "TH", "operator");

    @ConfigProperty(name = TestInfrastructure.EXCHANGE_SECRETS)
    String exchange;

    @OidcWireMock
    WireMockServer hub;

    @Test
    void aTransmittedRequestTravelsSealedForTheRequestedCountryAlone() {
        String canary = "CANARY-VICTIM-" + UUID.randomUUID();
        Map<String, Object> draft = new HashMap<>(Drafts.validDraft());
        Map<String, Object> content = new HashMap<>(Drafts.completeContent());
        content.put("persons", List.of(Map.of("role", "VICTIM", "name", canary, "nationality", "TH"),
                Map.of("role", "WITNESS", "name", "Witness A", "location", "Johor Bahru")));
        content.put("regionOfExecution", "MY-01");
        draft.put("content", content);
        String id = Drafts.transmittedRequest(draft);

        ConsumerRecord<String, byte[]> sent = KafkaProbe.admin(exchange).await(Topics.outbound(Countries.TH), r -> id.equals(r.key())
                        && KafkaWire.fromRecord(r).type() == EventType.REQUEST_TRANSMITTED, Malaysia.BOUND)
                .orElseThrow(() -> new AssertionError("request " + id + " never left"));
        assertFalse(new String(sent.value(), StandardCharsets.UTF_8).contains(canary), "the victim's name travels sealed");
        RequestTransmitted transmitted = KafkaWire.fromRecord(sent).dataAs(RequestTransmitted.class);
        assertEquals(List.of("MY-01", "en"), List.of(transmitted.regionOfExecution(), transmitted.language()),
                "what routing needs is in clear");
        assertEquals(canary, Malaysia.opened(exchange, transmitted.particulars(), RequestParticulars.class,
                transmitted.requestId()).content().persons().get(0).name());
        assertThrows(SealRefusedException.class, () -> ContentSeal.open(transmitted.particulars(),
                RequestParticulars.class, new SealBinding(transmitted.requestId(), Countries.TH, Countries.MY),
                keys().sealingKeyOf(Signer.country(Countries.PH))), "Philippines' key does not open Malaysia's seal");
    }

    @Test
    void aRegionOfExecutionInWordsIsRefusedBecauseItWouldTravelInClear() {
        Map<String, Object> draft = new HashMap<>(Drafts.validDraft());
        Map<String, Object> content = new HashMap<>(Drafts.completeContent());
        content.put("regionOfExecution", "Johor Bahru, behind the market");
        draft.put("content", content);
        given().auth().oauth2(Drafts.TH_PROSECUTOR).contentType("application/json").body(draft).post("/requests")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("content.regionOfExecution"));
    }

    @Test
    void aKeyTheDirectoryPublishesIsUsedOnlyWithItsCountrysEndorsement() throws Exception {
        OctetKeyPair indonesia = generate(new SealingKeyId(Countries.ID, 2));
        publishAtHub("ID", indonesia, keys().sign(Signer.country(Countries.ID), jwk(indonesia)));
        OctetKeyPair forged = generate(new SealingKeyId(Countries.LA, 2));
        publishAtHub("LA", forged, keys().sign(Signer.HUB, jwk(forged)));

        assertEquals(new SealingKeyId(Countries.ID, 2), ContentSeal.keyOf(transmittedTo("ID").particulars()),
                "Indonesia's endorsed newer key is used");
        assertEquals(new SealingKeyId(Countries.LA, 1), ContentSeal.keyOf(transmittedTo("LA").particulars()),
                "a key endorsed by the hub, not by Laos, is not");
    }

    @Test
    void olderKeysStillOpenAfterRotationAndARetiredOneIsAnsweredWithAReason() {
        OctetKeyPair first = keys().sealingKeyOf(Signer.country(Countries.TH));
        String current = given().auth().oauth2(OPERATOR_TH).post("/operations/sealing-keys/rotate").then()
                .statusCode(200).body("held", hasItem(first.getKeyID())).extract().path("current");
        assertEquals(SealingKeyId.parse(first.getKeyID()).next().value(), current);

        UUID request = Malaysia.incomingRequest(exchange);
        UUID beforeRetirement = UUID.randomUUID();
        Malaysia.send(exchange, postedFor(first, request, beforeRetirement, "Sealed for the older key."));
        await().atMost(Malaysia.BOUND).untilAsserted(() -> given().auth().oauth2(Drafts.TH_AUTHORITY)
                .get("/requests/{id}/messages/{m}", request, beforeRetirement).then().statusCode(200)
                .body("body", equalTo("Sealed for the older key.")));

        given().auth().oauth2(OPERATOR_TH).delete("/operations/sealing-keys/{v}", SealingKeyId.parse(current).version())
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(OPERATOR_TH).delete("/operations/sealing-keys/{v}", SealingKeyId.parse(first.getKeyID()).version())
                .then().statusCode(200).body("held", not(hasItem(first.getKeyID())));
        Envelope late = Malaysia.send(exchange, postedFor(first, request, UUID.randomUUID(), "Sealed too late."));

        TransportReceipt refusal = KafkaWire.fromRecord(KafkaProbe.admin(exchange).await(Topics.outbound(Countries.TH),
                        r -> new String(r.value(), StandardCharsets.UTF_8).contains(late.id())
                                && KafkaWire.fromRecord(r).type() == EventType.TRANSPORT_RECEIPT, Malaysia.BOUND)
                .orElseThrow(() -> new AssertionError("no receipt for a message sealed for a retired key")))
                .dataAs(TransportReceipt.class);
        assertEquals(TransportReceipt.Evidence.NON_RETRIEVAL, refusal.evidence());
        org.hamcrest.MatcherAssert.assertThat(refusal.reason(),
                containsString("sealed for " + first.getKeyID() + ", which TH has retired; seal it again for " + current));
    }

    @Test
    void onlyThisCountrysOperatorManagesItsSealingKeys() {
        given().auth().oauth2(TestTokens.token("operator-my", "MY", "operator")).post("/operations/sealing-keys/rotate")
                .then().statusCode(403);
        given().auth().oauth2(Drafts.TH_AUTHORITY).get("/operations/sealing-keys").then().statusCode(403);
    }

    private RequestTransmitted transmittedTo(String country) {
        Map<String, Object> draft = new HashMap<>(Drafts.validDraft());
        draft.put("requestedCountry", country);
        String id = Drafts.transmittedRequest(draft);
        return KafkaWire.fromRecord(KafkaProbe.admin(exchange).await(Topics.outbound(Countries.TH), r -> id.equals(r.key())
                        && KafkaWire.fromRecord(r).type() == EventType.REQUEST_TRANSMITTED, Malaysia.BOUND)
                .orElseThrow(() -> new AssertionError("request " + id + " never left"))).dataAs(RequestTransmitted.class);
    }

    private MessagePosted postedFor(OctetKeyPair thaiKey, UUID request, UUID messageId, String body) {
        return new MessagePosted(request, messageId, Countries.MY, Countries.TH, MessageKind.MESSAGE, null, "central-authority", null,
                java.time.Instant.now(), ContentSeal.seal(new MessageContent("authority-my", body, List.of()),
                        new SealBinding(request, Countries.MY, Countries.TH), thaiKey.toPublicJWK()));
    }

    private void publishAtHub(String country, OctetKeyPair key, String endorsement) throws Exception {
        hub.stubFor(get(urlPathEqualTo("/auth/directory/sealing-keys/" + country)).willReturn(okJson(
                new ObjectMapper().writeValueAsString(Map.of("keyId", key.getKeyID(), "publicJwk",
                        key.toPublicJWK().toJSONString(), "endorsement", endorsement)))));
    }

    private static byte[] jwk(OctetKeyPair key) {
        return key.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
    }

    private static OctetKeyPair generate(SealingKeyId id) throws JOSEException {
        return new OctetKeyPairGenerator(Curve.X25519).keyID(id.value()).generate();
    }

    private ServiceKeys keys() {
        return ServiceKeys.in(Path.of(exchange).resolve("signing"));
    }
}
