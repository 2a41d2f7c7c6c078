package org.counterpart.mla.thread;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.counterpart.events.MessageKind;

/**
 * What an authority writes into the thread; {@code kind} defaults to a plain message. Files uploaded to
 * the request beforehand go with it by {@code attachmentIds}.
 */
public record NewMessage(
        MessageKind kind,
        @NotBlank @Size(max = 20000) String body,
        UUID inReplyTo,
        @Size(max = 50) List<UUID> attachmentIds) {
}
