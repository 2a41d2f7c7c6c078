package org.counterpart.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.counterpart.events.Country;
import org.counterpart.network.LocalNetwork;

/**
 * A country's prosecutor and central authority filing requests over plain HTTP: draft, ready, submit,
 * transmit. The load tools use it rather than REST Assured, whose per-call cost on this 2-core machine
 * took CPU from the services it was measuring. Every creating call carries an {@code Idempotency-Key},
 * as a careful client's would, so a call retried after a timeout does not file twice.
 */
public final class FilingClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final LocalNetwork network;
    private final URI service;
    private final String prosecutorName;
    private final String authorityName;
    private final String draft;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private volatile String prosecutor;
    private volatile String authority;
    private volatile Instant tokensAt = Instant.MIN;

    public FilingClient(LocalNetwork network, Country requesting, Country requested) {
        this.network = network;
        this.service = URI.create(network.countryUrl(requesting));
        String code = requesting.code().toLowerCase();
        this.prosecutorName = "prosecutor-" + code;
        this.authorityName = "authority-" + code;
        this.draft = draftTo(requested);
    }

    /** An answer other than the one expected: the status and what the service said. */
    public static final class Refused extends RuntimeException {
        public final int status;

        Refused(String call, int status, String body) {
            super(call + " answered " + status + ": " + body);
            this.status = status;
        }
    }

    /** A new draft; its id. */
    public UUID draft() {
        return draft(UUID.randomUUID().toString());
    }

    /** A new draft under {@code idempotencyKey}; the same id when the key was used before. */
    public UUID draft(String idempotencyKey) {
        JsonNode made = call("POST", "/requests", prosecutor(), draft, idempotencyKey, 201);
        return UUID.fromString(made.get("id").asText());
    }

    /** Readied and submitted by the prosecutor: the central authority may transmit it. */
    public void readyAndSubmit(UUID id) {
        markReady(id);
        call("POST", "/requests/" + id + "/submit", prosecutor(), null, null, 200);
    }

    /** The prosecutor's action MARK_READY on the draft. */
    public void markReady(UUID id) {
        call("POST", "/requests/" + id + "/actions/MARK_READY", prosecutor(), "{}", null, 200);
    }

    /** {@code path} (a page or a list) as the prosecutor sees it, which must answer 200. */
    public void fetch(String path) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(service.resolve(path)).timeout(CALL_TIMEOUT)
                .header("Authorization", "Bearer " + prosecutor()).GET().build());
        if (answer.statusCode() != 200) {
            throw new Refused("GET " + path, answer.statusCode(), answer.body());
        }
    }

    /** Transmitted by the central authority to the requested country. */
    public void transmit(UUID id) {
        call("POST", "/requests/" + id + "/transmit", authority(), null, null, 200);
    }

    /** The request as the requesting service shows it. */
    public JsonNode view(UUID id) {
        return call("GET", "/requests/" + id, prosecutor(), null, null, 200);
    }

    private JsonNode call(String method, String path, String token, String body, String idempotencyKey, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.resolve(path)).timeout(CALL_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        HttpResponse<String> answer = send(request.build());
        if (answer.statusCode() != expected) {
            throw new Refused(method + " " + path, answer.statusCode(), answer.body());
        }
        return read(answer.body());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri().getPath(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }

    private String prosecutor() {
        freshTokens();
        return prosecutor;
    }

    private String authority() {
        freshTokens();
        return authority;
    }

    /** Signs in again well before the tokens expire, so no call meets a 401. */
    private synchronized void freshTokens() {
        if (Duration.between(tokensAt, Instant.now()).toSeconds() > 60) {
            prosecutor = token(prosecutorName);
            authority = token(authorityName);
            tokensAt = Instant.now();
        }
    }

    private String token(String user) {
        String form = "grant_type=password&client_id=counterpart-cli&username=" + user + "&password="
                + URLEncoder.encode(network.demoPassword(), StandardCharsets.UTF_8);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(network.tokenEndpoint()))
                .timeout(CALL_TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (answer.statusCode() != 200) {
            throw new Refused("sign-in of " + user, answer.statusCode(), answer.body());
        }
        return read(answer.body()).get("access_token").asText();
    }

    private static String draftTo(Country requested) {
        try {
            return JSON.writeValueAsString(Map.of("requestedCountry", requested.code(), "assistanceType", "OTHER_ASSISTANCE",
                    "legalBasis", "ASEAN_MLAT", "offence", "Trafficking in persons",
                    "summaryOfFacts", "Load request.", "urgency", "ROUTINE",
                    "content", Map.ofEntries(Map.entry("requestingAuthority", "OAG"),
                            Map.entry("investigatingAuthority", "RTP"), Map.entry("purpose", "load"),
                            Map.entry("matterStatus", "investigation"), Map.entry("maximumPenalty", "20 years"),
                            Map.entry("lawText", "s. 6"), Map.entry("actsToEstablish", "recruitment"),
                            Map.entry("language", "en"), Map.entry("translationStatus", "NOT_NEEDED"),
                            Map.entry("handlingLevel", "STANDARD"), Map.entry("otherAssistance", "load"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
