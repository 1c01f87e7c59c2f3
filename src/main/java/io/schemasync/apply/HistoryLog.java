package io.schemasync.apply;

import io.schemasync.catalog.CatalogReader;
import io.schemasync.model.HistoryEntry;
import io.schemasync.server.SyncException;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads {@code schemasync.history}, newest first, for the history command. Never part of planning. */
public final class HistoryLog {
    private static final String SELECT = "SELECT id,"
            + " to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),"
            + " to_char(finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),"
            + " (extract(epoch FROM finished_at - started_at) * 1000)::bigint,"
            + " outcome, tool_version, database_user, client_host, host(client_addr), commit, target,"
            + " plan_fingerprint, catalog_fingerprint, schema_fingerprint, saved_plan, statements, error"
            + " FROM " + History.TABLE + " ORDER BY id DESC LIMIT ?";

    private HistoryLog() {}

    /** The latest applies, newest first; empty when no apply was ever recorded (the table does not exist). */
    public static Optional<List<HistoryEntry>> read(Connection c, int limit) throws SyncException {
        try {
            if (!History.exists(c)) return Optional.empty();
            List<HistoryEntry> entries = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT)) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) entries.add(entry(rs));
                }
            }
            return Optional.of(entries);
        } catch (SQLException e) {
            throw SyncException.failure("cannot read " + CatalogReader.HISTORY_SCHEMA + "."
                    + CatalogReader.HISTORY_TABLE, null, e);
        }
    }

    private static HistoryEntry entry(ResultSet rs) throws SQLException {
        long duration = rs.getLong(4);
        Long millis = rs.wasNull() ? null : duration;
        return new HistoryEntry(rs.getLong(1), rs.getString(2), rs.getString(3), millis, rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getBoolean(15),
                statements(rs.getArray(16)), rs.getString(17));
    }

    private static List<String> statements(Array array) throws SQLException {
        if (array == null) return List.of();
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
