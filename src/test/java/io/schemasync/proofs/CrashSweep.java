package io.schemasync.proofs;

import io.schemasync.apply.ApplyListener;
import io.schemasync.apply.ApplyResult;
import io.schemasync.apply.SchemaSync;
import io.schemasync.dryrun.DryRun;
import io.schemasync.load.SchemaLoader;
import io.schemasync.model.Database;
import io.schemasync.plan.Phase;
import io.schemasync.plan.Plan;
import io.schemasync.plan.Step;
import io.schemasync.test.TestDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * One crash scenario: a starting database (before.sql, with rows), the YAML it is brought to, and a forked apply
 * interrupted at one statement boundary at a time, each on a fresh copy of the starting database. After each
 * interruption the database must be exactly the state before the apply or the state after its transaction (the
 * after-commit phase's indexes counted apart: a prefix of them may exist, never an INVALID one) — and, where the
 * plan commits new enum labels first (docs/safety.md), the state after that first COMMIT; which one is decided by
 * the boundary. The next apply must finish the work (resuming the after-commit phase) and the plan after it must
 * be empty.
 * <p>
 * The boundaries, in the order apply reaches them (cli.DebugPause): before each statement of a transaction, before
 * its COMMIT, before each statement of the after-commit phase, and after the last statement.
 */
final class CrashSweep {
    private static final String SCHEMA = "public";
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final SchemaSync.Options OPTIONS = new SchemaSync.Options(false, Duration.ofSeconds(5), true);

    enum Interruption { KILL, TERMINATE }

    /**
     * What one interruption left: the state after {@code commits} of the apply's {@code of} COMMITs (0: before the
     * apply), and {@code afterCommitDone} statements of the after-commit phase (index builds, validations of NOT
     * VALID constraints, keys attached to their indexes, ...).
     */
    record Outcome(int boundary, Interruption how, String where, int commits, int of, int afterCommitDone, int resumed) {
        String state() {
            if (commits == 0) return "before the apply";
            if (commits < of) return "enum labels committed first, the transaction not";
            return "after the transaction, " + afterCommitDone + " after-commit statement(s) done";
        }
    }

    private final TestDatabase template;
    private final Path work;
    private final Path schema;
    private final Database desired;
    private final Set<String> afterCommit;
    /** For each boundary, what it must leave. */
    private final List<Expected> expected;
    /** The transactional part after 0, 1, ... COMMITs: before the apply, (labels committed first,) after it. */
    private final List<Fingerprint> committed;
    /** The state after the transaction and the first j after-commit statements, by j; made when first needed. */
    private final java.util.Map<Integer, Fingerprint> afterCommitStates = new java.util.HashMap<>();
    private final int afterCommitCount;
    private final Fingerprint after;
    private final List<Outcome> outcomes = new ArrayList<>();

    /**
     * One boundary as the plan predicts it: where apply stops ({@code where}, as cli.DebugPause says it), and what an
     * interruption there must leave: so many COMMITs done, so many after-commit statements done.
     */
    private record Expected(String where, int commits, int afterCommitDone) {}

    private CrashSweep(TestDatabase template, Path work, Path schema, Database desired, Set<String> afterCommit,
                       List<Expected> expected, List<Fingerprint> committed) {
        this.template = template;
        this.work = work;
        this.schema = schema;
        this.desired = desired;
        this.afterCommit = afterCommit;
        this.expected = expected;
        this.committed = committed;
        this.after = committed.getLast();
        this.afterCommitCount = expected.getLast().afterCommitDone();
        afterCommitStates.put(afterCommitCount, after);
    }

    /**
     * Builds the starting state in {@code db} (the template of every copy), and the reference states on copies:
     * the apply stopped in-process at each of its COMMITs (the state before that COMMIT), and the whole apply.
     */
    static CrashSweep prepare(TestDatabase db, Path scenario, Path work) throws Exception {
        db.execute(Files.readString(scenario.resolve("before.sql")));
        Path schema = scenario.resolve("schema.yaml");
        Database desired = SchemaLoader.load(List.of(schema));
        Plan plan;
        try (Connection c = db.connect()) {
            plan = DryRun.plan(c, desired, false);
        }
        assertFalse(plan.isEmpty() || plan.hasRefusals(), "the scenario must plan changes that apply");
        Set<String> afterCommit = new LinkedHashSet<>();
        for (Step s : plan.steps()) if (s.phase() == Phase.AFTER_COMMIT) afterCommit.add(s.change().target().name());
        assertFalse(afterCommit.isEmpty(), "the scenario must have an after-commit phase");
        List<Event> trace = new ArrayList<>();
        Fingerprint after = reference(db, desired, Set.of(), 0, trace);
        List<Expected> expected = expectations(trace);
        int commits = expected.getLast().commits();
        List<Fingerprint> committed = new ArrayList<>();
        committed.add(Fingerprint.read(db, SCHEMA, Set.of()));
        for (int k = 2; k <= commits; k++) committed.add(reference(db, desired, Set.of(), k, new ArrayList<>()));
        committed.add(after);
        return new CrashSweep(db, work, schema, desired, afterCommit, expected, committed);
    }

    /** What an in-process apply did, in order: a statement of a step, or (sql null) a COMMIT the listener hears of. */
    private record Event(String sql, Step step) {}

    /**
     * A copy applied in-process and stopped just before its {@code stopAt}th COMMIT (0: not stopped), its statements
     * and COMMITs added to {@code trace}: the boundaries a forked apply of the same plan reaches, in order (the plan
     * made before the apply cannot say them all: once enum labels are committed first, apply plans again, and a
     * check on a new label then takes the online form).
     */
    private static Fingerprint reference(TestDatabase db, Database desired, Set<String> afterCommit, int stopAt,
                                         List<Event> trace) throws Exception {
        TestDatabase copy = db.copy("ref" + stopAt);
        try {
            AtomicInteger commits = new AtomicInteger();
            try (Connection c = copy.connect()) {
                SchemaSync.apply(c, desired, OPTIONS, new ApplyListener() {
                    @Override
                    public void executing(Step step, String sql) {
                        trace.add(new Event(sql, step));
                    }

                    @Override
                    public void committing() {
                        trace.add(new Event(null, null));
                        if (commits.incrementAndGet() == stopAt) throw new Stop();
                    }
                });
                assertEquals(0, stopAt, "the apply did not reach COMMIT " + stopAt);
            } catch (Stop expectedStop) {
                // rolled back: the state is what the COMMITs before this one left
            }
            return Fingerprint.read(copy, SCHEMA, afterCommit);
        } finally {
            copy.drop();
        }
    }

    /**
     * A copy applied in-process, its transaction committed, and stopped before after-commit statement {@code done
     * + 1}: the state an interruption there must leave.
     */
    private Fingerprint afterCommitState(int done) throws Exception {
        Fingerprint known = afterCommitStates.get(done);
        if (known != null) return known;
        TestDatabase copy = template.copy("ac" + done);
        try {
            int commitsOfApply = commits();
            AtomicInteger commitsSeen = new AtomicInteger();
            AtomicInteger afterCommitRun = new AtomicInteger();
            try (Connection c = copy.connect()) {
                SchemaSync.apply(c, desired, OPTIONS, new ApplyListener() {
                    @Override
                    public void committing() {
                        commitsSeen.incrementAndGet();
                    }

                    @Override
                    public void executing(String sql) {
                        if (commitsSeen.get() == commitsOfApply && afterCommitRun.getAndIncrement() == done) {
                            throw new Stop();
                        }
                    }
                });
                fail("the apply did not reach after-commit statement " + (done + 1));
            } catch (Stop expectedStop) {
                // the after-commit statements before this one ran, each in autocommit
            }
            Fingerprint state = Fingerprint.read(copy, SCHEMA, Set.of());
            afterCommitStates.put(done, state);
            return state;
        } finally {
            copy.drop();
        }
    }

    /** Thrown by a reference apply's listener to stop it before a COMMIT. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super("stopped before a COMMIT", null, false, false);
        }
    }

    /**
     * Each boundary and what it must leave, from what the reference apply did: before each statement of a
     * transaction (enum labels committed first, then the rest), before its COMMIT (apply verifies the transaction
     * before it: no statement is sent, so that is no boundary of its own), before each after-commit statement, and
     * the end. After the commit, a CONCURRENTLY statement runs on its own and the statements between them in one
     * short transaction: an interruption inside such a group leaves the state before the group. The places are
     * checked against what the forked apply says, so a boundary apply stops reporting (or a new one) shows as a
     * miscount, not as a wrong state further on.
     */
    private static List<Expected> expectations(List<Event> trace) {
        int totalCommits = (int) trace.stream().filter(e -> e.sql() == null).count();
        List<Expected> expected = new ArrayList<>();
        int commits = 0;
        int done = 0;
        int groupStart = 0;
        Step current = null;
        for (Event e : trace) {
            if (e.sql() == null) {
                expected.add(new Expected("before COMMIT", commits, 0));
                commits++;
            } else if (commits < totalCommits) {
                expected.add(new Expected(before(e.sql()), commits, 0));
            } else {
                if (e.step() != current) {
                    current = e.step();
                    groupStart = done;
                }
                boolean alone = Step.outsideTransaction(e.sql());
                if (alone) groupStart = done;
                expected.add(new Expected(before(e.sql()), commits, groupStart));
                done++;
                if (alone) groupStart = done;
            }
        }
        expected.add(new Expected("after the last statement", commits, done));
        return expected;
    }

    /** How cli.DebugPause names the boundary before a statement: by its first line. */
    private static String before(String sql) {
        return "before " + sql.strip().lines().findFirst().orElse("");
    }

    String name() {
        return schema.getParent().getFileName().toString();
    }

    int boundaries() {
        return expected.size();
    }

    /** The number of COMMITs of the apply: 1, or 2 when enum labels are committed first. */
    int commits() {
        return committed.size() - 1;
    }

    /** The boundary just before the last COMMIT. */
    int lastCommitBoundary() {
        int b = 0;
        while (expected.get(b).commits() < commits()) b++;
        return b;
    }

    /** Statements run in transactions (enum labels committed first included). */
    int transactionStatements() {
        return lastCommitBoundary() - commits();
    }

    int afterCommitStatements() {
        return boundaries() - lastCommitBoundary() - 1;
    }

    List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** Interrupts a forked apply at {@code boundary} (1-based), checks the state, resumes and checks the end. */
    Outcome interrupt(int boundary, Interruption how) throws Exception {
        TestDatabase copy = template.copy("b" + boundary + how.name().toLowerCase(java.util.Locale.ROOT).charAt(0));
        try (ForkedApply child = ForkedApply.start(work.resolve(boundary + "-" + how), copy.postgresUrl(), schema,
                boundary)) {
            String paused = child.awaitPause(TIMEOUT);
            assertNotNull(paused, "boundary " + boundary + " of " + boundaries() + " was not reached:\n" + child.output());
            assertTrue(paused.startsWith(ForkedApply.MARKER + boundary + ","), paused);
            if (how == Interruption.KILL) {
                child.kill();
            } else {
                terminate(copy);
                child.resume();
                assertEquals(1, child.waitFor(TIMEOUT), "an apply whose session was ended fails:\n" + child.output());
                assertNoStackTrace(child.stderr());
            }
            awaitSessionsGone(copy);
            Outcome outcome = check(boundary, how, paused, copy);
            outcomes.add(outcome);
            return outcome;
        } finally {
            copy.drop();
        }
    }

    /** The boundary after the last one is never reached: the forked apply runs to the end and succeeds. */
    void runsPastTheLastBoundary() throws Exception {
        TestDatabase copy = template.copy("past");
        try (ForkedApply child = ForkedApply.start(work.resolve("past"), copy.postgresUrl(), schema,
                boundaries() + 1)) {
            assertNull(child.awaitPause(TIMEOUT), "there are more boundaries than the plan says:\n" + child.output());
            assertEquals(0, child.waitFor(TIMEOUT), child.output());
            assertEquals(after, Fingerprint.read(copy, SCHEMA, Set.of()));
        } finally {
            copy.drop();
        }
    }

    private Outcome check(int boundary, Interruption how, String paused, TestDatabase copy) throws Exception {
        String where = paused.substring(paused.indexOf(',') + 2, paused.lastIndexOf(';'));
        String context = "boundary " + boundary + " (" + where + "), " + how + ": ";
        Expected e = expected.get(boundary - 1);
        assertEquals(e.where(), where, context + "apply stopped elsewhere than the plan predicts"
                + " (its boundaries are miscounted)");
        Fingerprint now = Fingerprint.read(copy, SCHEMA, Set.of());
        assertEquals(List.of(), now.invalidIndexes(), context + "an INVALID index is left");
        int commits = committed.subList(0, committed.size() - 1).stream().map(Fingerprint::transactional).toList()
                .indexOf(now.transactional());
        if (commits < 0) commits = commits();
        assertEquals(e.commits(), commits, context + "COMMITs done");
        Fingerprint want = commits < commits() ? committed.get(commits) : afterCommitState(e.afterCommitDone());
        assertEquals(want.transactional(), now.transactional(), context + "the database is not in the state"
                + " the boundary must leave (" + (commits < commits() ? commits + " COMMIT(s) done" : "after the"
                + " transaction and " + e.afterCommitDone() + " after-commit statement(s)") + ")");
        int resumed = resume(copy, context);
        return new Outcome(boundary, how, where, commits, commits(), e.afterCommitDone(), resumed);
    }

    /** The next apply finishes the work; then the database is the reference end state and plans empty. */
    private int resume(TestDatabase copy, String context) throws Exception {
        AtomicInteger statements = new AtomicInteger();
        try (Connection c = copy.connect()) {
            ApplyResult result = SchemaSync.apply(c, desired, OPTIONS, new ApplyListener() {
                @Override
                public void executing(String sql) {
                    statements.incrementAndGet();
                }
            });
            assertEquals(statements.get(), result.executed(), context);
            assertTrue(DryRun.plan(c, desired, false).isEmpty(), context + "the plan after the next apply is not empty");
            assertEquals(List.of(), Fingerprint.strings(c, "SELECT 'pid ' || l.pid || ' in ' || coalesce(d.datname, '?')"
                    + " || ' ' || coalesce(a.application_name, '?') || ' ' || coalesce(a.state, '?') || ': '"
                    + " || coalesce(a.query, '?') FROM pg_catalog.pg_locks l"
                    + " LEFT JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid"
                    + " LEFT JOIN pg_catalog.pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory'"),
                    context + "an apply lock is still held");
            assertEquals(List.of(), Fingerprint.strings(c, "SELECT nspname FROM pg_catalog.pg_namespace"
                    + " WHERE nspname LIKE 'schemasync\\_%'"), context + "a scratch schema is left");
        }
        assertEquals(after, Fingerprint.read(copy, SCHEMA, Set.of()), context + "the end state after resuming");
        return statements.get();
    }

    private static void terminate(TestDatabase copy) throws SQLException {
        try (Connection c = copy.connect();
             PreparedStatement ps = c.prepareStatement("SELECT count(pg_catalog.pg_terminate_backend(pid))"
                     + " FROM pg_catalog.pg_stat_activity WHERE datname = ? AND pid <> pg_catalog.pg_backend_pid()")) {
            ps.setString(1, copy.name());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getInt(1), "the paused apply's session");
            }
        }
    }

    /** PostgreSQL ends a killed client's session (and with it the apply lock and the open transaction). */
    private static void awaitSessionsGone(TestDatabase copy) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        try (Connection c = copy.connect();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM pg_catalog.pg_stat_activity"
                     + " WHERE datname = ? AND pid <> pg_catalog.pg_backend_pid()")) {
            ps.setString(1, copy.name());
            while (true) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 0) return;
                }
                assertTrue(System.nanoTime() < deadline, "the interrupted apply's session did not end");
                Thread.sleep(20);
            }
        }
    }

    static void assertNoStackTrace(String text) {
        assertFalse(text.lines().anyMatch(l -> l.startsWith("\tat ") || l.matches(".*\\b(java|org|io)\\.[a-z]+\\.[A-Za-z.]*(Exception|Error)\\b.*")),
                "a stack trace or exception class name was printed:\n" + text);
    }

    /** Counts for the report: the states found, by name. */
    Map<String, Integer> statesFound() {
        Map<String, Integer> states = new TreeMap<>();
        for (Outcome o : outcomes) states.merge(o.state(), 1, Integer::sum);
        return states;
    }
}
