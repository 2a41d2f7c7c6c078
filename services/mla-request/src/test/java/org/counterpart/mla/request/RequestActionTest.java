package org.counterpart.mla.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestActionTest {

    private static final Set<String> PROSECUTOR = Set.of("prosecutor");
    private static final Set<String> AUTHORITY = Set.of("central-authority");

    @Test
    void aDraftCanOnlyBeSubmittedByAProsecutor() {
        assertEquals(List.of(RequestAction.SUBMIT),
                RequestAction.available(RequestStatus.DRAFT, Direction.OUTGOING, PROSECUTOR::contains));
        assertEquals(List.of(),
                RequestAction.available(RequestStatus.DRAFT, Direction.OUTGOING, AUTHORITY::contains));
    }

    @Test
    void onlyTheOwnCentralAuthorityTransmits() {
        assertEquals(List.of(RequestAction.TRANSMIT),
                RequestAction.available(RequestStatus.SUBMITTED, Direction.OUTGOING, AUTHORITY::contains));
        assertFalse(RequestAction.TRANSMIT.allowedOn(RequestStatus.DRAFT, Direction.OUTGOING));
    }

    @Test
    void onlyTheRequestedSideAcknowledges() {
        assertTrue(RequestAction.ACKNOWLEDGE.allowedOn(RequestStatus.TRANSMITTED, Direction.INCOMING));
        assertFalse(RequestAction.ACKNOWLEDGE.allowedOn(RequestStatus.TRANSMITTED, Direction.OUTGOING));
        assertEquals(List.of(),
                RequestAction.available(RequestStatus.TRANSMITTED, Direction.OUTGOING, AUTHORITY::contains));
    }

    @Test
    void anAcknowledgedRequestOffersNothingYet() {
        assertEquals(List.of(), RequestAction.available(RequestStatus.ACKNOWLEDGED, Direction.INCOMING,
                role -> true));
    }
}
