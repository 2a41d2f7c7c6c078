package org.counterpart.mla.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.counterpart.events.Agency;
import org.counterpart.mla.Drafts;
import org.counterpart.mla.request.MlaRequest;
import org.counterpart.network.TestTokens;
import org.counterpart.platform.security.Person;
import org.junit.jupiter.api.Test;

/** A client retrying a creating call with the same Idempotency-Key, on the real API and PostgreSQL. */
@QuarkusTest
class IdempotencyKeyTest {

    @Inject
    EntityManager entities;

    @Inject
    ObjectMapper json;

    @Test
    void aRetriedDraftReturnsTheFirstOneAndCreatesNoSecond() {
        String key = UUID.randomUUID().toString();
        long before = countRequests();
        ExtractableResponse<Response> first = createDraft(Drafts.TH_PROSECUTOR, key, Drafts.validDraft())
                .statusCode(201).header(IdempotentCalls.Created.REPLAYED, nullValue()).extract();
        ExtractableResponse<Response> retry = createDraft(Drafts.TH_PROSECUTOR, "\"" + key + "\"", Drafts.validDraft())
                .statusCode(201).header(IdempotentCalls.Created.REPLAYED, equalTo("true")).extract();
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.<String>path("requesterReference"), retry.<String>path("requesterReference"));
        assertEquals(before + 1, countRequests());
    }

    @Test
    void theSameKeyOnADifferentRequestIsRefusedAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        createDraft(Drafts.TH_PROSECUTOR, key, Drafts.validDraft()).statusCode(201);
        long before = countRequests();
        Map<String, Object> other = new HashMap<>(Drafts.validDraft());
        other.put("offence", "Forced criminality in an online scam compound");
        createDraft(Drafts.TH_PROSECUTOR, key, other).statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo(IdempotencyKey.HEADER));
        assertEquals(before, countRequests());
    }

    @Test
    void anotherCallersKeyIsTheirsAlone() {
        String key = UUID.randomUUID().toString();
        String mine = createDraft(Drafts.TH_PROSECUTOR, key, Drafts.validDraft()).statusCode(201).extract().path("id");
        String colleague = TestTokens.token("prosecutor2-th", "TH", "prosecutor");
        String theirs = createDraft(colleague, key, Drafts.validDraft()).statusCode(201)
                .header(IdempotentCalls.Created.REPLAYED, nullValue()).extract().path("id");
        assertNotEquals(mine, theirs);
    }

    @Test
    void aMalformedKeyIsRefusedByName() {
        long before = countRequests();
        createDraft(Drafts.TH_PROSECUTOR, "two words", Drafts.validDraft()).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo(IdempotencyKey.HEADER));
        assertEquals(before, countRequests());
    }

    @Test
    void retriesArrivingTogetherMakeOneDraft() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = countRequests();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> calls = IntStream.range(0, 4).<Callable<String>>mapToObj(i ->
                    () -> createDraft(Drafts.TH_PROSECUTOR, key, Drafts.validDraft()).statusCode(201).extract().path("id"))
                    .toList();
            Set<String> ids = clients.invokeAll(calls, 60, TimeUnit.SECONDS).stream().map(IdempotencyKeyTest::done)
                    .collect(Collectors.toSet());
            assertEquals(1, ids.size(), "every retry answers with the one draft: " + ids);
        } finally {
            clients.shutdownNow();
        }
        assertEquals(before + 1, countRequests());
    }

    @Test
    void aRetriedMessageAndUploadAreStoredOnce() {
        String id = Drafts.transmittedRequest();
        String key = UUID.randomUUID().toString();
        Map<String, Object> message = Map.of("body", "Could you confirm the witnesses' addresses?");
        String first = postMessage(id, key, message).statusCode(201).extract().path("id");
        String retried = postMessage(id, key, message).statusCode(201)
                .header(IdempotentCalls.Created.REPLAYED, equalTo("true")).extract().path("id");
        assertEquals(first, retried);
        given().auth().oauth2(Drafts.TH_PROSECUTOR).get("/requests/{id}/messages", id).then()
                .body("findAll { it.id == '" + first + "' }", hasSize(1));

        String uploadKey = UUID.randomUUID().toString();
        byte[] pdf = "%PDF-1.7 witness statement".getBytes(StandardCharsets.UTF_8);
        String file = upload(id, uploadKey, pdf).statusCode(201).extract().path("id");
        String again = upload(id, uploadKey, pdf).statusCode(201)
                .header(IdempotentCalls.Created.REPLAYED, equalTo("true")).extract().path("id");
        assertEquals(file, again);
        given().auth().oauth2(Drafts.TH_PROSECUTOR).get("/requests/{id}/attachments", id).then().body("", hasSize(1));
        upload(id, uploadKey, "%PDF-1.7 another statement".getBytes(StandardCharsets.UTF_8)).statusCode(422);
    }

    @Test
    void aKeyPastItsRetentionIsForgottenAndMayBeUsedAgain() {
        Duration retention = Duration.ofDays(1);
        Instant sent = Instant.now();
        IdempotencyKey key = new IdempotencyKey(UUID.randomUUID().toString());
        Person caller = person("retention-test");
        IdempotentCalls then = new IdempotentCalls(entities, InstantSource.fixed(sent), json, retention);
        IdempotentCalls dayLater = new IdempotentCalls(entities, InstantSource.fixed(sent.plus(retention).plusSeconds(1)),
                json, retention);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        assertEquals(first, once(then, key, caller, first).made());
        assertEquals(first, once(then, key, caller, second).made(), "within the retention the first call is replayed");
        assertEquals(second, once(dayLater, key, caller, second).made(), "after it the key creates again");

        IdempotencyKey stale = new IdempotencyKey(UUID.randomUUID().toString());
        once(then, stale, caller, first);
        assertTrue(QuarkusTransaction.requiringNew().call(dayLater::purgeExpired) >= 1);
        long left = QuarkusTransaction.requiringNew().call(() -> ((Number) entities
                .createNativeQuery("select count(*) from idempotency_key where key = ?1")
                .setParameter(1, stale.value()).getSingleResult()).longValue());
        assertEquals(0, left);
    }

    private static IdempotentCalls.Created<UUID> once(IdempotentCalls calls, IdempotencyKey key, Person caller, UUID made) {
        return QuarkusTransaction.requiringNew().call(() -> calls.once(key, caller, "POST /test", "same request",
                () -> made, id -> id, id -> id));
    }

    private static Person person(String name) {
        return new Person() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean hasRole(String role) {
                return false;
            }

            @Override
            public Optional<Agency> agency() {
                return Optional.empty();
            }
        };
    }

    private static String done(Future<String> call) {
        try {
            return call.get();
        } catch (Exception e) {
            throw new AssertionError("a client's call failed", e);
        }
    }

    private static ValidatableResponse createDraft(String token, String key, Map<String, Object> draft) {
        return given().auth().oauth2(token).header(IdempotencyKey.HEADER, key).contentType(ContentType.JSON).body(draft)
                .post("/requests").then();
    }

    private static ValidatableResponse postMessage(String id, String key, Map<String, Object> body) {
        return given().auth().oauth2(Drafts.TH_AUTHORITY).header(IdempotencyKey.HEADER, key).contentType(ContentType.JSON)
                .body(body).post("/requests/{id}/messages", id).then();
    }

    private static ValidatableResponse upload(String id, String key, byte[] content) {
        return given().auth().oauth2(Drafts.TH_PROSECUTOR).header(IdempotencyKey.HEADER, key)
                .contentType("application/pdf").queryParam("filename", "statement.pdf").body(content)
                .post("/requests/{id}/attachments", id).then();
    }

    private static long countRequests() {
        return QuarkusTransaction.requiringNew().call(() -> MlaRequest.count());
    }
}
