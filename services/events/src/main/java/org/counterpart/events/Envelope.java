package org.counterpart.events;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * What every message carries besides its payload. Travels as a CloudEvents 1.0 event in structured
 * JSON mode; see {@link EventCodec}.
 *
 * @param id            stable message id; a redelivery has the same id, so consumers de-duplicate on it
 * @param source        the producing service instance, e.g. {@code /counterpart/mla-request/TH}
 * @param sourceCountry the country whose action the message reports; for facts the hub derives (routed,
 *                      unroutable) the country whose message caused them
 * @param correlationId ties every message of one request's conversation together across services
 * @param contactPoint  the directory entry routing delivered the message to; absent before routing. Not
 *                      part of the signed event: the hub stamps it beside it ({@link KafkaWire})
 */
public record Envelope(
        String id,
        EventType type,
        URI source,
        Instant time,
        Country sourceCountry,
        UUID requestId,
        UUID correlationId,
        String contactPoint,
        RequestEvent data) {

    public Envelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(data, "data");
        if (!type.payloadType().isInstance(data)) {
            throw new IllegalArgumentException(type + " cannot carry " + data.getClass().getSimpleName());
        }
        if (!requestId.equals(data.requestId())) {
            throw new IllegalArgumentException("envelope and payload name different requests");
        }
    }

    /** A new message about {@code data}'s request, produced now by {@code source} in {@code sourceCountry}. */
    public static Envelope create(URI source, Country sourceCountry, UUID correlationId, RequestEvent data) {
        return new Envelope(UUID.randomUUID().toString(), EventType.of((Record) data), source,
                Instant.now().truncatedTo(ChronoUnit.MICROS), Objects.requireNonNull(sourceCountry, "sourceCountry"),
                data.requestId(), correlationId, null, data);
    }

    /** The same message, stamped with the contact point routing chose; id and time stay, so it is still one message. */
    public Envelope deliveredTo(String contactPointId) {
        return new Envelope(id, type, source, time, sourceCountry, requestId, correlationId, contactPointId, data);
    }

    public <T extends RequestEvent> T dataAs(Class<T> payloadType) {
        return payloadType.cast(data);
    }
}
