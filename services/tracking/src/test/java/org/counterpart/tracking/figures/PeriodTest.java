package org.counterpart.tracking.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.counterpart.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final Period FALLBACK = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));

    @Test
    void monthsQuartersYearsAndRangesAreHalfOpenSpansOfDays() {
        assertEquals(new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1)), Period.of("2026-02", null, null, FALLBACK));
        assertEquals(new Period(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 1, 1)), Period.of("2025-Q4", null, null, FALLBACK));
        assertEquals(new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)), Period.of("2024", null, null, FALLBACK));
        Period range = Period.of(null, "2026-03-01", "2026-03-31", FALLBACK);
        assertEquals(LocalDate.of(2026, 4, 1), range.until());
        assertEquals(LocalDate.of(2026, 3, 31), range.to());
        assertEquals(FALLBACK, Period.of(null, null, null, FALLBACK));
        // As a form sends the fields left empty.
        assertEquals(FALLBACK, Period.of("", "", " ", FALLBACK));
        assertEquals(new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)), Period.of("2024", "", "", FALLBACK));
    }

    @Test
    void aPeriodThatIsNoneIsRefusedAtItsField() {
        assertEquals("period", field(() -> Period.of("2026-13", null, null, FALLBACK)));
        assertEquals("period", field(() -> Period.of("last year", null, null, FALLBACK)));
        assertEquals("period", field(() -> Period.of("2026", "2026-01-01", null, FALLBACK)));
        assertEquals("to", field(() -> Period.of(null, "2026-01-01", null, FALLBACK)));
        assertEquals("from", field(() -> Period.of(null, "1 March", "2026-03-31", FALLBACK)));
        assertEquals("to", field(() -> Period.of(null, "2026-03-31", "2026-03-01", FALLBACK)));
    }

    private static String field(Runnable parse) {
        return assertThrows(ProblemException.class, parse::run).problem().errors().get(0).field();
    }
}
