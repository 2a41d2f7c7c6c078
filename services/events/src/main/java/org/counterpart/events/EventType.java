package org.counterpart.events;

import java.util.Arrays;
import java.util.Optional;

/** Every event type on the network, its CloudEvents {@code type}, schema version and payload. */
public enum EventType {
    REQUEST_TRANSMITTED("org.counterpart.request.transmitted", 3, RequestTransmitted.class, "request-transmitted"),
    REQUEST_ACKNOWLEDGED("org.counterpart.request.acknowledged", 1, RequestAcknowledged.class, "request-acknowledged"),
    REQUEST_ACTION_TAKEN("org.counterpart.request.action-taken", 2, RequestActionTaken.class, "request-action-taken"),
    REQUEST_UNROUTABLE("org.counterpart.request.unroutable", 1, RequestUnroutable.class, "request-unroutable"),
    REQUEST_ROUTED("org.counterpart.request.routed", 1, RequestRouted.class, "request-routed"),
    MESSAGE_POSTED("org.counterpart.correspondence.message-posted", 2, MessagePosted.class, "message-posted"),
    MESSAGE_READ("org.counterpart.correspondence.message-read", 1, MessageRead.class, "message-read"),
    TRANSPORT_RECEIPT("org.counterpart.transport.receipt", 1, TransportReceipt.class, "transport-receipt"),
    CLOCK_ALERT("org.counterpart.clock.alert", 1, ClockAlert.class, "clock-alert"),
    STATUS_CHANGED("org.counterpart.lifecycle.status-changed", 1, StatusChanged.class, "status-changed");

    private final String ceType;
    private final int version;
    private final Class<? extends Record> payloadType;
    private final String schemaName;

    EventType(String ceType, int version, Class<? extends Record> payloadType, String schemaName) {
        this.ceType = ceType;
        this.version = version;
        this.payloadType = payloadType;
        this.schemaName = schemaName;
    }

    public String ceType() {
        return ceType;
    }

    public int version() {
        return version;
    }

    public Class<? extends Record> payloadType() {
        return payloadType;
    }

    /** Classpath location of the JSON Schema of the whole structured CloudEvent. */
    public String schemaResource() {
        return "/schemas/" + schemaName + ".v" + version + ".json";
    }

    /** Classpath location of the golden sample every producer's output must look like. */
    public String sampleResource() {
        return "/samples/" + schemaName + ".v" + version + ".json";
    }

    /**
     * Whether this is a message one country sends another, which the hub relays and whose journey the
     * transport receipts report. Receipts themselves and the hub's own notices are not.
     */
    public boolean isCountryMessage() {
        return switch (this) {
            case REQUEST_TRANSMITTED, REQUEST_ACKNOWLEDGED, REQUEST_ACTION_TAKEN, MESSAGE_POSTED, MESSAGE_READ -> true;
            case REQUEST_UNROUTABLE, REQUEST_ROUTED, TRANSPORT_RECEIPT, CLOCK_ALERT, STATUS_CHANGED -> false;
        };
    }

    public static Optional<EventType> fromCeType(String ceType) {
        return Arrays.stream(values()).filter(t -> t.ceType.equals(ceType)).findFirst();
    }

    public static EventType of(Record payload) {
        return Arrays.stream(values())
                .filter(t -> t.payloadType.equals(payload.getClass()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no event type for " + payload.getClass()));
    }
}
