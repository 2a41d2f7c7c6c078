package org.counterpart.routing.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Country;
import org.counterpart.events.Envelope;
import org.counterpart.events.EventType;
import org.counterpart.events.KafkaWire;
import org.counterpart.events.MessageContent;
import org.counterpart.events.MessageKind;
import org.counterpart.events.MessagePosted;
import org.counterpart.events.Topics;
import org.counterpart.events.TransportReceipt;
import org.counterpart.events.TransportReceipt.Evidence;
import org.counterpart.network.Countries;
import org.counterpart.network.KafkaProbe;
import org.counterpart.network.TestInfrastructure;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The hub's transport evidence on the real broker: acceptance, delivery, rejection, and retrieval carried back. */
@QuarkusTest
class HubReceiptsBrokerTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @ConfigProperty(name = TestInfrastructure.EXCHANGE_SECRETS)
    String exchange;

    @Test
    void senderLearnsThatTheHubAcceptedAndDeliveredItsRequest() {
        Envelope transmitted = RelayTestMessages.transmitted("TH", "MY", AssistanceType.TAKING_EVIDENCE);
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.TH), transmitted));

        List<Evidence> evidence = receiptsAbout(kafka, "TH", transmitted.id(), 2).stream()
                .map(TransportReceipt::evidence).toList();
        assertEquals(List.of(Evidence.RELAY_ACCEPTANCE, Evidence.DELIVERY), evidence);
    }

    @Test
    void unroutableRequestIsARelayRejectionWithTheReason() {
        Envelope transmitted = RelayTestMessages.transmitted("TH", "AU", AssistanceType.SEARCH_AND_SEIZURE);
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.TH), transmitted));

        TransportReceipt rejection = receiptsAbout(kafka, "TH", transmitted.id(), 1).get(0);
        assertEquals(Evidence.RELAY_REJECTION, rejection.evidence());
        assertEquals("No active contact point in the directory for AU", rejection.reason());
    }

    @Test
    void threadMessageReachesTheOtherPartyAndARefusedOneIsRejectedToItsWriter() {
        Envelope transmitted = RelayTestMessages.transmitted("TH", "MY", AssistanceType.TAKING_EVIDENCE);
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.TH), transmitted));

        Envelope enquiry = posted(transmitted, "TH", "TH", "MY");
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.TH), enquiry));
        Envelope relayed = KafkaWire.fromRecord(kafka.await(Topics.inbound(Countries.MY),
                r -> new String(r.value(), StandardCharsets.UTF_8).contains(enquiry.id()), BOUND)
                .orElseThrow(() -> new AssertionError("the enquiry never reached MY")));
        assertEquals(MessageKind.STATUS_ENQUIRY, relayed.dataAs(MessagePosted.class).kind());
        assertEquals("MY-CA-AGC", relayed.contactPoint());

        Envelope outsider = posted(transmitted, "PH", "TH", "MY");
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.PH), outsider));
        TransportReceipt rejection = receiptsAbout(kafka, "PH", outsider.id(), 1).get(0);
        assertEquals(Evidence.RELAY_REJECTION, rejection.evidence());
        assertTrue(rejection.reason().contains("is not a party"), rejection.reason());
    }

    @Test
    void recipientsRetrievalReceiptIsCarriedBackToTheSender() {
        Envelope transmitted = RelayTestMessages.transmitted("TH", "MY", AssistanceType.TAKING_EVIDENCE);
        KafkaProbe kafka = KafkaProbe.admin(exchange);
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.TH), transmitted));
        receiptsAbout(kafka, "TH", transmitted.id(), 2);

        Envelope retrieval = Envelope.create(URI.create("/counterpart/mla-request/MY"), Countries.MY,
                transmitted.correlationId(), new TransportReceipt(transmitted.requestId(), transmitted.id(),
                        EventType.REQUEST_TRANSMITTED.ceType(), Evidence.RETRIEVAL, null, now()));
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.MY), retrieval));

        List<TransportReceipt> receipts = receiptsAbout(kafka, "TH", transmitted.id(), 3);
        assertEquals(Evidence.RETRIEVAL, receipts.get(2).evidence());

        Envelope selfConfirmed = Envelope.create(URI.create("/counterpart/mla-request/TH"), Countries.TH,
                transmitted.correlationId(), new TransportReceipt(transmitted.requestId(), transmitted.id(),
                        EventType.REQUEST_TRANSMITTED.ceType(), Evidence.RETRIEVAL, null, now()));
        kafka.sendSigned(KafkaWire.toRecord(Topics.outbound(Countries.TH), selfConfirmed));
        kafka.await(Topics.DEADLETTER, r -> new String(r.value(), StandardCharsets.UTF_8).contains(selfConfirmed.id()),
                BOUND).orElseThrow(() -> new AssertionError("a sender confirming its own message was not refused"));
    }

    private static Envelope posted(Envelope about, String sender, String requesting, String requested) {
        return Envelope.create(URI.create("/counterpart/mla-request/" + sender), Country.of(sender), about.correlationId(),
                new MessagePosted(about.requestId(), UUID.randomUUID(), Country.of(requesting), Country.of(requested),
                        MessageKind.STATUS_ENQUIRY, null, "central-authority", null, now(),
                        RelayTestMessages.sealed(sender, sender.equals(requesting) ? requested : requesting, about.requestId(),
                                new MessageContent("authority-th", "Where does the request stand?", List.of()))));
    }

    private static List<TransportReceipt> receiptsAbout(KafkaProbe kafka, String country, String messageId, int count) {
        return kafka.awaitAll(Topics.inbound(Country.of(country)), r -> {
                    Envelope envelope = KafkaWire.fromRecord(r);
                    return envelope.type() == EventType.TRANSPORT_RECEIPT
                            && envelope.dataAs(TransportReceipt.class).messageId().equals(messageId);
                }, count, BOUND).stream()
                .map(r -> KafkaWire.fromRecord(r).dataAs(TransportReceipt.class))
                .toList();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
