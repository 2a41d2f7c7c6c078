package org.counterpart.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.jboss.logging.Logger;

/**
 * What the relay keeps back after the broker would not take it: a topic (missing, or not this service's
 * to write) or one request's messages (its key, so their order holds). Each is tried again after a delay
 * that doubles up to {@link #LONGEST}, so it is never retried in a tight loop and never holds up the
 * other topics' and requests' messages; it is logged once when held and once when it goes through.
 */
final class HeldBack {

    private static final Logger LOG = Logger.getLogger(HeldBack.class);
    static final Duration LONGEST = Duration.ofMinutes(5);

    /** Held since {@code since}, tried {@code attempts} times, next at {@code until}. */
    record Hold(Instant since, int attempts, Instant until, String cause) {
        String describe() {
            return "held back since " + since + " after " + attempts + " refusals: " + cause;
        }
    }

    private final Duration first;
    private final Map<String, Hold> topics = new ConcurrentHashMap<>();
    private final Map<String, Hold> keys = new ConcurrentHashMap<>();

    HeldBack(Duration first) {
        this.first = first;
    }

    /** The topics and keys not to be tried at {@code now}; never empty, as SQL's {@code not in} needs a value. */
    List<String> topicsAt(Instant now) {
        return due(topics, now);
    }

    List<String> keysAt(Instant now) {
        return due(keys, now);
    }

    /** The broker refused {@code message} with {@code failure}: its topic is held if the failure is the topic's, else its key. */
    void refused(OutboxMessage message, Throwable failure, Instant now) {
        boolean topicWide = failure instanceof UnknownTopicOrPartitionException || failure instanceof AuthorizationException
                || failure instanceof TimeoutException && String.valueOf(failure.getMessage()).contains("not present in metadata");
        String what = topicWide ? "topic " + message.topic : "messages of " + message.messageKey + " on " + message.topic;
        (topicWide ? topics : keys).compute(topicWide ? message.topic : message.messageKey, (name, held) -> {
            int attempts = held == null ? 1 : held.attempts() + 1;
            Duration wait = first.multipliedBy(1L << Math.min(attempts, 20));
            Hold next = new Hold(held == null ? now : held.since(), attempts, now.plus(wait.compareTo(LONGEST) > 0 ? LONGEST : wait),
                    failure.toString());
            if (held == null) {
                LOG.warnf("outbox: the broker refused %s (outbox row %d): %s; held back, tried again with growing delays "
                        + "up to %s, reported by the delivery health check", what, message.id, failure, LONGEST);
            }
            return next;
        });
    }

    /** {@code message} went through: what held it back is released. */
    void published(OutboxMessage message) {
        release(topics, message.topic, "topic " + message.topic);
        release(keys, message.messageKey, "messages of " + message.messageKey);
    }

    /** Each hold as "topic T" or "request K": since when, how often refused, and the last cause. */
    Map<String, String> described() {
        Map<String, String> described = new TreeMap<>();
        topics.forEach((topic, held) -> described.put("topic " + topic, held.describe()));
        keys.forEach((key, held) -> described.put("request " + key, held.describe()));
        return described;
    }

    private static void release(Map<String, Hold> holds, String name, String what) {
        Hold held = holds.remove(name);
        if (held != null) {
            LOG.infof("outbox: %s published again after %d refusals since %s", what, held.attempts(), held.since());
        }
    }

    private static List<String> due(Map<String, Hold> holds, Instant now) {
        Set<String> waiting = holds.entrySet().stream().filter(held -> held.getValue().until().isAfter(now))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(HashSet::new));
        // Never a topic or key: "not in ('')" keeps nothing back.
        waiting.add("");
        return List.copyOf(waiting);
    }
}
