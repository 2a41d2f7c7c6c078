package org.counterpart.routing.relay;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Envelope;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.RequestTransmitted;
import org.counterpart.events.Urgency;

/** Messages a country's service would write on its outbound topic, for the hub's tests. */
public final class RelayTestMessages {

    public static final Duration BOUND = Duration.ofSeconds(30);

    private RelayTestMessages() {
    }

    public static Envelope transmitted(String from, String to, AssistanceType measure) {
        return transmitted(from, to, measure, UUID.randomUUID());
    }

    public static Envelope transmitted(String from, String to, AssistanceType measure, UUID requestId) {
        return Envelope.create(URI.create("/counterpart/mla-request/" + from), from, UUID.randomUUID(),
                new RequestTransmitted(requestId, from + "-2026-000001", from, to, measure, LegalBasis.ASEAN_MLAT,
                        "Trafficking in persons", "Summary of facts.", Urgency.ROUTINE,
                        Instant.now().truncatedTo(ChronoUnit.MILLIS), null));
    }
}
