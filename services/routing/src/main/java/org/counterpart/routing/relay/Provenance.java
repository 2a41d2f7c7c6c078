package org.counterpart.routing.relay;

import jakarta.persistence.LockModeType;
import java.util.UUID;
import org.counterpart.events.Country;
import org.counterpart.events.Topics;
import org.counterpart.events.signature.Signer;
import org.counterpart.events.workflow.Side;
import org.counterpart.platform.inbox.ReceivedEvent;
import org.counterpart.platform.inbox.RejectedEventException;
import org.counterpart.routing.decision.RoutingOutcome;
import org.counterpart.routing.decision.RoutingRecord;

/**
 * Who may say what to the hub: the one place routing checks a message's writer and, for a request it
 * routed, which side that writer is on. Everything the hub relays, answers or hands out passes here.
 */
public final class Provenance {

    private Provenance() {
    }

    /**
     * The country that wrote {@code event}: the owner of the outbound topic it came from, which its
     * signature and its envelope must both name. A country's key cannot speak on another's topic, and
     * the broker lets no country write another's topic.
     */
    public static Country writer(ReceivedEvent event) {
        Country topicOwner = topicOwner(event);
        if (!writtenByTopicOwner(event)) {
            throw new RejectedEventException("message on " + event.topic() + " is signed by " + event.signer()
                    + ", not by " + topicOwner);
        }
        if (!topicOwner.equals(event.envelope().sourceCountry())) {
            throw new RejectedEventException("message on " + event.topic() + " claims to come from "
                    + event.envelope().sourceCountry());
        }
        return topicOwner;
    }

    /** Whether the owner of the outbound topic {@code event} came from signed it: it provably wrote it. */
    public static boolean writtenByTopicOwner(ReceivedEvent event) {
        return event.signedBy(Signer.country(topicOwner(event)));
    }

    private static Country topicOwner(ReceivedEvent event) {
        return Country.of(event.topic().substring(Topics.OUTBOUND_PREFIX.length()));
    }

    /** The record of a request the hub delivered, between exactly the two countries a message names. */
    public static RoutingRecord deliveredBetween(UUID requestId, Country requesting, Country requested) {
        RoutingRecord record = delivered(requestId);
        if (!record.requestingCountry.equals(requesting) || !record.requestedCountry.equals(requested)) {
            throw new RejectedEventException("request " + record.requestId + " is between " + record.requestingCountry
                    + " and " + record.requestedCountry + ", not " + requesting + " and " + requested);
        }
        return record;
    }

    /**
     * Locked: the hub applies messages of both parties beside each other (its consumer's members, its
     * instances), so two about one request wait for each other rather than overwrite each other.
     */
    public static RoutingRecord delivered(UUID requestId) {
        RoutingRecord record = RoutingRecord.findById(requestId, LockModeType.PESSIMISTIC_WRITE);
        if (record == null || record.outcome != RoutingOutcome.ROUTED) {
            throw new RejectedEventException("request " + requestId + " was never delivered by the hub");
        }
        return record;
    }

    /** Which side of {@code record} {@code country} is on; a country that is neither is refused. */
    public static Side sideOf(RoutingRecord record, Country country) {
        if (country.equals(record.requestingCountry)) {
            return Side.REQUESTING;
        }
        if (country.equals(record.requestedCountry)) {
            return Side.REQUESTED;
        }
        throw new RejectedEventException(country + " is not a party to request " + record.requestId);
    }

    /** Refuses unless {@code country} is the party on {@code side} of {@code record}. */
    public static void requireOn(RoutingRecord record, Country country, Side side, String what) {
        if (sideOf(record, country) != side) {
            throw new RejectedEventException(what + " of request " + record.requestId + " is for the "
                    + side.name().toLowerCase(java.util.Locale.ROOT) + " country, not " + country);
        }
    }

    /** Whether {@code country} is a party to {@code record} at all (for reads, which answer 404 otherwise). */
    public static boolean isParty(RoutingRecord record, Country country) {
        return country.equals(record.requestingCountry) || country.equals(record.requestedCountry);
    }

    /** The other party of {@code record}, seen from {@code country}. */
    public static Country otherParty(RoutingRecord record, Country country) {
        return sideOf(record, country) == Side.REQUESTING ? record.requestedCountry : record.requestingCountry;
    }
}
