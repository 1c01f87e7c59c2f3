package io.schemasync.cli;

import io.schemasync.catalog.BackendActivity;
import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The monitor against a real server, with a statement that waits for a lock another session holds: what it shows
 * comes from pg_stat_activity through its own connection, which is open only while the statement runs.
 */
@PostgresTest
class StatementMonitorDatabaseTest {
    private static final StatementMonitor.Cadence CADENCE = new StatementMonitor.Cadence(Duration.ofMillis(300),
            Duration.ofMillis(100), Duration.ofMillis(200));

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aStatementWaitingForALockSaysWhoHoldsItAndItsConnectionEndsWithIt(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE orders (id int)");
        try (Connection holder = db.connect(); Connection apply = db.connect()) {
            holder.setAutoCommit(false);
            try (Statement st = holder.createStatement()) {
                st.execute("LOCK TABLE orders IN ACCESS SHARE MODE");
            }
            int holderPid = BackendActivity.backendPid(holder);
            var output = new StatementMonitor.Output(new PrintStream(err, true, StandardCharsets.UTF_8),
                    new Redactor(), new Style(false), new ProgressText(true), false, 80);
            try (StatementMonitor monitor = new StatementMonitor(output, CADENCE, () -> monitorConnection(db),
                    BackendActivity.backendPid(apply))) {
                monitor.start("rewriting public.orders");
                CompletableFuture<Void> alter = CompletableFuture.runAsync(() -> run(apply,
                        "ALTER TABLE orders ALTER COLUMN id TYPE bigint"));
                await(() -> err().contains("held by pid"));
                assertTrue(Pattern.compile("(?m)^  … \\d+ s: rewriting public\\.orders: waiting for a lock \\(relation\\)"
                        + " held by pid " + holderPid + "$").matcher(err()).find(), err());
                assertEquals(1, monitorSessions(db, 1), "the monitor watches through a connection of its own");

                holder.rollback();
                alter.get();
                monitor.stop();
                assertEquals(0, monitorSessions(db, 0), "closed when the statement ends, before the next one runs");
                String shown = err();
                monitor.start("quick");
                monitor.stop();
                assertEquals(shown, err());
                assertEquals(0, monitorSessions(db, 0), "a quick statement opens none");
            }
        }
        assertFalse(err().contains("\r"), err());
    }

    private static Connection monitorConnection(TestDatabase db) throws SQLException {
        Connection c = db.connect();
        try (Statement st = c.createStatement()) {
            st.execute("SET application_name = '" + StatementMonitor.APPLICATION_NAME + "'");
        }
        return c;
    }

    private static void run(Connection c, String sql) {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The monitor's sessions, once they number {@code expected} or half a second has passed: the server removes a
     * closed session from pg_stat_activity a moment after the client says goodbye.
     */
    private static int monitorSessions(TestDatabase db, int expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMillis(500).toNanos();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            while (true) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name = '"
                        + StatementMonitor.APPLICATION_NAME + "'")) {
                    rs.next();
                    int open = rs.getInt(1);
                    if (open == expected || System.nanoTime() > deadline) return open;
                }
                Thread.sleep(20);
            }
        }
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out");
            Thread.sleep(10);
        }
    }
}
