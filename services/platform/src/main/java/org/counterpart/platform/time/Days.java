package org.counterpart.platform.time;

import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Calendar dates (a directory entry's last check, a reference's year) are kept in UTC, whatever the host's zone. */
public final class Days {

    private Days() {
    }

    public static LocalDate today(InstantSource clock) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
