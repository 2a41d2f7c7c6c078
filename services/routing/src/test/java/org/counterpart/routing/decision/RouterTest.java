package org.counterpart.routing.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.counterpart.events.AssistanceType;
import org.counterpart.routing.directory.ContactPoint;
import org.counterpart.routing.directory.ContactPointRole;
import org.junit.jupiter.api.Test;

class RouterTest {

    @Test
    void noEntryForTheCountryIsUnroutableWithAReason() {
        RoutingDecision decision = Router.decide("AU", AssistanceType.TAKING_EVIDENCE, List.of());

        assertFalse(decision.routed());
        assertEquals("No active contact point in the directory for AU", decision.reason());
        assertEquals(List.of("requested country AU: no active contact point"), decision.path());
    }

    @Test
    void measureNobodySupportsIsUnroutable() {
        ContactPoint police = point("MY-LO-PDRM", ContactPointRole.LIAISON, "LOCATING_AND_IDENTIFYING_PERSONS");

        RoutingDecision decision = Router.decide("MY", AssistanceType.SEARCH_AND_SEIZURE, List.of(police));

        assertFalse(decision.routed());
        assertEquals("No contact point of MY handles SEARCH_AND_SEIZURE", decision.reason());
    }

    @Test
    void formalRequestGoesToTheCentralAuthorityEvenWhenOthersSupportTheMeasure() {
        ContactPoint liaison = point("MY-AA-LIAISON", ContactPointRole.LIAISON, "TAKING_EVIDENCE");
        ContactPoint central = point("MY-CA-AGC", ContactPointRole.CENTRAL_AUTHORITY, null);

        RoutingDecision decision = Router.decide("MY", AssistanceType.TAKING_EVIDENCE, List.of(liaison, central));

        assertTrue(decision.routed());
        assertEquals("MY-CA-AGC", decision.contactPoint().id);
        assertNull(decision.reason());
        assertEquals(3, decision.path().size());
        assertTrue(decision.path().get(1).contains("MY-AA-LIAISON, MY-CA-AGC"), decision.path().get(1));
    }

    @Test
    void withoutACentralAuthorityAnotherSupportingAuthorityIsChosen() {
        ContactPoint executing = point("XX-EX-1", ContactPointRole.EXECUTING_AUTHORITY, "TAKING_EVIDENCE");

        assertEquals("XX-EX-1", Router.decide("XX", AssistanceType.TAKING_EVIDENCE, List.of(executing))
                .contactPoint().id);
    }

    private static ContactPoint point(String id, ContactPointRole role, String measures) {
        ContactPoint point = new ContactPoint();
        point.id = id;
        point.country = id.substring(0, 2);
        point.authority = "authority " + id;
        point.role = role;
        point.measures = measures;
        point.active = true;
        return point;
    }
}
