package org.counterpart.events.sealing;

import java.util.Objects;
import org.counterpart.events.Country;

/**
 * One key a country's service opens sealed content with: {@code MY/seal/2} is Malaysia's second. Carried
 * as the JWE {@code kid}, so a receiver knows which of its keys a message was sealed for, and can say so
 * when that key is no longer held.
 */
public record SealingKeyId(Country country, int version) {

    private static final String SEPARATOR = "/seal/";

    public SealingKeyId {
        Objects.requireNonNull(country, "country");
        if (version < 1) {
            throw new IllegalArgumentException("key versions start at 1: " + version);
        }
    }

    public static SealingKeyId parse(String kid) {
        int at = kid == null ? -1 : kid.indexOf(SEPARATOR);
        if (at < 0) {
            throw new IllegalArgumentException("not a sealing key id: " + kid);
        }
        try {
            return new SealingKeyId(Country.of(kid.substring(0, at)), Integer.parseInt(kid.substring(at + SEPARATOR.length())));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a sealing key id: " + kid, e);
        }
    }

    public SealingKeyId next() {
        return new SealingKeyId(country, version + 1);
    }

    public String value() {
        return country + SEPARATOR + version;
    }

    @Override
    public String toString() {
        return value();
    }
}
