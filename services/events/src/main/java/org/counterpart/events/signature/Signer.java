package org.counterpart.events.signature;

import java.util.Objects;
import java.util.regex.Pattern;
import org.counterpart.events.Country;

/**
 * Who signed a message: a member country's service (named by its country code), the hub, or tracking
 * (which only ever signs the dead letters it parks). Each has its own key pairs.
 */
public record Signer(String name) {

    // Before the constants below, which are checked against it when the class initialises.
    private static final Pattern NAME = Pattern.compile("[A-Z]{2}|HUB|TRACKING");

    public static final Signer HUB = new Signer("HUB");
    public static final Signer TRACKING = new Signer("TRACKING");

    public Signer {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a signer: " + name + " (a country code, HUB or TRACKING)");
        }
    }

    public static Signer country(Country country) {
        return new Signer(country.code());
    }

    public boolean isCountry() {
        return Country.isWellFormed(name);
    }

    /** The country whose service this is; only for a country's signer. */
    public Country country() {
        if (!isCountry()) {
            throw new IllegalStateException(name + " is not a country's service");
        }
        return Country.of(name);
    }

    /** Whether this is the service of {@code country}. */
    public boolean is(Country country) {
        return name.equals(country.code());
    }

    @Override
    public String toString() {
        return name;
    }
}
