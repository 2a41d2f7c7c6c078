package org.counterpart.events;

import java.util.regex.Pattern;

/**
 * ISO 3166-2 subdivision codes, {@code MY-12} for Sabah: where a request is to be executed, coded, so
 * routing can pick a regional authority without reading the address. Only the shape is checked here.
 */
public final class RegionCode {

    private static final Pattern SUBDIVISION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");

    private RegionCode() {
    }

    public static boolean isWellFormed(String code) {
        return code != null && SUBDIVISION.matcher(code).matches();
    }

    /** Whether {@code code} is a well-formed subdivision of {@code country}. */
    public static boolean isIn(String code, Country country) {
        return isWellFormed(code) && code.startsWith(country.code() + "-");
    }
}
