package org.counterpart.platform.outbox;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Which of a round's topics the broker says do not exist, asked before the relay sends. A producer's
 * send to a missing topic blocks its caller for {@code max.block.ms} waiting for the topic to appear,
 * and so would hold up every other topic's messages in the round, again at each retry. Topics seen to
 * exist are remembered, so a usual round asks nothing; a topic refused later is forgotten and asked
 * about again. An answer other than "unknown topic" (not allowed to see it, no answer in time) is left
 * to the send, which reports it as before.
 */
final class TopicsOnBroker {

    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);

    private final Supplier<Admin> admin;
    private final Set<String> present = ConcurrentHashMap.newKeySet();

    TopicsOnBroker(Supplier<Admin> admin) {
        this.admin = admin;
    }

    /** Those of {@code topics} the broker said it does not have. */
    Set<String> missing(Collection<String> topics) {
        List<String> unconfirmed = topics.stream().distinct().filter(topic -> !present.contains(topic)).toList();
        if (unconfirmed.isEmpty()) {
            return Set.of();
        }
        Map<String, KafkaFuture<TopicDescription>> answers = admin.get().describeTopics(unconfirmed).topicNameValues();
        try {
            KafkaFuture.allOf(answers.values().toArray(KafkaFuture[]::new)).get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // Some topic is missing, or not to be seen, or the broker is slow: each answer below says which.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Set.of();
        }
        Set<String> missing = new HashSet<>();
        answers.forEach((topic, answer) -> {
            if (!answer.isDone()) {
                return;
            }
            try {
                answer.getNow(null);
                present.add(topic);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                    missing.add(topic);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return missing;
    }

    /** The broker refused a message of {@code topic}: whether it still exists is asked again. */
    void forget(String topic) {
        present.remove(topic);
    }
}
