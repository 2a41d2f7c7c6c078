package org.counterpart.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * What the service that parks a letter signs: which consumer refused it, where that consumer read it,
 * why, and a digest of the record's key, bytes and original headers. The hub's operator path replays a letter only when
 * this seal verifies with the parking service's key, so nobody on the broker can point a letter at
 * another topic or dress it up as another consumer's.
 */
public final class DeadLetterSeal {

    public static final String HEADER = "counterpart-deadletter-seal";
    private static final String PARKING_PREFIX = "counterpart-deadletter-";

    private DeadLetterSeal() {
    }

    /**
     * The sealed statement for a letter parked by {@code consumer}; {@code headers} are the record's own
     * (parking headers among them are left out).
     */
    public static byte[] statement(String consumer, String origin, String reason, String key, byte[] value,
            Iterable<Header> headers) {
        String text = String.join("\n", consumer, origin, reason, digest(key, value, headers));
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The statement a parked letter's own headers make, to check against its seal. */
    public static byte[] statementOf(ConsumerRecord<String, byte[]> letter) {
        return statement(header(letter, DeadLetters.CONSUMER), header(letter, DeadLetters.ORIGIN),
                header(letter, DeadLetters.REASON), letter.key(), letter.value(), letter.headers());
    }

    /** Whether {@code name} is one of the parking headers (added by the parker, not part of the original record). */
    public static boolean isParkingHeader(String name) {
        return name.startsWith(PARKING_PREFIX);
    }

    public static String header(ConsumerRecord<String, byte[]> letter, String name) {
        Header header = letter.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String digest(String key, byte[] value, Iterable<Header> headers) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(String.valueOf(key).getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(value == null ? new byte[0] : value);
            for (Header header : headers) {
                if (!isParkingHeader(header.key())) {
                    sha256.update((byte) 0);
                    sha256.update(header.key().getBytes(StandardCharsets.UTF_8));
                    sha256.update((byte) '=');
                    sha256.update(header.value() == null ? new byte[0] : header.value());
                }
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
