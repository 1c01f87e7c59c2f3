package io.schemasync.apply;

import io.schemasync.dryrun.DryRun;
import io.schemasync.model.Column;
import io.schemasync.model.Database;
import io.schemasync.model.PrimaryKey;
import io.schemasync.model.Schema;
import io.schemasync.model.Table;
import io.schemasync.plan.Plan;
import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An online change stopped after its commit, for real: another session holds a lock that a statement after the
 * commit needs, so it runs into lock_timeout (after the commit too, no statement waits for a lock for long). Apply
 * tries again, and the new plan finishes what was left halfway.
 */
@PostgresTest
class OnlineApplyTest {
    private static final SchemaSync.Options OPTIONS = new SchemaSync.Options(false, Duration.ofMillis(300), true);

    private static Database customer(boolean emailNullable, PrimaryKey pk) {
        Table t = new Table("customer", List.of(Column.of("id", "integer", false), Column.of("email", "text", emailNullable)),
                pk, List.of(), List.of(), List.of(), List.of(), null, null);
        return new Database(List.of(Schema.named("public").withTables(List.of(t))));
    }

    /**
     * A listener that, right before the first statement {@code trigger} accepts, has another session take {@code lock}
     * on customer, and when apply says it will try again, checks the state left in between and lets the lock go.
     */
    private static final class Interrupter implements ApplyListener, AutoCloseable {
        private final Connection holder;
        private final Predicate<String> trigger;
        private final String lock;
        private final Check between;
        final List<String> ran = new ArrayList<>();
        int retries;
        AssertionError failed;

        interface Check {
            void run() throws Exception;
        }

        Interrupter(TestDatabase db, Predicate<String> trigger, String lock, Check between) throws SQLException {
            this.holder = db.connect();
            this.trigger = trigger;
            this.lock = lock;
            this.between = between;
        }

        @Override
        public void executing(String sql) {
            ran.add(sql);
            if (retries > 0 || !trigger.test(sql)) return;
            try {
                holder.setAutoCommit(false);
                try (Statement st = holder.createStatement()) {
                    st.execute("LOCK TABLE customer IN " + lock + " MODE");
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void retrying(int attempt, String reason) {
            retries++;
            try {
                assertTrue(reason.contains("lock timeout"), reason);
                between.run();
            } catch (AssertionError e) {
                failed = e;
            } catch (Exception e) {
                failed = new AssertionError(e);
            }
            try {
                holder.rollback();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() throws SQLException {
            holder.close();
        }
    }

    private static String first(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Test
    void setNotNullStoppedBeforeValidateIsFinishedByTheRetry(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE customer (id int PRIMARY KEY, email text);"
                + " INSERT INTO customer SELECT i, 'c' || i FROM generate_series(1, 200) AS i");
        Database want = customer(false, new PrimaryKey("customer_pkey", List.of("id")));
        try (Connection c = db.connect(); Connection other = db.connect()) {
            String helper = c.getMetaData().getDatabaseMajorVersion() >= 18 ? "customer_email_not_null"
                    : "customer_email_not_null_schemasync";
            try (Interrupter in = new Interrupter(db, sql -> sql.contains("VALIDATE CONSTRAINT"), "SHARE UPDATE EXCLUSIVE",
                    () -> {
                        assertEquals("f", first(other, "SELECT convalidated FROM pg_constraint WHERE conname = '"
                                + helper + "'"), "committed, NOT VALID");
                        SQLException e = assertThrows(SQLException.class, () -> other.createStatement()
                                .execute("INSERT INTO customer VALUES (0, NULL)"));
                        assertEquals("23", e.getSQLState().substring(0, 2), "new rows are held to it: " + e.getMessage());
                    })) {
                ApplyResult r = SchemaSync.apply(c, want, OPTIONS, in);
                if (in.failed != null) throw in.failed;
                assertEquals(1, in.retries);
                assertTrue(r.applied());
                assertEquals(1, in.ran.stream().filter(s -> s.contains("ADD CONSTRAINT")).count(),
                        "the retry does not add the check again: " + in.ran);
            }
            assertEquals("t", first(c, "SELECT attnotnull FROM pg_attribute WHERE attrelid = 'customer'::regclass"
                    + " AND attname = 'email'"));
            assertEquals("0", first(c, "SELECT count(*) FROM pg_constraint WHERE conrelid = 'customer'::regclass"
                    + " AND contype = 'c'"), "no helper check is left");
            assertTrue(DryRun.plan(c, want, false).isEmpty());
        }
    }

    @Test
    void aKeyStoppedBeforeItIsAttachedUsesTheIndexTheFirstAttemptBuilt(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE customer (id int NOT NULL, email text);"
                + " INSERT INTO customer SELECT i, 'c' || i FROM generate_series(1, 200) AS i");
        Database want = customer(true, new PrimaryKey("customer_pkey", List.of("id")));
        try (Connection c = db.connect(); Connection other = db.connect()) {
            try (Interrupter in = new Interrupter(db, sql -> sql.contains("USING INDEX"), "ACCESS SHARE", () -> {
                assertEquals("t", first(other, "SELECT indisvalid FROM pg_index WHERE indexrelid"
                        + " = 'customer_pkey'::regclass"), "the index is built");
                Plan resumed = DryRun.plan(other, want, false);
                assertEquals(List.of("add primary key (id) using the index an earlier apply built"),
                        resumed.steps().stream().map(s -> s.summary()).toList());
            })) {
                assertTrue(SchemaSync.apply(c, want, OPTIONS, in).applied());
                if (in.failed != null) throw in.failed;
                assertEquals(1, in.retries);
                assertEquals(1, in.ran.stream().filter(s -> s.startsWith("CREATE UNIQUE INDEX")).count(),
                        "built once: " + in.ran);
            }
            assertEquals("p", first(c, "SELECT contype FROM pg_constraint WHERE conname = 'customer_pkey'"));
            assertTrue(DryRun.plan(c, want, false).isEmpty());
        }
    }
}
