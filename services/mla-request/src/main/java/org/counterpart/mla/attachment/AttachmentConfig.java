package org.counterpart.mla.attachment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/** Where files are kept, what may be sent and how large, and how received files are fetched. */
@ConfigMapping(prefix = "counterpart.attachments")
public interface AttachmentConfig {

    /** This country's own store; files never leave it except when the counterpart fetches them through the hub. */
    Path directory();

    /** Largest file a counterpart accepts unless {@link #maxBytesFor()} says otherwise. */
    long maxBytes();

    /** Per requested/requesting counterpart country, e.g. {@code counterpart.attachments.max-bytes-for.MY}. */
    Map<String, Long> maxBytesFor();

    Set<String> allowedTypes();

    @WithDefault("2s")
    Duration fetchEvery();

    @WithDefault("5")
    int fetchAttempts();

    default long maxBytesFor(String counterpartCountry) {
        return maxBytesFor().getOrDefault(counterpartCountry, maxBytes());
    }
}
