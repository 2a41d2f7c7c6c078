package org.counterpart.mla.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * This country's file store: content is streamed to disk while its SHA-256 is computed, never held in
 * memory whole, and becomes visible under its id only once complete (atomic move).
 */
@ApplicationScoped
public class AttachmentStore {

    private static final int CHUNK = 64 * 1024;

    private final Path directory;

    AttachmentStore(AttachmentConfig config) {
        this.directory = config.directory();
    }

    /** What was written: its size and digest. */
    public record Written(long sizeBytes, String sha256) {
    }

    /** Thrown, with nothing kept, when the content passes {@code maxBytes}. */
    public static final class TooLarge extends Exception {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    public Written write(UUID id, InputStream content, long maxBytes) throws TooLarge {
        Path incoming = null;
        try {
            Files.createDirectories(directory.resolve("incoming"));
            incoming = Files.createTempFile(directory.resolve("incoming"), id.toString(), ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (OutputStream out = Files.newOutputStream(incoming)) {
                byte[] buffer = new byte[CHUNK];
                for (int read; (read = content.read(buffer)) != -1; ) {
                    size += read;
                    if (size > maxBytes) {
                        throw new TooLarge();
                    }
                    sha256.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            Files.move(incoming, pathOf(id), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            incoming = null;
            return new Written(size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not store attachment " + id, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        } finally {
            if (incoming != null) {
                deleteFile(incoming);
            }
        }
    }

    public InputStream open(UUID id) {
        try {
            return Files.newInputStream(pathOf(id));
        } catch (IOException e) {
            throw new UncheckedIOException("attachment " + id + " is missing from the store", e);
        }
    }

    public void delete(UUID id) {
        deleteFile(pathOf(id));
    }

    private Path pathOf(UUID id) {
        return directory.resolve(id.toString());
    }

    private static void deleteFile(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + file, e);
        }
    }
}
