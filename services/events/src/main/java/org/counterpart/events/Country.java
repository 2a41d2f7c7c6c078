package org.counterpart.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * A country of the network, by its ISO 3166-1 alpha-2 code. Which countries take part is
 * configuration (Bali Process members may join), so only the code's shape is checked here. On the wire,
 * in the database and in configuration it is the bare code ({@code "MY"}).
 */
public record Country(@JsonValue String code) implements Comparable<Country> {

    private static final Pattern ALPHA_2 = Pattern.compile("[A-Z]{2}");

    public Country {
        if (!isWellFormed(code)) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code: " + code);
        }
    }

    /** Also what JAX-RS parameters and MicroProfile Config convert a code with. */
    @JsonCreator
    public static Country of(String code) {
        return new Country(code);
    }

    public static boolean isWellFormed(String code) {
        return code != null && ALPHA_2.matcher(code).matches();
    }

    @Override
    public int compareTo(Country other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
