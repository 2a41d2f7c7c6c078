package org.counterpart.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a string was written: every row of every table of a database (text, JSON and bytes alike) and
 * every file under a directory, searched byte for byte.
 */
final class CanarySearch {

    private CanarySearch() {
    }

    /** The tables of {@code db} with at least one row holding {@code canary} in any column. */
    static List<String> tablesContaining(Connection db, String canary) throws SQLException {
        Map<String, List<String>> byteColumns = new LinkedHashMap<>();
        try (ResultSet tables = db.createStatement().executeQuery("select table_schema || '.' || table_name from "
                + "information_schema.tables where table_type = 'BASE TABLE' and table_schema not in "
                + "('pg_catalog', 'information_schema')")) {
            while (tables.next()) {
                byteColumns.put(tables.getString(1), new ArrayList<>());
            }
        }
        try (ResultSet columns = db.createStatement().executeQuery("select table_schema || '.' || table_name, column_name "
                + "from information_schema.columns where data_type = 'bytea'")) {
            while (columns.next()) {
                List<String> of = byteColumns.get(columns.getString(1));
                if (of != null) {
                    of.add(columns.getString(2));
                }
            }
        }
        List<String> hits = new ArrayList<>();
        for (Map.Entry<String, List<String>> table : byteColumns.entrySet()) {
            // A row's text shows bytes as hex, so byte columns are searched as bytes.
            StringBuilder where = new StringBuilder("t::text like ?");
            table.getValue().forEach(column -> where.append(" or position(?::bytea in t.\"").append(column).append("\") > 0"));
            try (PreparedStatement query = db.prepareStatement("select count(*) from " + table.getKey() + " t where " + where)) {
                query.setString(1, "%" + canary + "%");
                for (int i = 0; i < table.getValue().size(); i++) {
                    query.setBytes(i + 2, canary.getBytes(StandardCharsets.UTF_8));
                }
                try (ResultSet count = query.executeQuery()) {
                    count.next();
                    if (count.getLong(1) > 0) {
                        hits.add(table.getKey());
                    }
                }
            }
        }
        return hits;
    }

    /** The files under {@code root} (all of them, at any depth) whose bytes contain {@code canary}. */
    static List<Path> filesContaining(Path root, String canary) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(file -> contains(file, canary)).toList();
        }
    }

    /** How many files {@link #filesContaining} looks at: a search of nothing proves nothing. */
    static long filesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static boolean contains(Path file, String canary) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(canary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search " + file, e);
        }
    }
}
