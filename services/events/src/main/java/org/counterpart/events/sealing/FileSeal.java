package org.counterpart.events.sealing;

import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * How a file's bytes are sealed on their way through the hub: streaming AES-256-GCM in 1 MiB segments
 * (Tink's AES-GCM-HKDF streaming AEAD), with a fresh key per file that itself travels only inside the
 * sealed thread message. The file never has to fit in memory, each segment is authenticated, and the
 * attachment's id is bound in as associated data so one file's bytes cannot pass for another's.
 */
public final class FileSeal {

    public static final int KEY_BYTES = 32;
    private static final int SEGMENT_BYTES = 1 << 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private FileSeal() {
    }

    public static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    /** Whatever is written to the returned stream reaches {@code ciphertext} sealed; close it to finish. */
    public static OutputStream sealing(OutputStream ciphertext, byte[] key, UUID attachmentId) throws IOException {
        try {
            return aead(key).newEncryptingStream(ciphertext, associated(attachmentId));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal file " + attachmentId, e);
        }
    }

    /** Reads {@code ciphertext} opened; a segment that was altered fails the read with an {@link IOException}. */
    public static InputStream opening(InputStream ciphertext, byte[] key, UUID attachmentId) throws IOException {
        try {
            return aead(key).newDecryptingStream(ciphertext, associated(attachmentId));
        } catch (GeneralSecurityException e) {
            throw new SealRefusedException("cannot open file " + attachmentId + ": " + e.getMessage(), e);
        }
    }

    private static StreamingAead aead(byte[] key) throws GeneralSecurityException {
        if (key == null || key.length != KEY_BYTES) {
            throw new SealRefusedException("a file key is " + KEY_BYTES + " bytes");
        }
        return new AesGcmHkdfStreaming(key, "HmacSha256", KEY_BYTES, SEGMENT_BYTES, 0);
    }

    private static byte[] associated(UUID attachmentId) {
        return attachmentId.toString().getBytes(StandardCharsets.UTF_8);
    }
}
