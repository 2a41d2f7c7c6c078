package org.counterpart.tracking.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.counterpart.events.ClockAlert;
import org.counterpart.events.ExploitationForm;
import org.counterpart.events.Milestone;
import org.counterpart.events.RefusalGround;
import org.counterpart.events.StatusChanged;
import org.counterpart.events.figures.Outcome;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.events.workflow.RequestStatus;
import org.junit.jupiter.api.Test;

/** How facts become one request's figures: clocks, paused time, outcome and misroutes, without a database. */
class RequestFactTest {

    private static final Instant T0 = Instant.parse("2024-03-04T02:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);

    @Test
    void timeTheRequesterOwedIsCountedAndSnapshottedAtEachClocksStop() {
        RequestFact fact = recorded(LifecycleStory.mla("TH", "MY", T0, List.of(ExploitationForm.FORCED_LABOUR,
                        ExploitationForm.FORCED_CRIMINALITY), 14)
                .delivered("MY-AGC")
                .then(Milestone.ACKNOWLEDGED, DAY)
                .then(Milestone.UNDER_ASSESSMENT, DAY)
                .then(Milestone.INFO_REQUESTED, DAY)
                .then(Milestone.INFO_PROVIDED, Duration.ofDays(10))
                .then(Milestone.UNDER_ASSESSMENT, DAY)
                .then(Milestone.ACCEPTED, DAY)
                .then(Milestone.IN_EXECUTION, DAY)
                .then(Milestone.EXECUTED, Duration.ofDays(20))
                .then(Milestone.CLOSED, DAY));

        assertEquals(CooperationKind.MLA, fact.kind);
        assertEquals(List.of(ExploitationForm.FORCED_LABOUR, ExploitationForm.FORCED_CRIMINALITY), fact.exploitationForms);
        assertEquals(14, fact.victimCount);
        assertEquals(T0.minus(DAY), fact.submittedAt);
        assertEquals(T0.plus(Duration.ofMinutes(1)), fact.retrievedAt);
        assertEquals("MY-AGC", fact.contactPoint);
        assertEquals(Duration.ofDays(10).toSeconds(), fact.pausedSeconds);
        assertNull(fact.pausedSince);
        assertEquals(RequestStatus.ACCEPTED, fact.decision);
        assertEquals(T0.plus(Duration.ofDays(15)), fact.decidedAt);
        assertEquals(Duration.ofDays(10).toSeconds(), fact.decidedPaused);
        assertEquals(T0.plus(Duration.ofDays(36)), fact.executedAt);
        assertEquals(Outcome.EXECUTED, fact.outcome);
        assertEquals(fact.executedAt, fact.finalisedAt);
        assertEquals(T0.plus(Duration.ofDays(37)), fact.closedAt);
        assertEquals(RequestStatus.CLOSED, fact.status);
        assertEquals(1, fact.infoRequests);
    }

    @Test
    void aRefusalDecidesAndFinalisesWithItsGrounds() {
        RequestFact fact = recorded(LifecycleStory.mla("PH", "VN", T0).delivered("VN-MPS")
                .then(Milestone.ACKNOWLEDGED, DAY).then(Milestone.UNDER_ASSESSMENT, DAY)
                .refused(DAY, RefusalGround.NO_DUAL_CRIMINALITY, RefusalGround.OTHER));

        assertEquals(RequestStatus.REFUSED, fact.decision);
        assertEquals(Outcome.REFUSED, fact.outcome);
        assertEquals(T0.plus(Duration.ofDays(3)), fact.closedAt);
        assertEquals(List.of(RefusalGround.NO_DUAL_CRIMINALITY, RefusalGround.OTHER), fact.refusalGrounds);
    }

    @Test
    void aForwardIsAMisrouteOfTheFirstEntryAndNotADecision() {
        RequestFact fact = recorded(LifecycleStory.mla("ID", "TH", T0).delivered("TH-OAG")
                .then(Milestone.ACKNOWLEDGED, DAY).forwarded(DAY, "TH-DSI")
                .then(Milestone.ACKNOWLEDGED, DAY).then(Milestone.RETURNED_DEFICIENT, DAY)
                .then(Milestone.WITHDRAWN, Duration.ofDays(4)));

        assertEquals("TH-OAG", fact.misroutedFrom);
        assertEquals("TH-DSI", fact.contactPoint);
        assertNull(fact.decidedAt);
        assertEquals(1, fact.deficientReturns);
        assertEquals(Outcome.WITHDRAWN, fact.outcome);
        // Returned as deficient, the request waited on its requester until it was withdrawn.
        assertEquals(Duration.ofDays(4).toSeconds(), fact.pausedSeconds);
    }

    @Test
    void aBreachIsKeptOncePerClockAndRoutingFactsKeepTheirFirstReport() {
        LifecycleStory story = LifecycleStory.mla("SG", "LA", T0).delivered("LA-MPS")
                .breached(ClockAlert.Clock.ACKNOWLEDGE).breached(ClockAlert.Clock.ACKNOWLEDGE);
        RequestFact fact = recorded(story);
        fact.record(new StatusChanged(story.requestId, fact.requestingCountry, fact.requestedCountry, Milestone.RETRIEVED,
                T0.plus(DAY)));

        assertEquals(List.of(ClockAlert.Clock.ACKNOWLEDGE), fact.breaches);
        assertEquals(T0.plus(Duration.ofMinutes(1)), fact.retrievedAt);
        assertEquals(RequestStatus.TRANSMITTED, fact.status);
    }

    private static RequestFact recorded(LifecycleStory story) {
        RequestFact fact = new RequestFact();
        fact.requestId = story.requestId;
        story.facts().forEach(event -> {
            if (event instanceof StatusChanged changed) {
                fact.requestingCountry = changed.requestingCountry();
                fact.requestedCountry = changed.requestedCountry();
                fact.record(changed);
            } else if (event instanceof ClockAlert alert) {
                fact.breached(alert.clock());
            }
        });
        return fact;
    }
}
