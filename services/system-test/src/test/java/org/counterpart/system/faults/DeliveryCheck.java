package org.counterpart.system.faults;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.counterpart.network.LocalNetwork;

/**
 * What the network holds of a set of requests, read from every party's own store: the sender's (TH),
 * the receiver's (MY), tracking's; and whether anything is still on its way (outbox rows not yet
 * published, records not yet consumed).
 */
final class DeliveryCheck {

    private static final List<String> WITH_OUTBOX = List.of("mla_th", "routing", "mla_my");

    private final LocalNetwork network;
    private final Properties admin;

    DeliveryCheck(LocalNetwork network, Properties admin) {
        this.network = network;
        this.admin = admin;
    }

    /** How the network stands for {@code ids}. */
    record Standing(int storedAtReceiver, int inTracking, int visibleDuplicates, int statusDisagreements, int outOfOrder) {
    }

    Standing of(Collection<UUID> ids) throws SQLException {
        Map<UUID, String> sent = statuses("mla_th", "select id, status from mla_request where id = any(?)", ids);
        Map<UUID, String> received = statuses("mla_my", "select id, status from mla_request where id = any(?)", ids);
        int tracked = count("tracking", "select count(*) from request_fact where request_id = any(?)", ids);
        // A duplicate a user would see: the same step twice in a request's history, or the same notice twice.
        int duplicates = count("mla_my", "select count(*) from (select request_id, status from request_history"
                + " where request_id = any(?) group by request_id, status having count(*) > 1) twice", ids)
                + count("mla_th", "select count(*) from (select request_id, status from request_history"
                        + " where request_id = any(?) group by request_id, status having count(*) > 1) twice", ids)
                + count("mla_my", "select count(*) from (select request_id, person, kind from notice"
                        + " where request_id = any(?) group by request_id, person, kind having count(*) > 1) twice", ids);
        int disagreements = (int) received.entrySet().stream()
                .filter(entry -> !entry.getValue().equals(sent.get(entry.getKey()))).count();
        // A turnaround running backwards: tracking counts a step before the one it follows.
        int outOfOrder = count("tracking", "select count(*) from request_fact where request_id = any(?)"
                + " and (transmitted_at > routed_at or retrieved_at < routed_at or acknowledged_at < routed_at)", ids);
        return new Standing(received.size(), tracked, duplicates, disagreements, outOfOrder);
    }

    /** Outbox rows not yet published, in every service that has an outbox. */
    int backlog() throws SQLException {
        int rows = 0;
        for (String database : WITH_OUTBOX) {
            rows += count(database, "select count(*) from outbox_message where published_at is null", List.of());
        }
        return rows;
    }

    /** Records published but not yet consumed, over every consumer group of the exchange. */
    long lag() throws Exception {
        try (Admin kafka = Admin.create(admin)) {
            long behind = 0;
            for (ConsumerGroupListing group : kafka.listConsumerGroups().all().get(10, TimeUnit.SECONDS)) {
                Map<TopicPartition, OffsetAndMetadata> committed = kafka.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = committed.keySet().stream()
                        .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = kafka.listOffsets(latest).all()
                        .get(10, TimeUnit.SECONDS);
                for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : committed.entrySet()) {
                    if (entry.getValue() != null) {
                        behind += Math.max(0, ends.get(entry.getKey()).offset() - entry.getValue().offset());
                    }
                }
            }
            return behind;
        }
    }

    /** How many requests the sender says it transmitted after the hub routed them: what a fast clock writes. */
    int statedAfterTheirRouting() throws SQLException {
        Map<UUID, Timestamp> stated = times("mla_th", "select id, transmitted_at from mla_request where transmitted_at is not null");
        Map<UUID, Timestamp> routed = times("tracking", "select request_id, routed_at from request_fact where routed_at is not null");
        return (int) stated.entrySet().stream()
                .filter(entry -> routed.containsKey(entry.getKey()) && entry.getValue().after(routed.get(entry.getKey())))
                .count();
    }

    private Map<UUID, Timestamp> times(String database, String query) throws SQLException {
        Map<UUID, Timestamp> found = new HashMap<>();
        try (Connection connection = network.connectAsSuperuser(database);
                PreparedStatement statement = connection.prepareStatement(query);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                found.put(rows.getObject(1, UUID.class), rows.getTimestamp(2));
            }
        }
        return found;
    }

    /** Which of {@code ids} the receiver stored. */
    Set<UUID> storedAtReceiver(Collection<UUID> ids) throws SQLException {
        return statuses("mla_my", "select id, status from mla_request where id = any(?)", ids).keySet();
    }

    private Map<UUID, String> statuses(String database, String query, Collection<UUID> ids) throws SQLException {
        Map<UUID, String> found = new HashMap<>();
        try (Connection connection = network.connectAsSuperuser(database);
                PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setArray(1, uuids(connection, ids));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getObject(1, UUID.class), rows.getString(2));
                }
            }
        }
        return found;
    }

    private int count(String database, String query, Collection<UUID> ids) throws SQLException {
        try (Connection connection = network.connectAsSuperuser(database);
                PreparedStatement statement = connection.prepareStatement(query)) {
            if (query.contains("?")) {
                statement.setArray(1, uuids(connection, ids));
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static Array uuids(Connection connection, Collection<UUID> ids) throws SQLException {
        return connection.createArrayOf("uuid", ids.toArray());
    }
}
