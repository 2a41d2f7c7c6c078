package org.counterpart.events.sealing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A file's bytes through the hub: ciphertext on the way, the same bytes out, nothing altered unnoticed. */
class FileSealTest {

    private final UUID attachment = UUID.randomUUID();
    private final byte[] key = FileSeal.newKey();
    private final byte[] file = ("Statement of CANARY-WITNESS-" + UUID.randomUUID() + "\n").repeat(50_000)
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void bytesSealedForTheFileOpenToTheSameBytes() throws IOException {
        byte[] sealed = seal(file, key, attachment);

        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("CANARY-WITNESS"));
        try (InputStream opened = FileSeal.opening(new ByteArrayInputStream(sealed), key, attachment)) {
            assertArrayEquals(file, opened.readAllBytes());
        }
    }

    @Test
    void alteredBytesAnotherFilesIdOrAnotherKeyFailTheRead() throws IOException {
        byte[] sealed = seal(file, key, attachment);
        byte[] altered = sealed.clone();
        altered[altered.length / 2] ^= 1;

        assertThrows(IOException.class, () -> readAll(altered, key, attachment));
        assertThrows(IOException.class, () -> readAll(sealed, key, UUID.randomUUID()));
        assertThrows(IOException.class, () -> readAll(sealed, FileSeal.newKey(), attachment));
    }

    private static byte[] seal(byte[] plain, byte[] key, UUID id) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream sealing = FileSeal.sealing(out, key, id)) {
            sealing.write(plain);
        }
        return out.toByteArray();
    }

    private static void readAll(byte[] sealed, byte[] key, UUID id) throws IOException {
        try (InputStream opened = FileSeal.opening(new ByteArrayInputStream(sealed), key, id)) {
            opened.readAllBytes();
        }
    }
}
