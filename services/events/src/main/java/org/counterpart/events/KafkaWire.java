package org.counterpart.events;

import io.cloudevents.jackson.JsonFormat;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.counterpart.events.signature.EventSignature;

/**
 * The Kafka binding of the contract: structured-mode CloudEvents (the JSON document is the record value,
 * {@code content-type} header {@code application/cloudevents+json}) keyed by request id, so every
 * message of one request stays in order on one partition. Beside the value travel the writer's
 * signature ({@link EventSignature#HEADER}) and, on messages the hub relays, the contact point it
 * delivered them to ({@value #CONTACT_POINT_HEADER}), so the signed bytes never change on the way.
 */
public final class KafkaWire {

    public static final String CONTACT_POINT_HEADER = "counterpart-contactpoint";
    private static final String CONTENT_TYPE_HEADER = "content-type";

    private KafkaWire() {
    }

    /** {@code envelope} serialised now, unsigned, with its contact point (if any) as the hub stamps it. */
    public static ProducerRecord<String, byte[]> toRecord(String topic, Envelope envelope) {
        return toRecord(topic, envelope.requestId().toString(), EventCodec.serialize(envelope), null,
                envelope.contactPoint());
    }

    /**
     * A record for an event already serialised by {@link EventCodec#serialize}: the outbox stores those
     * bytes, and publishing them unchanged means a stored row can always be sent, whatever the code
     * version that relays it, and its signature still holds.
     */
    public static ProducerRecord<String, byte[]> toRecord(String topic, String key, byte[] structuredEvent,
            String signature, String contactPoint) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, structuredEvent);
        record.headers().add(CONTENT_TYPE_HEADER, JsonFormat.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        if (signature != null) {
            record.headers().add(EventSignature.HEADER, signature.getBytes(StandardCharsets.UTF_8));
        }
        if (contactPoint != null) {
            record.headers().add(CONTACT_POINT_HEADER, contactPoint.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    /**
     * The event the record's value holds. Structured mode only: the value is the whole event, which is
     * exactly what its writer signed; attributes in {@code ce_*} headers (binary mode) are never read,
     * so no unsigned header can change what the event says.
     */
    public static Envelope fromRecord(ConsumerRecord<String, byte[]> record) {
        String contentType = header(record, CONTENT_TYPE_HEADER);
        if (contentType != null && !contentType.startsWith(JsonFormat.CONTENT_TYPE)) {
            throw new InvalidEventException("content-type " + contentType + " is not " + JsonFormat.CONTENT_TYPE);
        }
        Envelope envelope = EventCodec.deserialize(record.value());
        if (!envelope.requestId().toString().equals(record.key())) {
            throw new InvalidEventException("record key " + record.key() + " is not the request id "
                    + envelope.requestId());
        }
        String contactPoint = header(record, CONTACT_POINT_HEADER);
        return contactPoint == null ? envelope : envelope.deliveredTo(contactPoint);
    }

    /** The writer's signature, or null when the record carries none. */
    public static String signatureOf(ConsumerRecord<String, byte[]> record) {
        return header(record, EventSignature.HEADER);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
