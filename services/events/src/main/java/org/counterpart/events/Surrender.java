package org.counterpart.events;

import java.time.Instant;
import java.time.LocalDate;

/** The surrender of an extradited person as agreed: when, where, and the last day to collect them. */
public record Surrender(Instant at, String place, LocalDate collectBy) {
}
