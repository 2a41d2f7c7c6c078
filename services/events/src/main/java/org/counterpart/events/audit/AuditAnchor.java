package org.counterpart.events.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import org.counterpart.events.Country;

/**
 * A country's statement of its audit trail's head: "my trail's entry {@code seq} has hash {@code hash}".
 * The country signs the statement's exact bytes and leaves it with the hub; from then on the country
 * cannot rewrite its trail up to that entry without the hub's copy showing it.
 */
public record AuditAnchor(Country country, long seq, String hash, Instant anchoredAt) {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public AuditAnchor {
        Objects.requireNonNull(country, "country");
        if (seq < 1) {
            throw new IllegalArgumentException("an anchor names an entry (seq 1 or later), not " + seq);
        }
        if (hash == null || Base64.getUrlDecoder().decode(hash).length != 32) {
            throw new IllegalArgumentException("an anchor's hash is a SHA-256 digest, base64url");
        }
        Objects.requireNonNull(anchoredAt, "anchoredAt");
    }

    public static AuditAnchor of(Country country, long seq, byte[] hash, Instant anchoredAt) {
        return new AuditAnchor(country, seq, Base64.getUrlEncoder().withoutPadding().encodeToString(hash), anchoredAt);
    }

    public byte[] hashBytes() {
        return Base64.getUrlDecoder().decode(hash);
    }

    public boolean names(long entry, byte[] entryHash) {
        return seq == entry && Arrays.equals(hashBytes(), entryHash);
    }

    /** The bytes the country signs, and the hub keeps as they were sent. */
    public String statement() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a statement; anything that is not exactly an anchor is refused. */
    public static AuditAnchor parse(String statement) {
        try {
            return JSON.readValue(statement.getBytes(StandardCharsets.UTF_8), AuditAnchor.class);
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalArgumentException("not an audit anchor: " + e.getMessage(), e);
        }
    }
}
