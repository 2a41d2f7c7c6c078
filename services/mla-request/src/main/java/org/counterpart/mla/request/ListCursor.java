package org.counterpart.mla.request;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.counterpart.platform.problem.ProblemException;

/**
 * Where the next page of a request list starts: after the request created at {@code createdAt} with
 * {@code id} (newest first, ties by id). Opaque to clients, who follow the {@code next} link; a request
 * created meanwhile neither shifts a page nor shows twice, as an offset would.
 */
public record ListCursor(Instant createdAt, UUID id) {

    static ListCursor after(MlaRequest request) {
        return new ListCursor(request.createdAt, request.id);
    }

    public String encoded() {
        String plain = createdAt + "/" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back, or null for the first page; a 400 problem naming {@code field} if it is not one of ours. */
    public static ListCursor of(String encoded, String field) {
        if (encoded == null) {
            return null;
        }
        return parsed(encoded).orElseThrow(() ->
                ProblemException.invalid(field, "is not a cursor this list gave; follow the next link as given"));
    }

    /** The cursor {@code encoded} stands for, if it is one of ours. */
    public static Optional<ListCursor> parsed(String encoded) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8).split("/", 2);
            return Optional.of(new ListCursor(Instant.parse(parts[0]), UUID.fromString(parts[1])));
        } catch (RuntimeException notOurs) {
            return Optional.empty();
        }
    }
}
