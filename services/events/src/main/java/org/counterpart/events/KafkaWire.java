package org.counterpart.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The Kafka binding of the contract: structured-mode CloudEvents (the JSON document is the record value,
 * {@code content-type} header {@code application/cloudevents+json}) keyed by request id, so every
 * message of one request stays in order on one partition.
 */
public final class KafkaWire {

    private static final String CONTENT_TYPE_HEADER = "content-type";

    private KafkaWire() {
    }

    public static ProducerRecord<String, byte[]> toRecord(String topic, Envelope envelope) {
        return KafkaMessageFactory.createWriter(topic, envelope.requestId().toString())
                .writeStructured(EventCodec.toCloudEvent(envelope), JsonFormat.CONTENT_TYPE);
    }

    /**
     * A record for an event already serialised by {@link EventCodec#serialize}: the outbox stores those
     * bytes, and publishing them unchanged means a stored row can always be sent, whatever the code
     * version that relays it.
     */
    public static ProducerRecord<String, byte[]> toRecord(String topic, String key, byte[] structuredEvent) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, structuredEvent);
        record.headers().add(CONTENT_TYPE_HEADER, JsonFormat.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    public static Envelope fromRecord(ConsumerRecord<String, byte[]> record) {
        CloudEvent event;
        try {
            event = KafkaMessageFactory.createReader(record).toEvent();
        } catch (RuntimeException e) {
            throw new InvalidEventException("record is not a CloudEvent: " + e.getMessage(), e);
        }
        Envelope envelope = EventCodec.fromCloudEvent(event);
        if (!envelope.requestId().toString().equals(record.key())) {
            throw new InvalidEventException("record key " + record.key() + " is not the request id "
                    + envelope.requestId());
        }
        return envelope;
    }
}
