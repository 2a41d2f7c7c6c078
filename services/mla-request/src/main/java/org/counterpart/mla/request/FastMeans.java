package org.counterpart.mla.request;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Instant;

/**
 * An urgent request already sent ahead by fast means. The formal transmission through Counterpart is
 * its written confirmation, due within the configured period after {@code sentAt}.
 */
public record FastMeans(@NotNull Channel channel, @NotNull @PastOrPresent Instant sentAt) {

    public enum Channel {
        TELEPHONE, EMAIL, FAX, INTERPOL, OTHER
    }
}
