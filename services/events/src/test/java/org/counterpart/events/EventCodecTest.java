package org.counterpart.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final UUID requestId = UUID.randomUUID();
    private final Envelope acknowledged = Envelope.create(URI.create("/counterpart/mla-request/MY"), Country.of("MY"),
            UUID.randomUUID(), new RequestAcknowledged(requestId, Country.of("TH"), Country.of("MY"), "AGC-1", Instant.parse("2026-11-03T01:00:00Z")));

    @Test
    void kafkaRecordIsKeyedByRequestAndRoundTrips() {
        ProducerRecord<String, byte[]> produced = KafkaWire.toRecord(Topics.outbound(Country.of("MY")), acknowledged);

        assertEquals(requestId.toString(), produced.key());
        assertEquals("counterpart.outbound.MY", produced.topic());
        ConsumerRecord<String, byte[]> consumed = new ConsumerRecord<>(produced.topic(), 0, 0, produced.key(), produced.value());
        produced.headers().forEach(h -> consumed.headers().add(h));
        assertEquals(acknowledged, KafkaWire.fromRecord(consumed));
    }

    @Test
    void storedBytesAreSentExactlyAsTheCloudEventsWriterWouldSendThem() {
        ProducerRecord<String, byte[]> written = KafkaWire.toRecord(Topics.outbound(Country.of("MY")), acknowledged);
        ProducerRecord<String, byte[]> stored = KafkaWire.toRecord(Topics.outbound(Country.of("MY")), requestId.toString(),
                EventCodec.serialize(acknowledged), null, null);

        assertEquals(written.headers(), stored.headers());
        ConsumerRecord<String, byte[]> consumed = new ConsumerRecord<>(stored.topic(), 0, 0, stored.key(), stored.value());
        stored.headers().forEach(h -> consumed.headers().add(h));
        assertEquals(acknowledged, KafkaWire.fromRecord(consumed));
    }

    @Test
    void recordWhoseKeyIsNotTheRequestIsRejected() {
        ProducerRecord<String, byte[]> produced = KafkaWire.toRecord(Topics.outbound(Country.of("MY")), acknowledged);
        ConsumerRecord<String, byte[]> consumed = new ConsumerRecord<>(produced.topic(), 0, 0, "another", produced.value());
        produced.headers().forEach(h -> consumed.headers().add(h));

        InvalidEventException error = assertThrows(InvalidEventException.class, () -> KafkaWire.fromRecord(consumed));
        assertTrue(error.getMessage().contains("is not the request id"), error.getMessage());
    }

    @Test
    void garbageIsAnInvalidEventNotACrash() {
        InvalidEventException error = assertThrows(InvalidEventException.class,
                () -> EventCodec.deserialize("{not json".getBytes(StandardCharsets.UTF_8)));
        assertTrue(error.getMessage().startsWith("not a structured CloudEvents JSON document"), error.getMessage());
    }

    @Test
    void unknownTypeIsRejectedByName() throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(EventCodec.serialize(acknowledged));
        event.put("type", "org.counterpart.request.teleported");

        InvalidEventException error = assertThrows(InvalidEventException.class,
                () -> EventCodec.deserialize(JSON.writeValueAsBytes(event)));
        assertEquals("unknown event type org.counterpart.request.teleported", error.getMessage());
    }

    @Test
    void unsupportedVersionIsRejectedRatherThanMisread() throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(EventCodec.serialize(acknowledged));
        event.put("eventversion", 2);

        InvalidEventException error = assertThrows(InvalidEventException.class,
                () -> EventCodec.deserialize(JSON.writeValueAsBytes(event)));
        assertTrue(error.getMessage().contains("version 2 is not supported"), error.getMessage());
    }

    @Test
    void payloadMissingAFieldNamesIt() throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(EventCodec.serialize(acknowledged));
        ((ObjectNode) event.get("data")).remove("counterpartReference");

        InvalidEventException error = assertThrows(InvalidEventException.class,
                () -> EventCodec.deserialize(JSON.writeValueAsBytes(event)));
        assertTrue(error.getMessage().endsWith("lacks 'counterpartReference'"), error.getMessage());
    }

    @Test
    void envelopeRefusesAPayloadOfAnotherRequest() {
        RequestAcknowledged other = new RequestAcknowledged(UUID.randomUUID(), Country.of("TH"), Country.of("MY"), "AGC-1", Instant.now());
        assertThrows(IllegalArgumentException.class, () -> new Envelope("id", EventType.REQUEST_ACKNOWLEDGED,
                URI.create("/x"), Instant.now(), Country.of("MY"), requestId, UUID.randomUUID(), null, other));
    }

    @Test
    void deliveryStampsTheContactPointBesideTheSignedBytes() {
        byte[] signedBytes = EventCodec.serialize(acknowledged);
        ProducerRecord<String, byte[]> relayed = KafkaWire.toRecord(Topics.inbound(Country.of("TH")), acknowledged.requestId().toString(),
                signedBytes, "a.b.c", "TH-CA-OAG");
        assertArrayEquals(signedBytes, relayed.value());
        Envelope delivered = KafkaWire.fromRecord(new ConsumerRecord<>(relayed.topic(), 0, 0, 0L,
                org.apache.kafka.common.record.TimestampType.CREATE_TIME, 0, 0, relayed.key(), relayed.value(),
                relayed.headers(), java.util.Optional.empty()));
        assertEquals(acknowledged.id(), delivered.id());
        assertEquals(acknowledged.time(), delivered.time());
        assertEquals("TH-CA-OAG", delivered.contactPoint());
    }
}
