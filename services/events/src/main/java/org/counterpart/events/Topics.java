package org.counterpart.events;

import java.util.regex.Pattern;

/**
 * Topic names of the hub-and-spoke network. A country writes only its own outbound topic and reads
 * only its own inbound topic, which lets Kafka ACLs enforce data sovereignty.
 */
public final class Topics {

    public static final String LIFECYCLE = "counterpart.lifecycle";
    public static final String DEADLETTER = "counterpart.deadletter";
    public static final String OUTBOUND_PREFIX = "counterpart.outbound.";
    public static final String INBOUND_PREFIX = "counterpart.inbound.";
    public static final Pattern ALL_OUTBOUND = Pattern.compile("counterpart\\.outbound\\.[A-Z]{2}");

    private Topics() {
    }

    public static String outbound(Country country) {
        return OUTBOUND_PREFIX + country.code();
    }

    public static String inbound(Country country) {
        return INBOUND_PREFIX + country.code();
    }
}
