package org.counterpart.events;

/**
 * The consumer group (also the dead letters' consumer name) of each reader of the exchange. The
 * broker's grants name them, and the hub's replay sends a letter back only to what its consumer reads.
 */
public final class ConsumerGroups {

    /** The hub's relay, reading every country's outbound topic. */
    public static final String HUB = "routing";
    /** Tracking, reading lifecycle facts. */
    public static final String TRACKING = "tracking";
    private static final String COUNTRY_PREFIX = "mla-request-";

    private ConsumerGroups() {
    }

    /** Country {@code country}'s service, reading its inbound topic. */
    public static String country(Country country) {
        return COUNTRY_PREFIX + country.code();
    }

    /** The country whose service reads as {@code group}, or null when it is not a country's group. */
    public static Country countryOf(String group) {
        if (group == null || !group.startsWith(COUNTRY_PREFIX)) {
            return null;
        }
        String country = group.substring(COUNTRY_PREFIX.length());
        return Country.isWellFormed(country) ? Country.of(country) : null;
    }
}
