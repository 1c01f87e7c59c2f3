package io.schemasync.apply;

import io.schemasync.catalog.Session;
import io.schemasync.diff.Differ;
import io.schemasync.dryrun.DryRun;
import io.schemasync.dryrun.InSync;
import io.schemasync.load.SchemaLoader;
import io.schemasync.model.Database;
import io.schemasync.plan.Plan;
import io.schemasync.plan.PlanOptions;
import io.schemasync.plan.Planner;
import io.schemasync.server.Committed;
import io.schemasync.server.SyncException;
import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9, goal 5: a plan larger than one transaction's lock budget commits in batches, each atomic, and a rerun
 * resumes after the last committed batch.
 */
@PostgresTest
class BatchesTest {
    @TempDir
    Path dir;

    /** {@code n} tables, each with an index; every table from the 11th on references {@code ref}. */
    private Database tables(int n) throws Exception {
        StringBuilder yaml = new StringBuilder("schemas:\n  public:\n    tables:\n"
                + "      ref:\n        columns:\n          id: { type: bigint }\n        primary_key: [id]\n");
        for (int i = 1; i <= n; i++) {
            yaml.append("      t").append(i).append(":\n        columns:\n          id: { type: bigint }\n")
                    .append("          ref_id: { type: bigint }\n        primary_key: [id]\n")
                    .append("        indexes:\n          t").append(i).append("_ref_idx: { columns: [ref_id] }\n");
            if (i > 10) {
                yaml.append("        foreign_keys:\n          t").append(i)
                        .append("_ref_fk: { columns: [ref_id], references: ref(id) }\n");
            }
        }
        Path file = Files.writeString(dir.resolve("schema.yaml"), yaml);
        return SchemaLoader.load(List.of(file));
    }

    private static SchemaSync.Options options(int batchSize) {
        return new SchemaSync.Options(false, Duration.ofMillis(200), true, Duration.ofMinutes(1)).withBatchSize(batchSize);
    }

    private static final class Batches implements ApplyListener {
        final List<String> committed = new ArrayList<>();

        @Override
        public void batchCommitted(int done, int of, int steps) {
            committed.add(done + "/" + of);
        }
    }

    @Test
    void aPlanCommitsInBatchesOfAtMostSoManyTables(TestDatabase db) throws Exception {
        Database desired = tables(24);
        try (Connection c = db.connect()) {
            Batches listener = new Batches();
            ApplyResult result = SchemaSync.apply(c, desired, options(10), listener);
            assertTrue(result.applied());
            // 25 tables, ten at most per batch: each kind of step (tables, indexes, foreign keys) in plan order.
            int of = listener.committed.size();
            assertTrue(of >= 3, listener.committed.toString());
            for (int i = 0; i < of; i++) assertEquals((i + 1) + "/" + of, listener.committed.get(i));
            assertTrue(DryRun.plan(c, desired, false).isEmpty());
        }
    }

    @Test
    void aFailingBatchIsRolledBackAndTheNextApplyResumes(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE ref (id bigint PRIMARY KEY)");
        Database desired = tables(30);
        try (Connection c = db.connect(); Connection holder = db.connect()) {
            holder.setAutoCommit(false);
            try (Statement st = holder.createStatement()) {
                // The foreign keys of tables 11 to 30 wait for this lock: the batch that adds them times out.
                st.execute("LOCK TABLE ref IN ACCESS EXCLUSIVE MODE");
            }
            Batches listener = new Batches();
            SyncException e = assertThrows(SyncException.class, () -> SchemaSync.apply(c, desired, options(8), listener));
            Committed committed = e.committed().orElseThrow();
            assertEquals(Committed.Stage.BATCHES, committed.stage());
            assertTrue(!committed.completed().isEmpty(), "the failing batch is named: " + committed);
            assertTrue(!listener.committed.isEmpty() && listener.committed.get(0).startsWith("1/"),
                    "batches before the failing one committed: " + listener.committed);
            holder.rollback();
            Plan rest = DryRun.plan(c, desired, false);
            assertTrue(rest.steps().size() < Planner.plan(Differ.diff(Database.empty(), desired), new PlanOptions(false))
                    .steps().size(), "the committed batches are not planned again");
            assertTrue(SchemaSync.apply(c, desired, options(8), new Batches()).applied());
            assertTrue(DryRun.plan(c, desired, false).isEmpty());
        }
    }

    /**
     * New tables, their indexes and keys go several to a round trip (see {@link Pipeline}); when one statement of such
     * a run fails, the run is rolled back to its savepoint and run again one statement at a time: the failing statement
     * is the one reported, the listener hears of it as failed after the others as done, and nothing is committed.
     */
    @Test
    void aPipelinedRunThatFailsRunsAgainOneStatementAtATime(TestDatabase db) throws Exception {
        Database desired = tables(20);
        try (Connection c = db.connect(); Connection holder = db.connect()) {
            holder.setAutoCommit(false);
            try (Statement st = holder.createStatement()) {
                // Uncommitted: apply's CREATE TABLE t7 waits for this transaction, and its lock_timeout ends the wait.
                st.execute("CREATE TABLE t7 (x int)");
            }
            List<String> events = new ArrayList<>();
            ApplyListener listener = new ApplyListener() {
                @Override
                public void executing(io.schemasync.plan.Step step, String sql) {
                    events.add("run " + sql.lines().findFirst().orElseThrow());
                }

                @Override
                public void executed(String sql, Duration elapsed, boolean succeeded) {
                    events.add(succeeded ? "done" : "failed");
                }
            };
            SyncException e = assertThrows(SyncException.class, () -> SchemaSync.apply(c, desired,
                    new SchemaSync.Options(false, Duration.ofMillis(100), true, Duration.ofMinutes(1)), listener));
            assertTrue(e.statement() != null && e.statement().startsWith("CREATE TABLE \"public\".\"t7\""),
                    e.statement() + ": " + e.getMessage());
            assertEquals(List.of("run CREATE TABLE \"public\".\"t7\" (", "failed"),
                    events.subList(events.size() - 2, events.size()));
            int runs = 0;
            for (int i = 0; i < events.size(); i += 2) {
                assertTrue(events.get(i).startsWith("run "), events.toString());
                if (events.get(i).startsWith("run CREATE TABLE \"public\".\"t7\"")) runs++;
            }
            assertTrue(runs >= 1, events.toString());
            holder.rollback();
            try (Statement st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT count(*) FROM pg_catalog.pg_class WHERE relnamespace = 'public'::regnamespace")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "nothing was committed");
            }
        }
    }

    /**
     * After the last batch, one plan both verifies and records the files as in sync (InSync.verify): the record
     * answers the next run; it is not written when the files changed during the apply, nor by an apply that does
     * not ask for it (the caller then records, as before).
     */
    @Test
    void theVerificationAfterTheBatchesRecordsTheFilesInSync(TestDatabase db) throws Exception {
        Database desired = tables(12);
        Path file = dir.resolve("schema.yaml");
        InSync.Written key = InSync.key(List.of(file), null, false).orElseThrow();
        try (Connection c = db.connect()) {
            boolean[] unchanged = {false};
            InSync.Recording changed = new InSync.Recording(key, List.of(), null, () -> unchanged[0]);
            ApplyResult first = SchemaSync.apply(c, tables(6), options(3).withRecording(changed), new Batches());
            assertTrue(first.applied());
            assertFalse(first.recorded(), "the files changed since they were loaded: no record");
            assertTrue(InSync.answer(c, key).isEmpty());
            unchanged[0] = true;
            Batches listener = new Batches();
            ApplyResult second = SchemaSync.apply(c, desired, options(3).withRecording(changed), listener);
            assertTrue(listener.committed.size() > 1, listener.committed.toString());
            assertTrue(second.recorded(), "the verification after the last batch recorded the files");
            InSync.Answer answer = InSync.answer(c, key).orElseThrow();
            assertEquals(DryRun.plan(c, desired, false).inSync(), answer.plan().inSync(),
                    "the record lists what a full plan lists");
            // A hand change after the record is not hidden by it.
            db.execute("ALTER TABLE t3 ADD COLUMN extra int");
            assertTrue(InSync.answer(c, key).isEmpty());
        }
    }

    /** A second connection to the test database that counts the statements sent through it. */
    private static java.util.concurrent.Callable<Connection> counting(TestDatabase db, java.util.concurrent.atomic.AtomicInteger sent) {
        return () -> {
            Connection real = db.connect();
            return (Connection) java.lang.reflect.Proxy.newProxyInstance(BatchesTest.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("createStatement")) sent.incrementAndGet();
                        try {
                            return method.invoke(real, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        };
    }

    /**
     * Batches that only create tables, and then those that only create their indexes, run two at a time on two
     * connections (Waves); the foreign keys after them one at a time. Every batch is told to the listener in turn,
     * and the result is the schema.
     */
    @Test
    void batchesThatOnlyCreateRunTwoAtATimeOnASecondConnection(TestDatabase db) throws Exception {
        Database desired = tables(40);
        java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
        try (Connection c = db.connect()) {
            Batches listener = new Batches();
            List<String> statements = new ArrayList<>();
            ApplyListener both = new ApplyListener() {
                @Override
                public void batchCommitted(int done, int of, int steps) {
                    listener.batchCommitted(done, of, steps);
                }

                @Override
                public void executed(String sql, Duration elapsed, boolean succeeded) {
                    statements.add(sql);
                }
            };
            ApplyResult result = SchemaSync.apply(c, desired, options(5).withHelper(counting(db, sent)), both);
            assertTrue(result.applied());
            int of = listener.committed.size();
            for (int i = 0; i < of; i++) assertEquals((i + 1) + "/" + of, listener.committed.get(i));
            assertTrue(sent.get() > 2, "the second connection ran batches: " + sent.get());
            assertEquals(result.executed(), statements.size(), "every statement is told to the listener, once");
            assertEquals(statements.size(), new java.util.HashSet<>(statements).size());
            assertTrue(DryRun.plan(c, desired, false).isEmpty());
        }
    }

    /**
     * Two new tables whose identity sequences PostgreSQL names alike ("a1" with "b_id", "a1_b" with "id": both
     * a1_b_id_seq) collide when created at the same time; the batch that fails beside the other is rolled back and
     * runs again alone after it, as a sequential apply would have run it (the name PostgreSQL then picks is
     * a1_b_id_seq1).
     */
    @Test
    void aBatchThatFailsBesideAnotherRunsAgainAlone(TestDatabase db) throws Exception {
        StringBuilder yaml = new StringBuilder("schemas:\n  public:\n    tables:\n");
        for (int i = 1; i <= 20; i++) {
            yaml.append("      a").append(i).append(":\n        columns:\n          b_id: { type: bigint, identity: always }\n");
            yaml.append("      a").append(i).append("_b:\n        columns:\n          id: { type: bigint, identity: always }\n");
        }
        Database desired = SchemaLoader.load(List.of(Files.writeString(dir.resolve("schema.yaml"), yaml)));
        java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
        try (Connection c = db.connect()) {
            Batches listener = new Batches();
            ApplyResult result = SchemaSync.apply(c, desired, options(1).withHelper(counting(db, sent)), listener);
            assertTrue(result.applied());
            assertEquals(40, listener.committed.size());
            assertTrue(DryRun.plan(c, desired, false).isEmpty());
            try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM pg_class"
                    + " WHERE relkind = 'S' AND relname ~ '^a[0-9]+_b_id_seq1?$'")) {
                rs.next();
                assertEquals(40, rs.getInt(1), "every table has its sequence");
            }
        }
    }

    static java.util.stream.Stream<String> realSchemas() throws java.io.IOException {
        try (var dirs = Files.list(Path.of("src/test/resources/cases/realworld"))) {
            return dirs.map(d -> d.getFileName().toString()).filter(n -> n.endsWith("-create")).sorted().toList().stream();
        }
    }

    /**
     * The schemas of real projects (views, functions, triggers, sequences, enums, partitions, grants) applied to an
     * empty database in batches of three tables, on two connections where batches only create tables or their
     * indexes: the result is the schema, whatever order the waves ran in.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("realSchemas")
    void realSchemasFromEmptyInBatchesOnTwoConnections(String name, TestDatabase db) throws Exception {
        Path dir = Path.of("src/test/resources/cases/realworld", name);
        Database desired = SchemaLoader.load(List.of(dir.resolve("schema.yaml")));
        java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
        try (Connection c = db.connect()) {
            // What the case's databases have and schemasync leaves alone: the roles its grants name, ...
            Path setup = dir.resolve("setup.sql");
            if (Files.exists(setup)) {
                try (Statement st = c.createStatement()) {
                    st.execute(Files.readString(setup));
                }
            }
            Batches listener = new Batches();
            ApplyResult result = SchemaSync.apply(c, desired, options(3).withHelper(counting(db, sent)), listener);
            assertTrue(result.applied());
            int tables = desired.schemas().stream().mapToInt(s -> s.tables().size()).sum();
            if (tables > 3) assertTrue(listener.committed.size() > 1, listener.committed.toString());
            assertTrue(DryRun.plan(c, desired, false).isEmpty(), name);
        }
    }

    @Test
    void aCreatesOnlyPlanLargerThanTheLockTableIsBatchedOnItsOwn() throws Exception {
        Plan plan = Planner.plan(Differ.diff(Database.empty(), tables(15)), new PlanOptions(false));
        Session tiny = new Session(false, true, "app", "app", 2, 10, 0, Map.of());
        assertTrue(SchemaSync.batching(tiny, plan).orElseThrow().startsWith("apply will commit this plan in "));
        Session standard = new Session(false, true, "app", "app", 64, 100, 0, Map.of());
        assertTrue(SchemaSync.batching(standard, plan).isEmpty());
        assertEquals(1, LockBudget.automaticBatch(tiny));
        assertEquals(600, LockBudget.automaticBatch(new Session(false, true, "app", "app", 64, 300, 0, Map.of())));
    }
}
