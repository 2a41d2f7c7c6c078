package org.counterpart.routing.exchange;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Envelope;
import org.counterpart.events.KafkaWire;
import org.counterpart.events.Topics;
import org.counterpart.network.Countries;
import org.counterpart.network.KafkaProbe;
import org.counterpart.network.TestInfrastructure;
import org.counterpart.network.TestTokens;
import org.counterpart.routing.relay.RelayTestMessages;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The hub's file exchange: a party's service gets the file from the other party, anyone else learns
 * nothing. WireMock plays Thailand's service ({@code counterpart.exchange.countries.TH}).
 */
@QuarkusTest
class AttachmentExchangeTest {

    private static final String MY_SERVICE = serviceOf("MY");
    private static final String PH_SERVICE = serviceOf("PH");

    @ConfigProperty(name = TestInfrastructure.EXCHANGE_SECRETS)
    String exchange;

    @OidcWireMock
    WireMockServer thailand;

    @Test
    void requestedCountryGetsTheFileTheRequesterSentWithTheHubsOwnToken() {
        Envelope transmitted = RelayTestMessages.transmitted("TH", "MY", AssistanceType.TAKING_EVIDENCE);
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.TH), transmitted));
        kafka.await(Topics.inbound(Countries.MY), r -> transmitted.requestId().toString().equals(r.key()), RelayTestMessages.BOUND)
                .orElseThrow(() -> new AssertionError("request never routed"));
        UUID attachment = UUID.randomUUID();
        byte[] pdf = "%PDF-1.7 court order".getBytes(StandardCharsets.UTF_8);
        thailand.stubFor(get(urlPathEqualTo("/auth/th/exchange/attachments/" + attachment))
                .willReturn(aResponse().withHeader("Content-Type", "application/pdf").withBody(pdf)));

        byte[] received = given().auth().oauth2(MY_SERVICE)
                .get("/exchange/requests/{r}/attachments/{a}", transmitted.requestId(), attachment)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();

        assertArrayEquals(pdf, received);
        thailand.verify(getRequestedFor(urlPathEqualTo("/auth/th/exchange/attachments/" + attachment))
                .withQueryParam("requestId", matching(transmitted.requestId().toString()))
                .withHeader("Authorization", matching("Bearer .+")));

        given().auth().oauth2(PH_SERVICE).get("/exchange/requests/{r}/attachments/{a}", transmitted.requestId(), attachment)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("authority-my", "MY", "central-authority"))
                .get("/exchange/requests/{r}/attachments/{a}", transmitted.requestId(), attachment).then().statusCode(403);
        given().auth().oauth2(MY_SERVICE).get("/exchange/requests/{r}/attachments/{a}", UUID.randomUUID(), attachment)
                .then().statusCode(404);
        // Thailand does not know this file (WireMock answers 404 to anything not stubbed): 404, not a 500.
        given().auth().oauth2(MY_SERVICE).get("/exchange/requests/{r}/attachments/{a}", transmitted.requestId(),
                UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    private static String serviceOf(String country) {
        return TestTokens.token("service-account-mla-request-" + country, country, "counterpart-service");
    }
}
