package org.counterpart.routing.operations;

import java.util.Optional;
import org.counterpart.events.ConsumerGroups;
import org.counterpart.events.Country;
import org.counterpart.events.Topics;
import org.counterpart.events.signature.Signer;

/**
 * Where a dead letter may go back to: the topic its consumer reads, and only when the service that
 * parked it is the one that runs that consumer. A letter claiming another consumer or another topic
 * is refused, so replay cannot be used to put a message on a topic its writer could not reach.
 *
 * @param redeliverHere whether the hub applies the letter itself: it reads the countries' outbound
 *                      topics but may not write them
 */
record LetterOrigin(String topic, boolean redeliverHere) {

    /** The origin of a letter {@code consumer} parked from {@code topic}, if {@code parker} runs that consumer and reads that topic. */
    static Optional<LetterOrigin> of(String consumer, String topic, Signer parker) {
        if (ConsumerGroups.HUB.equals(consumer)) {
            return parker.equals(Signer.HUB) && Topics.ALL_OUTBOUND.matcher(topic).matches()
                    ? Optional.of(new LetterOrigin(topic, true)) : Optional.empty();
        }
        if (ConsumerGroups.TRACKING.equals(consumer)) {
            return parker.equals(Signer.TRACKING) && Topics.LIFECYCLE.equals(topic)
                    ? Optional.of(new LetterOrigin(topic, false)) : Optional.empty();
        }
        Country country = ConsumerGroups.countryOf(consumer);
        if (country != null) {
            return parker.is(country) && Topics.inbound(country).equals(topic)
                    ? Optional.of(new LetterOrigin(topic, false)) : Optional.empty();
        }
        return Optional.empty();
    }
}
