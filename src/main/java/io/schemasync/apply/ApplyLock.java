package io.schemasync.apply;

import io.schemasync.server.Sender;
import io.schemasync.server.SyncException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The session-level advisory lock that makes applies on one database take turns for their whole run: the
 * transaction, the after-commit phase (CREATE INDEX CONCURRENTLY) and the verification. Every apply therefore
 * sees the database either before or after another, never halfway. PostgreSQL releases the lock when the session
 * ends, so a killed apply cannot leave it behind.
 * <p>
 * The lock is taken with {@code pg_try_advisory_lock}, polled from the client between short statements, never by
 * waiting inside a statement: a session waiting in {@code pg_advisory_lock} holds a snapshot, and CREATE INDEX
 * CONCURRENTLY in the apply that holds the lock waits for every older snapshot to end — the two would wait for
 * each other until a timeout.
 */
final class ApplyLock implements AutoCloseable {
    /** Key of the lock: every schemasync apply on a database serializes on it. */
    static final long KEY = 0x5c4e_3a5f_0000_0001L;
    private static final Duration POLL = Duration.ofMillis(200);

    private final Connection c;

    private ApplyLock(Connection c) {
        this.c = c;
    }

    /**
     * Takes the lock, waiting at most {@code maxWait} for another apply to finish. The connection must be in
     * autocommit mode.
     */
    static ApplyLock take(Connection c, Duration maxWait, ApplyListener listener) throws SyncException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        boolean told = false;
        try (Sender st = new Sender(c)) {
            while (true) {
                try (ResultSet rs = st.query("SELECT pg_try_advisory_lock(" + KEY + ")")) {
                    rs.next();
                    if (rs.getBoolean(1)) return new ApplyLock(c);
                }
                String holder = holder(st);
                if (System.nanoTime() > deadline) {
                    throw new SyncException("another schemasync apply is still running on this database after "
                            + maxWait.toSeconds() + " s of waiting (" + holder + "); run apply again when it is done");
                }
                if (!told) listener.waiting(holder);
                told = true;
                Thread.sleep(POLL);
            }
        } catch (SQLException e) {
            throw SyncException.failure("cannot take the apply lock", null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncException("interrupted while waiting for another schemasync apply");
        }
    }

    /** Who holds the lock, for people: its process id, application name and for how long. */
    private static String holder(Sender st) throws SQLException {
        String sql = "SELECT a.pid, coalesce(nullif(a.application_name, ''), 'no application name'),"
                + " extract(epoch FROM now() - a.backend_start)::bigint"
                + " FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid"
                + " WHERE l.locktype = 'advisory' AND l.granted AND l.classid = " + (KEY >>> 32)
                + " AND l.objid = " + (KEY & 0xffff_ffffL) + " AND l.objsubid = 1 LIMIT 1";
        try (ResultSet rs = st.query(sql)) {
            if (!rs.next()) return "held by a session this role cannot see";
            return "pid " + rs.getLong(1) + ", " + rs.getString(2) + ", connected " + rs.getLong(3) + " s ago";
        }
    }

    /** Releases the lock; if the connection is gone, the server has released it already. */
    @Override
    public void close() {
        try {
            if (!c.getAutoCommit()) c.rollback();
            c.setAutoCommit(true);
            try (Sender st = new Sender(c)) {
                st.execute("SELECT pg_advisory_unlock(" + KEY + ")");
            }
        } catch (SQLException ignored) {
            // The session is broken or closed: PostgreSQL released the lock with it.
        }
    }
}
