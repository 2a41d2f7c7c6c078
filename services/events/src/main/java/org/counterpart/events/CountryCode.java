package org.counterpart.events;

import java.util.regex.Pattern;

/**
 * ISO 3166-1 alpha-2 country codes. Which countries take part is configuration, so only the shape
 * is checked here.
 */
public final class CountryCode {

    private static final Pattern ALPHA_2 = Pattern.compile("[A-Z]{2}");

    private CountryCode() {
    }

    public static boolean isWellFormed(String code) {
        return code != null && ALPHA_2.matcher(code).matches();
    }

    public static String require(String code) {
        if (!isWellFormed(code)) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code: " + code);
        }
        return code;
    }
}
