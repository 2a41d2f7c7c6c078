package org.counterpart.events.sealing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Country;
import org.counterpart.events.Envelope;
import org.counterpart.events.EventCodec;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.MessageContent;
import org.counterpart.events.RequestParticulars;
import org.counterpart.events.RequestTransmitted;
import org.counterpart.events.Urgency;
import org.counterpart.events.workflow.CooperationKind;
import org.junit.jupiter.api.Test;

/** Sealed for Malaysia, opened by Malaysia only, and only as what it was sealed as. */
class ContentSealTest {

    private static final String CANARY = "CANARY-VICTIM-" + UUID.randomUUID();
    private static final UUID REQUEST = UUID.randomUUID();
    private static final SealBinding TH_TO_MY = new SealBinding(REQUEST, Country.of("TH"), Country.of("MY"));

    private final OctetKeyPair malaysia = key("MY/seal/1");
    private final RequestParticulars particulars = new RequestParticulars("Trafficking in persons",
            "Witness " + CANARY + " was held in a compound.", null);

    @Test
    void whatIsSealedForMalaysiaOpensWithMalaysiasKeyOnly() {
        Sealed<RequestParticulars> sealed = ContentSeal.seal(particulars, TH_TO_MY, malaysia.toPublicJWK());

        assertEquals(new SealingKeyId(Country.of("MY"), 1), ContentSeal.keyOf(sealed));
        assertEquals(particulars, ContentSeal.open(sealed, RequestParticulars.class, TH_TO_MY, malaysia));
        SealRefusedException refused = assertThrows(SealRefusedException.class,
                () -> ContentSeal.open(sealed, RequestParticulars.class, TH_TO_MY, key("MY/seal/1")));
        assertTrue(refused.getMessage().contains("does not open with MY/seal/1"), refused.getMessage());
    }

    @Test
    void theSerialisedEventCarriesNoWordOfTheSealedContent() {
        RequestTransmitted transmitted = new RequestTransmitted(REQUEST, "TH-2026-000001", Country.of("TH"), Country.of("MY"), CooperationKind.MLA,
                AssistanceType.TAKING_EVIDENCE, LegalBasis.ASEAN_MLAT, null, Urgency.ROUTINE, null, "en", "MY-01", null, null, null, null,
                Instant.parse("2026-12-01T00:00:00Z"), ContentSeal.seal(particulars, TH_TO_MY, malaysia.toPublicJWK()));
        byte[] wire = EventCodec.serialize(Envelope.create(URI.create("/counterpart/mla-request/TH"), Country.of("TH"), UUID.randomUUID(),
                transmitted));

        String text = new String(wire, StandardCharsets.UTF_8);
        assertFalse(text.contains(CANARY), "the canary travels sealed");
        assertFalse(text.contains("compound"), "the facts travel sealed");
        RequestTransmitted read = EventCodec.deserialize(wire).dataAs(RequestTransmitted.class);
        assertEquals(particulars, ContentSeal.open(read.particulars(), RequestParticulars.class, TH_TO_MY, malaysia));
    }

    @Test
    void aSealOpensOnlyForTheRequestCountriesAndKindItWasMadeFor() {
        Sealed<RequestParticulars> sealed = ContentSeal.seal(particulars, TH_TO_MY, malaysia.toPublicJWK());

        assertThrows(SealRefusedException.class, () -> ContentSeal.open(sealed, RequestParticulars.class,
                new SealBinding(UUID.randomUUID(), Country.of("TH"), Country.of("MY")), malaysia));
        assertThrows(SealRefusedException.class, () -> ContentSeal.open(sealed, RequestParticulars.class,
                new SealBinding(REQUEST, Country.of("PH"), Country.of("MY")), malaysia));
        @SuppressWarnings({"unchecked", "rawtypes"})
        Sealed<MessageContent> asMessage = (Sealed) sealed;
        SealRefusedException refused = assertThrows(SealRefusedException.class,
                () -> ContentSeal.open(asMessage, MessageContent.class, TH_TO_MY, malaysia));
        assertTrue(refused.getMessage().contains("sealed for RequestParticulars"), refused.getMessage());
    }

    @Test
    void aTamperedCiphertextIsRefused() {
        String jwe = ContentSeal.seal(new MessageContent("authority-th", "Body " + CANARY, List.of()), TH_TO_MY,
                malaysia.toPublicJWK()).jwe();
        String[] parts = jwe.split("\\.");
        char first = parts[3].charAt(0);
        parts[3] = (first == 'A' ? 'B' : 'A') + parts[3].substring(1);
        Sealed<MessageContent> tampered = Sealed.of(String.join(".", parts));

        assertThrows(SealRefusedException.class, () -> ContentSeal.open(tampered, MessageContent.class, TH_TO_MY, malaysia));
    }

    /** The reason a refusal gives travels back in clear, so it never quotes what was sealed. */
    @Test
    void sealedContentThatIsNotWhatItClaimsIsRefusedWithoutQuotingIt() {
        Sealed<Forged.RequestParticulars> forged = ContentSeal.seal(new Forged.RequestParticulars("Trafficking", "Facts",
                Map.of("wantedBy", CANARY)), TH_TO_MY, malaysia.toPublicJWK());
        @SuppressWarnings({"unchecked", "rawtypes"})
        Sealed<RequestParticulars> claimed = (Sealed) forged;

        SealRefusedException refused = assertThrows(SealRefusedException.class,
                () -> ContentSeal.open(claimed, RequestParticulars.class, TH_TO_MY, malaysia));
        assertEquals("the sealed content is not a RequestParticulars", refused.getMessage());
    }

    /** Something a sender could seal under the name of the real thing. */
    static final class Forged {
        record RequestParticulars(String offence, String summaryOfFacts, Map<String, String> content) {
        }
    }

    @Test
    void contentForOneCountryCannotBeSealedWithAnotherCountrysKey() {
        assertThrows(IllegalArgumentException.class,
                () -> ContentSeal.seal(particulars, new SealBinding(REQUEST, Country.of("TH"), Country.of("PH")), malaysia.toPublicJWK()));
    }

    static OctetKeyPair key(String kid) {
        try {
            return new OctetKeyPairGenerator(Curve.X25519).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
