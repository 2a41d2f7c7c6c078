package org.counterpart.tracking.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * This instance's copy of {@code request_fact}, brought up to date before each figure: PostgreSQL keeps
 * the facts (whichever instance wrote them); the figures are computed here because a median over
 * 100,000 requests is a sort PostgreSQL repeats at every query, where the copy keeps each clock in
 * order. The rows read are those written by transactions the previous read could not have seen, all
 * in one repeatable-read snapshot, so a copy is never behind what was committed before it was asked.
 */
@ApplicationScoped
public class FactSnapshot {

    /** How a copy is made: at start, and after a rebuild. */
    public static final String RELOAD = Fact.SELECT;
    /** How a copy is brought up to date before each figure, given the horizon of its last read. */
    public static final String CATCH_UP = Fact.CHANGED_SINCE;
    /** The generation of the table and the horizon of this read: transactions before it have ended. */
    public static final String STATE = "select generation, cast(pg_snapshot_xmin(pg_current_snapshot()) as text)"
            + " from figures_generation";

    private final DataSource dataSource;
    private final Map<UUID, Integer> slots = new HashMap<>();
    private FactTable table;
    private long generation = -1;
    private String seenBefore;

    FactSnapshot(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The facts as committed when this was called. */
    synchronized FactTable current() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                catchUp(connection);
            } finally {
                connection.rollback();
                // The pool hands the connection on as it was lent.
                connection.setReadOnly(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                connection.setAutoCommit(true);
            }
            return table;
        } catch (SQLException e) {
            throw new IllegalStateException("the figures could not read request_fact", e);
        }
    }

    private void catchUp(Connection connection) throws SQLException {
        long nowGeneration;
        String horizon;
        try (PreparedStatement state = connection.prepareStatement(STATE); ResultSet row = state.executeQuery()) {
            row.next();
            nowGeneration = row.getLong(1);
            horizon = row.getString(2);
        }
        if (nowGeneration != generation || table == null) {
            List<Fact> all = read(connection, RELOAD, null);
            slots.clear();
            for (int i = 0; i < all.size(); i++) {
                slots.put(all.get(i).requestId(), i);
            }
            table = FactTable.of(all);
        } else {
            apply(read(connection, CATCH_UP, seenBefore));
        }
        generation = nowGeneration;
        // Every transaction before the horizon had ended when the state was read: what it wrote was read.
        seenBefore = horizon;
    }

    private void apply(List<Fact> read) {
        if (read.isEmpty()) {
            return;
        }
        // A fact read twice (its transaction spanned two reads) keeps its last version.
        Map<UUID, Fact> latest = new LinkedHashMap<>();
        read.forEach(fact -> latest.put(fact.requestId(), fact));
        List<Integer> changedSlots = new ArrayList<>();
        List<Fact> changed = new ArrayList<>();
        List<Fact> added = new ArrayList<>();
        for (Fact fact : latest.values()) {
            Integer slot = slots.get(fact.requestId());
            if (slot == null) {
                slots.put(fact.requestId(), table.size() + added.size());
                added.add(fact);
            } else {
                changedSlots.add(slot);
                changed.add(fact);
            }
        }
        table = table.with(changedSlots.stream().mapToInt(Integer::intValue).toArray(), changed, added);
    }

    private static List<Fact> read(Connection connection, String sql, String since) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(1000);
            if (since != null) {
                statement.setString(1, since);
            }
            List<Fact> facts = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    facts.add(Fact.read(rows));
                }
            }
            return facts;
        }
    }
}
