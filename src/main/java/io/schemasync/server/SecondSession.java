package io.schemasync.server;

import io.schemasync.catalog.Printing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.Callable;

/**
 * A second connection to a first one's database, for work beside it (half of a materialization, batches of an
 * apply that only creates): it must read and print SQL as the first does ({@link Printing}: settings, database
 * text, search_path, role), read the YAML's text under standard string rules, and wait for locks no longer than
 * the first would. When it cannot be opened or differs, there is none, and the first does the work alone.
 */
public final class SecondSession {
    /** What the first session's work runs under. */
    public record First(String printing, String lockTimeout, String statementTimeout) {
        public static First of(Connection c) throws SQLException {
            try (Sender st = new Sender(c); ResultSet rs = st.query("SELECT pg_catalog.current_setting('lock_timeout'),"
                    + " pg_catalog.current_setting('statement_timeout')")) {
                rs.next();
                return new First(Printing.of(c), rs.getString(1), rs.getString(2));
            }
        }
    }

    private SecondSession() {}

    /** The second connection, set up like the first; null when it cannot be opened or prints SQL otherwise. */
    public static Connection open(Callable<Connection> another, First first) {
        if (another == null) return null;
        Connection h = null;
        try {
            h = another.call();
            try (Sender st = new Sender(h)) {
                // As DryRun.sessionSettings does for the first: the YAML's text is read under standard string rules.
                st.execute("SET standard_conforming_strings = on");
            }
            try (PreparedStatement ps = h.prepareStatement("SELECT pg_catalog.set_config('lock_timeout', ?, false),"
                    + " pg_catalog.set_config('statement_timeout', ?, false)")) {
                ps.setString(1, first.lockTimeout());
                ps.setString(2, first.statementTimeout());
                ps.execute();
            }
            if (Printing.of(h).equals(first.printing())) return h;
        } catch (Exception e) {
            // One connection does it all.
        }
        close(h);
        return null;
    }

    /** Runs {@code work} on a daemon thread of its own (the process never waits for it to exit). */
    public static <T> java.util.concurrent.CompletableFuture<T> beside(java.util.function.Supplier<T> work, String name) {
        return java.util.concurrent.CompletableFuture.supplyAsync(work,
                r -> Thread.ofPlatform().daemon().name(name).start(r));
    }

    public static void close(Connection h) {
        if (h == null) return;
        try {
            h.close();
        } catch (SQLException ignored) {
            // Closing is all that was left to do.
        }
    }
}
