package org.counterpart.routing.relay;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.counterpart.events.ActionParticulars;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Country;
import org.counterpart.events.Envelope;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.RequestParticulars;
import org.counterpart.events.RequestTransmitted;
import org.counterpart.events.Urgency;
import org.counterpart.events.sealing.ContentSeal;
import org.counterpart.events.sealing.SealBinding;
import org.counterpart.events.sealing.Sealed;
import org.counterpart.events.sealing.SealingKeyId;
import org.counterpart.events.workflow.CooperationKind;

/** Messages a country's service would write on its outbound topic, for the hub's tests. */
public final class RelayTestMessages {

    public static final Duration BOUND = Duration.ofSeconds(30);

    private RelayTestMessages() {
    }

    public static Envelope transmitted(String from, String to, AssistanceType measure) {
        return transmitted(from, to, measure, UUID.randomUUID());
    }

    public static Envelope transmitted(String from, String to, AssistanceType measure, UUID requestId) {
        return transmitted(from, to, measure, requestId, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    /** Transmitted at {@code transmittedAt} by the sender's clock, which may be wrong. */
    public static Envelope transmitted(String from, String to, AssistanceType measure, UUID requestId, Instant transmittedAt) {
        return Envelope.create(URI.create("/counterpart/mla-request/" + from), Country.of(from), UUID.randomUUID(),
                new RequestTransmitted(requestId, from + "-2026-000001", Country.of(from), Country.of(to), CooperationKind.MLA, measure, LegalBasis.ASEAN_MLAT, null,
                        Urgency.ROUTINE, null, "en", null, null, null, null, null, transmittedAt,
                        sealed(from, to, requestId, new RequestParticulars("Trafficking in persons", "Summary of facts.", null))));
    }

    /** An action's words as the acting country seals them; the hub relays them without a key to open them. */
    public static Sealed<ActionParticulars> note(String from, String to, UUID requestId, String note) {
        return sealed(from, to, requestId, new ActionParticulars(note, null, null, null, null));
    }

    /** Content sealed for {@code to} with a key only that country's service (not played here) would hold. */
    public static <T> Sealed<T> sealed(String from, String to, UUID requestId, T content) {
        try {
            return ContentSeal.seal(content, new SealBinding(requestId, Country.of(from), Country.of(to)),
                    new OctetKeyPairGenerator(Curve.X25519).keyID(new SealingKeyId(Country.of(to), 1).value()).generate().toPublicJWK());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
