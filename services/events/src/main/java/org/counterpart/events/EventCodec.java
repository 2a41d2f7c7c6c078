package org.counterpart.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Converts between {@link Envelope} and CloudEvents 1.0 in structured JSON mode: the bytes on the wire
 * are one JSON document any CloudEvents consumer can read, and the JSON Schemas in {@code /schemas}
 * describe exactly that document.
 */
public final class EventCodec {

    public static final String SOURCE_COUNTRY = "sourcecountry";
    public static final String REQUEST_ID = "requestid";
    public static final String CORRELATION_ID = "correlationid";
    public static final String EVENT_VERSION = "eventversion";

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            // Additive payload changes must not break older consumers.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private static final EventFormat FORMAT = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    private EventCodec() {
    }

    public static CloudEvent toCloudEvent(Envelope envelope) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(envelope.id())
                .withType(envelope.type().ceType())
                .withSource(envelope.source())
                .withTime(envelope.time().atOffset(ZoneOffset.UTC))
                .withSubject(envelope.requestId().toString())
                .withDataContentType("application/json")
                .withExtension(SOURCE_COUNTRY, envelope.sourceCountry().code())
                .withExtension(REQUEST_ID, envelope.requestId().toString())
                .withExtension(CORRELATION_ID, envelope.correlationId().toString())
                .withExtension(EVENT_VERSION, envelope.type().version())
                .withData(writePayload(envelope.data()));
        return builder.build();
    }

    public static Envelope fromCloudEvent(CloudEvent event) {
        EventType type = EventType.fromCeType(event.getType())
                .orElseThrow(() -> new InvalidEventException("unknown event type " + event.getType()));
        int version = intExtension(event, EVENT_VERSION);
        if (version != type.version()) {
            throw new InvalidEventException(type.ceType() + " version " + version + " is not supported; expected "
                    + type.version());
        }
        if (event.getTime() == null) {
            throw new InvalidEventException("attribute 'time' is missing");
        }
        if (event.getData() == null) {
            throw new InvalidEventException("attribute 'data' is missing");
        }
        RequestEvent data = readPayload(event.getData().toBytes(), type);
        String sourceCountry = stringExtension(event, SOURCE_COUNTRY);
        if (!Country.isWellFormed(sourceCountry)) {
            throw new InvalidEventException("extension 'sourcecountry' is not a country code: " + sourceCountry);
        }
        try {
            return new Envelope(event.getId(), type, event.getSource(), event.getTime().toInstant(), Country.of(sourceCountry),
                    uuidExtension(event, REQUEST_ID), uuidExtension(event, CORRELATION_ID), null, data);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidEventException("inconsistent envelope: " + e.getMessage(), e);
        }
    }

    public static byte[] serialize(Envelope envelope) {
        return FORMAT.serialize(toCloudEvent(envelope));
    }

    public static Envelope deserialize(byte[] structuredJson) {
        CloudEvent event;
        try {
            event = FORMAT.deserialize(structuredJson);
        } catch (RuntimeException e) {
            throw new InvalidEventException("not a structured CloudEvents JSON document: " + e.getMessage(), e);
        }
        return fromCloudEvent(event);
    }

    static byte[] writePayload(RequestEvent payload) {
        return writeJson(payload);
    }

    /** Any part of an event as the network writes it; also what sealed content holds inside its seal. */
    public static byte[] writeJson(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("not serialisable: " + value.getClass(), e);
        }
    }

    /** The reverse of {@link #writeJson}. */
    public static <T> T readJson(byte[] json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new InvalidEventException(type.getSimpleName() + " is malformed: " + e.getMessage(), e);
        }
    }

    static RequestEvent readPayload(byte[] json, EventType type) {
        Record payload;
        try {
            payload = JSON.readValue(json, type.payloadType());
        } catch (IOException e) {
            throw new InvalidEventException("data of " + type.ceType() + " is malformed: " + e.getMessage(), e);
        }
        for (RecordComponent component : type.payloadType().getRecordComponents()) {
            if (!component.isAnnotationPresent(MayBeAbsent.class) && valueOf(component, payload) == null) {
                throw new InvalidEventException("data of " + type.ceType() + " lacks '" + component.getName() + "'");
            }
        }
        return (RequestEvent) payload;
    }

    private static Object valueOf(RecordComponent component, Record payload) {
        try {
            return component.getAccessor().invoke(payload);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String stringExtension(CloudEvent event, String name) {
        Object value = event.getExtension(name);
        if (value == null) {
            throw new InvalidEventException("extension '" + name + "' is missing");
        }
        return value.toString();
    }

    private static int intExtension(CloudEvent event, String name) {
        String value = stringExtension(event, name);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidEventException("extension '" + name + "' is not an integer: " + value, e);
        }
    }

    private static UUID uuidExtension(CloudEvent event, String name) {
        String value = stringExtension(event, name);
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("extension '" + name + "' is not a UUID: " + value, e);
        }
    }
}
