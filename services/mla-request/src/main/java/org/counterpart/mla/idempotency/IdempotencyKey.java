package org.counterpart.mla.idempotency;

import java.util.regex.Pattern;
import org.counterpart.platform.problem.ProblemException;

/**
 * A client's {@code Idempotency-Key} on a creating call (IETF draft-ietf-httpapi-idempotency-key-header):
 * a client that timed out and sends the call again with the same key gets what its first call created,
 * not a second one. Sent as the draft's quoted string or bare, as most clients do.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";

    private static final Pattern WELL_FORMED = Pattern.compile("[\\x21\\x23-\\x7E]{1,255}");

    /** The key of the header, or null when the client sent none; a 400 problem when it is malformed. */
    public static IdempotencyKey of(String header) {
        if (header == null) {
            return null;
        }
        String key = header.length() >= 2 && header.startsWith("\"") && header.endsWith("\"")
                ? header.substring(1, header.length() - 1) : header;
        if (!WELL_FORMED.matcher(key).matches()) {
            throw ProblemException.invalid(HEADER, "must be 1 to 255 visible ASCII characters, such as a UUID");
        }
        return new IdempotencyKey(key);
    }
}
