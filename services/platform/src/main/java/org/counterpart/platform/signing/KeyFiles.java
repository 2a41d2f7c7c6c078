package org.counterpart.platform.signing;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.List;

/** A service's private keys on disk: a JWK Set file, readable by its owner only, never half written. */
public final class KeyFiles {

    private KeyFiles() {
    }

    public static List<JWK> read(Path file) {
        try {
            return JWKSet.load(file.toFile()).getKeys();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read keys " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("keys " + file + " are not a JWK Set", e);
        }
    }

    /** Replaces the key file in one step (a new file, owner-only, moved over the old). */
    public static void write(Path file, List<? extends JWK> keys) {
        try {
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path staged = Files.createTempFile(directory, file.getFileName().toString(), ".new",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(staged, new JWKSet(List.<JWK>copyOf(keys)).toString(false), StandardCharsets.UTF_8);
            // On disk before it replaces the old file: a crash must not leave a key that was never written.
            try (FileChannel channel = FileChannel.open(staged, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(staged, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write keys " + file, e);
        }
    }
}
