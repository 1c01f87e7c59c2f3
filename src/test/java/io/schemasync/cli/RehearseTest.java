package io.schemasync.cli;

import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 10, item 5: plan --rehearse runs the plan in a transaction that is always rolled back. */
@PostgresTest
class RehearseTest {
    private static final String SCHEMA = """
            schemas:
              public:
                tables:
                  orders:
                    columns:
                      id:     { type: bigint, nullable: false }
                      status: { type: text, nullable: false, default: "'new'" }
                      note:   { type: text }
                    primary_key: [id]
                    indexes:
                      orders_status_idx: { columns: [status] }
            """;

    @TempDir
    Path dir;

    private static void rows(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL DEFAULT 'new');"
                + " INSERT INTO orders SELECT g, CASE WHEN g % 3 = 0 THEN 'paid' ELSE 'new' END"
                + " FROM generate_series(1, 20000) g");
    }

    @Test
    void aRehearsalRunsEveryStepAndChangesNothing(TestDatabase db) throws Exception {
        rows(db);
        Path schema = Files.writeString(dir.resolve("schema.yaml"), SCHEMA);
        String url = ApplyCommandTest.url(db);
        MainTest.Result r = MainTest.run(Map.of(), "plan", "--url", url, "-s", schema.toString(), "--rehearse",
                "--color", "never");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("Rehearsal (one transaction, rolled back: nothing was changed)"), r.out());
        assertTrue(r.out().contains("public.orders.orders_status_idx"), r.out());
        assertTrue(r.out().contains("rehearsed in its plain form; apply runs it CONCURRENTLY"), r.out());
        assertTrue(r.out().contains("Rehearsal passed: 2 steps"), r.out());
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM pg_indexes WHERE indexname = 'orders_status_idx'),"
                     + " (SELECT count(*) FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'note')")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "the index was rolled back");
            assertEquals(0, rs.getInt(2), "the column was rolled back");
        }
        // For programs, stdout stays the plan alone; the rehearsal goes to stderr.
        MainTest.Result json = MainTest.run(Map.of(), "plan", "--url", url, "-s", schema.toString(), "--rehearse",
                "--format", "json");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().strip().startsWith("{") && json.out().strip().endsWith("}"), json.out());
        assertTrue(json.err().contains("Rehearsal passed"), json.err());
    }

    @Test
    void theFirstStepThatFailsIsNamedWithTheServersMessage(TestDatabase db) throws Exception {
        rows(db);
        Path schema = Files.writeString(dir.resolve("schema.yaml"), SCHEMA);
        String url = ApplyCommandTest.url(db);
        try (Connection holder = db.connect(); Statement st = holder.createStatement()) {
            holder.setAutoCommit(false);
            st.execute("LOCK TABLE orders IN ACCESS SHARE MODE");
            MainTest.Result r = MainTest.run(Map.of(), "plan", "--url", url, "-s", schema.toString(), "--rehearse",
                    "--lock-timeout", "200ms", "--color", "never");
            assertEquals(1, r.code(), r.out() + r.err());
            assertTrue(r.out().contains("lock timeout"), r.out());
            assertTrue(r.out().contains("Rehearsal failed at step 1 of 2 (1 not rehearsed)"), r.out());
            assertTrue(r.out().contains("statement: ALTER TABLE"), r.out());
            holder.rollback();
        }
    }

    @Test
    void aPlanThatApplyRefusesIsNotRehearsed(TestDatabase db) throws Exception {
        rows(db);
        Path schema = Files.writeString(dir.resolve("schema.yaml"), SCHEMA.replace(
                "          status: { type: text, nullable: false, default: \"'new'\" }\n", "").replace(
                "        indexes:\n          orders_status_idx: { columns: [status] }\n", ""));
        MainTest.Result r = MainTest.run(Map.of(), "plan", "--url", ApplyCommandTest.url(db), "-s", schema.toString(),
                "--rehearse", "--color", "never");
        assertEquals(4, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("Not rehearsed: apply refuses this plan"), r.out());
        assertFalse(r.out().contains("Rehearsal passed"));
    }
}
