package org.counterpart.mla.console;

import io.quarkus.qute.TemplateExtension;
import org.counterpart.events.EventType;
import org.counterpart.mla.transport.TransportView;

/** What a sent message was, for its label on the transport line ({@code t.event}). */
@TemplateExtension
final class JourneyExtensions {

    private JourneyExtensions() {
    }

    static EventType event(TransportView journey) {
        return EventType.fromCeType(journey.messageType()).orElse(null);
    }
}
