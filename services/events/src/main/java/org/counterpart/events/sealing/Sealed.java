package org.counterpart.events.sealing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Content of type {@code T} as it travels: a compact JWE only the receiving country's service can open
 * (see {@link ContentSeal}). Nothing else of {@code T} is in the event, so neither the hub nor the broker
 * ever holds it in clear; the type parameter says what opening it yields.
 */
public record Sealed<T>(@JsonValue String jwe) {

    public Sealed {
        Objects.requireNonNull(jwe, "jwe");
    }

    @JsonCreator
    public static <T> Sealed<T> of(String jwe) {
        return new Sealed<>(jwe);
    }

    @Override
    public String toString() {
        return "Sealed[" + jwe.length() + " characters]";
    }
}
