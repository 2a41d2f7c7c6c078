package org.counterpart.network.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.counterpart.events.Country;
import org.counterpart.events.Envelope;
import org.counterpart.events.Milestone;
import org.counterpart.events.StatusChanged;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.network.LocalNetwork;
import org.junit.jupiter.api.Test;

/** The seeded history is what the figures must be tried on: every country, every kind, every turn. */
class RegionHistoryTest {

    @Test
    void fiveYearsOfEveryCountryKindAndTurnInEachRequestsOrder() {
        List<List<Envelope>> requests = new ArrayList<>();
        new RegionHistory(7, LocalDate.of(2025, 12, 31)).generate(3000, requests::add);

        Set<Country> countries = new HashSet<>();
        Set<CooperationKind> kinds = EnumSet.noneOf(CooperationKind.class);
        Set<Milestone> reached = EnumSet.noneOf(Milestone.class);
        for (List<Envelope> request : requests) {
            StatusChanged first = (StatusChanged) request.get(0).data();
            assertEquals(Milestone.TRANSMITTED, first.milestone());
            kinds.add(first.profile().kind());
            countries.add(first.requestingCountry());
            countries.add(first.requestedCountry());
            assertTrue(!first.occurredAt().isBefore(Instant.parse("2021-01-01T00:00:00Z"))
                    && first.occurredAt().isBefore(Instant.parse("2026-01-01T00:00:00Z")), first.occurredAt().toString());
            Instant last = first.occurredAt();
            for (Envelope fact : request) {
                assertEquals(first.requestId(), fact.requestId());
                if (fact.data() instanceof StatusChanged changed && changed.milestone().status().isPresent()) {
                    assertTrue(!changed.occurredAt().isBefore(last), "in order: " + request);
                    last = changed.occurredAt();
                    reached.add(changed.milestone());
                }
            }
        }
        assertEquals(Set.copyOf(LocalNetwork.REGION), countries);
        assertEquals(EnumSet.allOf(CooperationKind.class), kinds);
        assertTrue(reached.containsAll(EnumSet.of(Milestone.ACKNOWLEDGED, Milestone.REFUSED, Milestone.RETURNED_DEFICIENT,
                Milestone.INFO_REQUESTED, Milestone.FORWARDED, Milestone.WITHDRAWN, Milestone.EXECUTED, Milestone.ANSWERED,
                Milestone.DECLINED)), reached.toString());
    }
}
