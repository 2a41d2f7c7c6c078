package org.counterpart.mla;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Envelope;
import org.counterpart.events.KafkaWire;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.RequestEvent;
import org.counterpart.events.RequestTransmitted;
import org.counterpart.events.Topics;
import org.counterpart.events.Urgency;
import org.counterpart.network.KafkaProbe;

/** Plays Malaysia's service and the hub for the Thai instance under test: writes what routing would deliver to TH. */
public final class Malaysia {

    public static final URI SOURCE = URI.create("/counterpart/mla-request/MY");
    public static final Duration BOUND = Duration.ofSeconds(30);

    private Malaysia() {
    }

    /** A message from Malaysia as routing delivers it to Thailand's central authority. */
    public static Envelope message(RequestEvent payload) {
        return Envelope.create(SOURCE, "MY", UUID.randomUUID(), payload).deliveredTo("TH-CA-OAG");
    }

    public static Envelope send(String exchange, RequestEvent payload) {
        Envelope envelope = message(payload);
        KafkaProbe.admin(exchange).sendSigned(KafkaWire.toRecord(Topics.inbound("TH"), envelope));
        return envelope;
    }

    /** A request Malaysia sent to Thailand, once Thailand's service has stored it. */
    public static UUID incomingRequest(String exchange) {
        UUID requestId = UUID.randomUUID();
        send(exchange, new RequestTransmitted(requestId, "MY-2026-000042", "MY", "TH",
                AssistanceType.TAKING_EVIDENCE, LegalBasis.ASEAN_MLAT, "Trafficking in persons",
                "Witnesses in Chiang Mai.", Urgency.ROUTINE, Instant.now().truncatedTo(ChronoUnit.MILLIS), null));
        await().atMost(BOUND).untilAsserted(() -> given().auth().oauth2(Drafts.TH_AUTHORITY)
                .get("/requests/{id}", requestId).then().statusCode(200));
        return requestId;
    }
}
