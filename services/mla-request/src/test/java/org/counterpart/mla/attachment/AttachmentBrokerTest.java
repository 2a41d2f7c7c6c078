package org.counterpart.mla.attachment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.counterpart.events.AttachmentManifestEntry;
import org.counterpart.events.EventType;
import org.counterpart.events.KafkaWire;
import org.counterpart.events.MessageContent;
import org.counterpart.events.MessageKind;
import org.counterpart.events.MessagePosted;
import org.counterpart.events.Topics;
import org.counterpart.events.sealing.FileSeal;
import org.counterpart.mla.Drafts;
import org.counterpart.mla.Malaysia;
import org.counterpart.network.Countries;
import org.counterpart.network.KafkaProbe;
import org.counterpart.network.TestInfrastructure;
import org.counterpart.network.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Files of a request: streamed upload with its digest, the limits, the manifest that travels with a
 * thread message, the hub's collection point, and the receiver's digest check. The hub's file exchange
 * is played by WireMock; tests allow 1 MiB to MY.
 */
@QuarkusTest
class AttachmentBrokerTest {

    private static final String HUB = TestTokens.serviceToken("routing", "hub");
    private static final byte[] PDF = "%PDF-1.7 court order of the Criminal Court, Bangkok".getBytes(StandardCharsets.UTF_8);

    @ConfigProperty(name = TestInfrastructure.EXCHANGE_SECRETS)
    String exchange;

    @OidcWireMock
    WireMockServer hubExchange;

    @jakarta.inject.Inject
    AttachmentConfig config;

    @Test
    void uploadIsStoredWithItsDigestAndDownloadsIdentically() {
        String id = Drafts.transmittedRequest();
        String attachment = upload(id, "court-order.pdf", "application/pdf", PDF).statusCode(201)
                .body("sha256", equalTo(sha256(PDF)))
                .body("sizeBytes", equalTo(PDF.length))
                .body("state", equalTo("STORED"))
                .body("origin", equalTo("UPLOADED"))
                .extract().path("id");

        byte[] downloaded = given().auth().oauth2(Drafts.TH_PROSECUTOR)
                .get("/requests/{id}/attachments/{a}/content", id, attachment).then().statusCode(200)
                .contentType("application/pdf")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256(PDF))) + ":")
                .extract().asByteArray();
        assertArrayEquals(PDF, downloaded);
    }

    @Test
    void wrongTypeTooLargeOrUnnamedUploadsAreRefusedAndNothingIsKept() {
        String id = Drafts.transmittedRequest();
        upload(id, "tool.exe", "application/x-msdownload", PDF).statusCode(415)
                .contentType("application/problem+json").body("errors[0].field", equalTo("Content-Type"));
        upload(id, "video.mp4", "video/mp4", new byte[1024 * 1024 + 1]).statusCode(413)
                .contentType("application/problem+json").body("limitBytes", equalTo(1048576))
                .body("detail", containsString("MY"));
        upload(id, "../../etc/passwd", "text/plain", PDF).statusCode(400).body("errors[0].field", equalTo("filename"));
        given().auth().oauth2(Drafts.TH_PROSECUTOR).get("/requests/{id}/attachments", id).then().body("", hasSize(0));
        try (var partial = java.nio.file.Files.list(config.directory().resolve("incoming"))) {
            assertEquals(0, partial.count(), "a refused upload left a partial file in the store");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        upload(id, "video.mp4", "video/mp4", new byte[1024 * 1024]).statusCode(201);
    }

    @Test
    void manifestTravelsWithTheMessageAndTheHubCanCollectOnlyWhatWasSent() throws IOException {
        String id = Drafts.transmittedRequest();
        String sent = upload(id, "translation.pdf", "application/pdf", PDF).extract().path("id");
        String kept = upload(id, "draft-notes.txt", "text/plain", "not for sending".getBytes(StandardCharsets.UTF_8))
                .extract().path("id");
        given().auth().oauth2(Drafts.TH_AUTHORITY).contentType(ContentType.JSON)
                .body(Map.of("body", "Certified translation attached.", "attachmentIds", List.of(sent)))
                .post("/requests/{id}/messages", id).then().statusCode(201)
                .body("attachments[0].id", equalTo(sent));

        MessagePosted posted = KafkaProbe.admin(exchange).await(Topics.outbound(Countries.TH),
                        r -> id.equals(r.key()) && KafkaWire.fromRecord(r).type() == EventType.MESSAGE_POSTED, Malaysia.BOUND)
                .map(r -> KafkaWire.fromRecord(r).dataAs(MessagePosted.class))
                .orElseThrow(() -> new AssertionError("message never published"));
        assertEquals(List.of(new AttachmentManifestEntry(UUID.fromString(sent), "application/pdf", PDF.length)),
                posted.attachments(), "the hub learns the file's type and size, nothing else");
        MessageContent.AttachedFile file = Malaysia.opened(exchange, posted.content(), MessageContent.class,
                posted.requestId()).files().get(0);
        assertEquals(List.of(UUID.fromString(sent), "translation.pdf", sha256(PDF)),
                List.of(file.attachmentId(), file.filename(), file.sha256()));

        given().auth().oauth2(Drafts.TH_AUTHORITY).contentType(ContentType.JSON)
                .body(Map.of("body", "Again?", "attachmentIds", List.of(sent)))
                .post("/requests/{id}/messages", id).then().statusCode(400)
                .body("errors[0].field", equalTo("attachmentIds[0]"));

        byte[] collected = given().auth().oauth2(HUB).queryParam("requestId", id)
                .get("/exchange/attachments/{a}", sent).then().statusCode(200).extract().asByteArray();
        assertFalse(new String(collected, StandardCharsets.ISO_8859_1).contains("%PDF"), "the hub collects ciphertext");
        try (InputStream opened = FileSeal.opening(new ByteArrayInputStream(collected),
                Base64.getDecoder().decode(file.fileKey()), UUID.fromString(sent))) {
            assertArrayEquals(PDF, opened.readAllBytes(), "Malaysia opens exactly the file that was uploaded");
        }
        given().auth().oauth2(HUB).queryParam("requestId", id).get("/exchange/attachments/{a}", kept)
                .then().statusCode(404);
        given().auth().oauth2(HUB).queryParam("requestId", UUID.randomUUID()).get("/exchange/attachments/{a}", sent)
                .then().statusCode(404);
        given().auth().oauth2(Drafts.TH_AUTHORITY).queryParam("requestId", id).get("/exchange/attachments/{a}", sent)
                .then().statusCode(403);
        // The hub's role held by another client (a leaked role mapping, a misconfigured client) is not the hub.
        given().auth().oauth2(TestTokens.serviceToken("mla-request-MY", "hub")).queryParam("requestId", id)
                .get("/exchange/attachments/{a}", sent).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void receivedFilesAreFetchedThroughTheHubAndKeptOnlyWhenTheDigestMatches() throws IOException {
        UUID requestId = Malaysia.incomingRequest(exchange);
        byte[] genuine = "statement of witness A".getBytes(StandardCharsets.UTF_8);
        UUID good = UUID.randomUUID();
        UUID tampered = UUID.randomUUID();
        byte[] goodKey = FileSeal.newKey();
        byte[] tamperedKey = FileSeal.newKey();
        serve(requestId, good, sealed(genuine, goodKey, good));
        byte[] original = "statement of witness B".getBytes(StandardCharsets.UTF_8);
        // Sealed with the right key by someone who had it: it opens, but is not the file Malaysia announced.
        serve(requestId, tampered, sealed("statement of witness X".getBytes(StandardCharsets.UTF_8), tamperedKey, tampered));
        UUID messageId = UUID.randomUUID();
        Malaysia.send(exchange, Malaysia.posted(exchange, requestId, messageId, MessageKind.MESSAGE, null,
                "Two statements attached.", List.of(new AttachmentManifestEntry(good, "text/plain", genuine.length),
                        new AttachmentManifestEntry(tampered, "text/plain", original.length)),
                List.of(new MessageContent.AttachedFile(good, "witness-a.txt", sha256(genuine), base64(goodKey)),
                        new MessageContent.AttachedFile(tampered, "witness-b.txt", sha256(original), base64(tamperedKey)))));

        await().atMost(Malaysia.BOUND).untilAsserted(() -> given().auth().oauth2(Drafts.TH_AUTHORITY)
                .get("/requests/{id}/messages/{m}", requestId, messageId).then().statusCode(200)
                .body("attachments.find { it.id == '" + good + "' }.state", equalTo("STORED"))
                .body("attachments.find { it.id == '" + tampered + "' }.state", equalTo("DIGEST_MISMATCH")));

        assertArrayEquals(genuine, given().auth().oauth2(Drafts.TH_AUTHORITY)
                .get("/requests/{id}/attachments/{a}/content", requestId, good).then().statusCode(200)
                .extract().asByteArray());
        given().auth().oauth2(Drafts.TH_AUTHORITY).get("/requests/{id}/attachments/{a}/content", requestId, tampered)
                .then().statusCode(409).body("detail", containsString("SHA-256"));
        hubExchange.verify(getRequestedFor(urlPathEqualTo(exchangePath(requestId, good)))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void aManifestAnnouncingWhatThisCountryDoesNotAcceptIsRefusedWhole() {
        UUID requestId = Malaysia.incomingRequest(exchange);
        UUID attachmentId = UUID.randomUUID();
        org.counterpart.events.Envelope posted = Malaysia.send(exchange, Malaysia.posted(exchange, requestId,
                UUID.randomUUID(), MessageKind.MESSAGE, null, "Open this.",
                List.of(new AttachmentManifestEntry(attachmentId, "text/html", 10)),
                List.of(new MessageContent.AttachedFile(attachmentId, "invoice.html",
                        sha256("<script/>".getBytes(StandardCharsets.UTF_8)), base64(FileSeal.newKey())))));

        org.counterpart.events.TransportReceipt refusal = KafkaProbe.admin(exchange).await(Topics.outbound(Countries.TH),
                        r -> r.key().equals(requestId.toString()) && new String(r.value(), StandardCharsets.UTF_8)
                                .contains(posted.id()) && KafkaWire.fromRecord(r).type() == EventType.TRANSPORT_RECEIPT,
                        Malaysia.BOUND)
                .map(r -> KafkaWire.fromRecord(r).dataAs(org.counterpart.events.TransportReceipt.class))
                .orElseThrow(() -> new AssertionError("no receipt for the refused message"));
        assertEquals(org.counterpart.events.TransportReceipt.Evidence.NON_RETRIEVAL, refusal.evidence());
        org.hamcrest.MatcherAssert.assertThat(refusal.reason(), containsString("'text/html' is not accepted"));
        given().auth().oauth2(Drafts.TH_AUTHORITY).get("/requests/{id}/messages", requestId).then().body("", hasSize(0));
    }

    private void serve(UUID requestId, UUID attachmentId, byte[] content) {
        hubExchange.stubFor(get(urlPathEqualTo(exchangePath(requestId, attachmentId)))
                .willReturn(aResponse().withHeader("Content-Type", "text/plain").withBody(content)));
    }

    private static byte[] sealed(byte[] content, byte[] key, UUID attachmentId) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream sealing = FileSeal.sealing(out, key, attachmentId)) {
            sealing.write(content);
        }
        return out.toByteArray();
    }

    private static String base64(byte[] key) {
        return Base64.getEncoder().encodeToString(key);
    }

    private static String exchangePath(UUID requestId, UUID attachmentId) {
        return "/auth/exchange/requests/" + requestId + "/attachments/" + attachmentId;
    }

    private static io.restassured.response.ValidatableResponse upload(String id, String filename, String type,
            byte[] content) {
        return given().auth().oauth2(Drafts.TH_PROSECUTOR).contentType(type).queryParam("filename", filename)
                .body(content).post("/requests/{id}/attachments", id).then();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
