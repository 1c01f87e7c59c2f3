package io.schemasync.catalog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one server process is doing, as another session sees it: what it waits for, and how far an index build
 * has come. Apply's connection is busy with the statement, so this is read through a second connection.
 *
 * @param waitEventType {@code pg_stat_activity.wait_event_type} ("Lock", "IO", ...), null when running
 * @param waitEvent     {@code pg_stat_activity.wait_event} ("relation", "virtualxid", ...)
 * @param blockedBy     the processes holding the lock it waits for (read only while it waits for one)
 * @param indexBuild    its row of pg_stat_progress_create_index, null when it builds no index
 */
public record BackendActivity(String waitEventType, String waitEvent, List<Integer> blockedBy, IndexBuild indexBuild) {
    public BackendActivity {
        blockedBy = List.copyOf(blockedBy);
    }

    /**
     * A row of <a href="https://www.postgresql.org/docs/current/progress-reporting.html#CREATE-INDEX-PROGRESS-REPORTING">
     * pg_stat_progress_create_index</a> (PostgreSQL 12+): the phase, and the counters of that phase (zero when
     * the phase has none). The lockers are the transactions CREATE INDEX CONCURRENTLY waits to finish.
     */
    public record IndexBuild(String phase, long blocksTotal, long blocksDone, long tuplesTotal, long tuplesDone,
                             long lockersTotal, long lockersDone, int currentLocker, long partitionsTotal,
                             long partitionsDone) {}

    /** pg_blocking_pids takes the lock manager's locks: asked only of a process that waits for a lock. */
    private static final String QUERY = """
            SELECT a.wait_event_type, a.wait_event,
                   CASE WHEN a.wait_event_type = 'Lock' THEN pg_blocking_pids(a.pid) END AS blocked_by,
                   p.phase, p.blocks_total, p.blocks_done, p.tuples_total, p.tuples_done, p.lockers_total,
                   p.lockers_done, p.current_locker_pid, p.partitions_total, p.partitions_done
              FROM pg_stat_activity a
              LEFT JOIN pg_stat_progress_create_index p ON p.pid = a.pid
             WHERE a.pid = ?""";

    /** The server process of a connection, to be watched from another one. */
    public static int backendPid(Connection connection) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT pg_backend_pid()");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Empty when no such process is visible (it ended, or a connection pooler stands between). */
    public static Optional<BackendActivity> read(Connection monitor, int pid) throws SQLException {
        try (PreparedStatement st = monitor.prepareStatement(QUERY)) {
            st.setInt(1, pid);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(of(rs)) : Optional.empty();
            }
        }
    }

    private static BackendActivity of(ResultSet rs) throws SQLException {
        String phase = rs.getString("phase");
        IndexBuild build = phase == null ? null : new IndexBuild(phase, rs.getLong("blocks_total"),
                rs.getLong("blocks_done"), rs.getLong("tuples_total"), rs.getLong("tuples_done"),
                rs.getLong("lockers_total"), rs.getLong("lockers_done"), rs.getInt("current_locker_pid"),
                rs.getLong("partitions_total"), rs.getLong("partitions_done"));
        return new BackendActivity(rs.getString("wait_event_type"), rs.getString("wait_event"),
                pids(rs.getArray("blocked_by")), build);
    }

    private static List<Integer> pids(Array array) throws SQLException {
        if (array == null) return List.of();
        List<Integer> pids = new ArrayList<>();
        for (Object pid : (Object[]) array.getArray()) pids.add(((Number) pid).intValue());
        return pids;
    }
}
