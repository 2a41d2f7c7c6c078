package org.counterpart.mla.inbound;

import java.util.Set;
import java.util.UUID;
import org.counterpart.events.Country;
import org.counterpart.events.Envelope;
import org.counterpart.events.EventType;
import org.counterpart.events.RequestTransmitted;
import org.counterpart.events.Sources;
import org.counterpart.events.Topics;
import org.counterpart.events.TransportReceipt;
import org.counterpart.events.signature.Signer;
import org.counterpart.events.workflow.Side;
import org.counterpart.mla.request.Direction;
import org.counterpart.mla.request.MlaRequest;
import org.counterpart.platform.inbox.ReceivedEvent;
import org.counterpart.platform.inbox.RejectedEventException;

/**
 * Who may tell this country what: the one place a country's service checks where a message came from
 * (who signed it, for which types) and, for a request it holds, whether the sender is the other party
 * on the side that may say it. The hub carries countries' messages but cannot write them: their
 * signatures are the senders' own.
 */
public final class Provenance {

    private Provenance() {
    }

    /**
     * Refuses anything this country's inbox should not hold: the hub's notices and evidence not signed by
     * the hub, a country's message not signed by the country it names (nor from that country's service),
     * a message from this country itself or from a country outside the network, a request transmitted
     * by anyone but its requesting country or to anyone but this one. A receiver does not take the
     * hub's word for any of this.
     */
    public static void check(ReceivedEvent event, Country ownCountry, Set<Country> network) {
        Envelope envelope = event.envelope();
        if (!Topics.inbound(ownCountry).equals(event.topic())) {
            throw new RejectedEventException("read from " + event.topic() + ", which is not " + ownCountry + "'s inbox");
        }
        if (byHub(envelope)) {
            if (!event.signedBy(Signer.HUB) || !Sources.HUB.equals(envelope.source())) {
                throw new RejectedEventException(envelope.type().ceType() + " is the hub's to send; this one is signed by "
                        + event.signer());
            }
            return;
        }
        Country sender = envelope.sourceCountry();
        if (!event.signedBy(Signer.country(sender)) || !Sources.country(sender).equals(envelope.source())) {
            throw new RejectedEventException("message from " + sender + " is signed by " + event.signer()
                    + " and comes from " + envelope.source());
        }
        if (sender.equals(ownCountry) || !network.contains(sender)) {
            throw new RejectedEventException(sender + " is not a counterpart of " + ownCountry + " in this network");
        }
        if (envelope.type() == EventType.REQUEST_TRANSMITTED) {
            RequestTransmitted request = envelope.dataAs(RequestTransmitted.class);
            if (!request.requestingCountry().equals(sender) || !request.requestedCountry().equals(ownCountry)) {
                throw new RejectedEventException("request " + request.requestId() + " from " + request.requestingCountry()
                        + " to " + request.requestedCountry() + " cannot be transmitted by " + sender + " to " + ownCountry);
            }
        }
    }

    /**
     * Whether {@code event} provably comes from a counterpart in this network (signed by the country it
     * names), so that a refusal can be answered to it. Forgeries are answered to nobody.
     */
    public static boolean fromCounterpart(ReceivedEvent event, Country ownCountry, Set<Country> network) {
        Envelope envelope = event.envelope();
        Country sender = envelope.sourceCountry();
        return !byHub(envelope) && event.signedBy(Signer.country(sender)) && !sender.equals(ownCountry)
                && network.contains(sender);
    }

    /** The hub originates notices, clock alerts and its own transport evidence; countries originate the rest. */
    private static boolean byHub(Envelope envelope) {
        return switch (envelope.type()) {
            case REQUEST_UNROUTABLE, REQUEST_ROUTED, CLOCK_ALERT, STATUS_CHANGED -> true;
            case TRANSPORT_RECEIPT -> !envelope.dataAs(TransportReceipt.class).evidence().byRecipient();
            case REQUEST_TRANSMITTED, REQUEST_ACKNOWLEDGED, REQUEST_ACTION_TAKEN, MESSAGE_POSTED, MESSAGE_READ -> false;
        };
    }

    /**
     * This country's copy of a request a message from {@code sender} is about, if the message belongs to
     * it: same two countries, and the sender is the other one. Anything else is rejected, not guessed at.
     */
    public static MlaRequest sharedWith(UUID requestId, Country requesting, Country requested, Country sender,
            Country ownCountry) {
        MlaRequest request = MlaRequest.findById(requestId);
        if (request == null || !request.requestingCountry.equals(requesting) || !request.requestedCountry.equals(requested)
                || !request.otherCountry().equals(sender)) {
            throw new RejectedEventException("request " + requestId + " is not held in " + ownCountry
                    + " as a request between " + requesting + " and " + requested + " shared with " + sender);
        }
        return request;
    }

    /**
     * Refuses unless {@code sender} is the country on {@code actingSide} of {@code request} (a copy
     * {@link #sharedWith} it): an action one side takes cannot come from the other.
     */
    public static void requireActingSide(MlaRequest request, Country sender, Side actingSide, String what) {
        Country actingCountry = actingSide == Side.REQUESTING ? request.requestingCountry : request.requestedCountry;
        if (!actingCountry.equals(sender)) {
            throw new RejectedEventException(what + " on request " + request.id + " cannot come from " + sender);
        }
    }

    /** This country's own outgoing request, for what the hub says about it. */
    public static MlaRequest ownOutgoing(UUID requestId, Country ownCountry) {
        MlaRequest request = MlaRequest.findById(requestId);
        if (request == null || request.direction != Direction.OUTGOING) {
            throw new RejectedEventException("no outgoing request " + requestId + " in " + ownCountry);
        }
        return request;
    }
}
