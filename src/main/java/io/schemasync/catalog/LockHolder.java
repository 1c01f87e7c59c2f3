package io.schemasync.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A session holding locks on tables of the managed schemas, as a lock timeout's retry message names it: a lock
 * timeout is nearly always one long transaction (a report, an idle-in-transaction session). Its query text is not
 * read: it may hold data, and the message goes to CI logs.
 *
 * @param seconds   how long its transaction has run
 * @param relations the managed tables it holds locks on, {@code schema.table}, comma-separated
 */
public record LockHolder(int pid, String application, String user, String state, long seconds, String relations) {
    private static final String QUERY = """
            SELECT a.pid, coalesce(nullif(a.application_name, ''), '?'), coalesce(a.usename::text, '?'),
                   coalesce(a.state, '?'), coalesce(extract(epoch FROM clock_timestamp() - a.xact_start)::bigint, 0),
                   string_agg(DISTINCT n.nspname || '.' || r.relname, ', ')
              FROM pg_catalog.pg_locks l
              JOIN pg_catalog.pg_class r ON r.oid = l.relation
              JOIN pg_catalog.pg_namespace n ON n.oid = r.relnamespace
              JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid
             WHERE l.granted AND l.pid <> pg_catalog.pg_backend_pid() AND n.nspname = ANY (?)
               AND r.relkind IN ('r', 'p', 'm', 'v')
             GROUP BY 1, 2, 3, 4, 5 ORDER BY 5 DESC LIMIT ?
            """;

    /** The longest-running {@code limit} holders, longest first; the connection must not be in a failed transaction. */
    public static List<LockHolder> read(Connection c, List<String> schemas, int limit) throws SQLException {
        List<LockHolder> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(QUERY)) {
            ps.setArray(1, c.createArrayOf("text", schemas.toArray()));
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new LockHolder(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5), rs.getString(6)));
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "pid " + pid + " (application " + application + ", user " + user + ", " + state
                + ", in a transaction for " + seconds + " s, holding locks on " + relations + ")";
    }
}
