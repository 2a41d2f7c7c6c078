package org.counterpart.mla.console;

import java.util.Arrays;
import java.util.Optional;

/** A constant of the vocabulary by its exact name, as a form or an address gives it; none for anything else. */
final class Named {

    private Named() {
    }

    static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
        return name == null ? Optional.empty()
                : Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst();
    }
}
