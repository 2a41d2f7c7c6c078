package org.counterpart.mla.attachment;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.counterpart.events.Country;
import org.counterpart.platform.ConfigKeys;

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

    /** How often the fetcher looks for announced files (read by its {@code @Scheduled} expression). */
    Duration fetchEvery();

    /** First retry delay of a failed fetch; it doubles with each attempt, up to an hour. */
    Duration fetchRetryAfter();

    int fetchAttempts();

    /** Keys are matched without regard to case: environment variables do not keep it. */
    default long maxBytesFor(Country counterpartCountry) {
        return ConfigKeys.ignoringCase(maxBytesFor(), counterpartCountry.code()).orElse(maxBytes());
    }
}
