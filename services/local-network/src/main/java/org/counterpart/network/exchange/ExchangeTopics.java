package org.counterpart.network.exchange;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.counterpart.events.Country;
import org.counterpart.events.Topics;

/**
 * The topics of a network, each with its partitions, replication and retention. Provisioned by the
 * admin before any service starts: no service may create a topic ({@code auto.create.topics.enable=false}).
 */
public final class ExchangeTopics {

    /** Three partitions keep one request's messages in order (keyed by request id) and let a group of three share the load. */
    public static final int PARTITIONS = 3;
    /**
     * Countries' messages are applied (and their effect stored) by the receiver within minutes; a week
     * covers a receiver that is down over a long weekend. The outboxes keep what was sent.
     */
    public static final Duration EXCHANGE_RETENTION = Duration.ofDays(7);
    /**
     * Lifecycle facts are the region's figures' only source, rebuilt from offset zero: they are kept for
     * good ({@code retention.ms=-1}, Kafka's "no limit"). Codes and times only, about 1 KB a fact.
     */
    public static final Duration LIFECYCLE_RETENTION = Duration.ofMillis(-1);
    /** Dead letters wait a month for an operator. */
    public static final Duration DEADLETTER_RETENTION = Duration.ofDays(30);

    /** One topic as provisioned. */
    public record Plan(String name, int partitions, short replication, Duration retention) {

        public NewTopic newTopic() {
            return new NewTopic(name, partitions, replication)
                    .configs(Map.of("retention.ms", String.valueOf(retention.toMillis()),
                            "min.insync.replicas", String.valueOf(Math.min(2, replication))));
        }
    }

    private ExchangeTopics() {
    }

    /** The shared topics and the two of every country in {@code countries}, at {@code replication}. */
    public static List<Plan> plan(Collection<Country> countries, short replication) {
        List<Plan> plans = new ArrayList<>(List.of(
                new Plan(Topics.LIFECYCLE, PARTITIONS, replication, LIFECYCLE_RETENTION),
                new Plan(Topics.DEADLETTER, PARTITIONS, replication, DEADLETTER_RETENTION)));
        countries.forEach(country -> plans.addAll(ofCountry(country, replication)));
        return plans;
    }

    public static List<Plan> ofCountry(Country country, short replication) {
        return List.of(new Plan(Topics.outbound(country), PARTITIONS, replication, EXCHANGE_RETENTION),
                new Plan(Topics.inbound(country), PARTITIONS, replication, EXCHANGE_RETENTION));
    }
}
