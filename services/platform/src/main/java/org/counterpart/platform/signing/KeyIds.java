package org.counterpart.platform.signing;

import org.counterpart.events.signature.KeyId;
import org.counterpart.platform.problem.ProblemException;

/** A key id a client sent, as {@link KeyId}, or a problem naming {@code field}. */
public final class KeyIds {

    private KeyIds() {
    }

    public static KeyId parse(String value, String field) {
        try {
            return KeyId.parse(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be <signer>/<version>: a country code, HUB or TRACKING, "
                    + "and a version from 1");
        }
    }
}
