package io.schemasync.cli;

import io.schemasync.apply.ApplyResult;
import io.schemasync.server.Committed;
import io.schemasync.server.SyncException;
import io.schemasync.diff.Change;
import io.schemasync.plan.Hazard;
import io.schemasync.plan.Phase;
import io.schemasync.plan.Plan;
import io.schemasync.plan.Step;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What apply prints around the plan: statements as they run, the final line, refusals and failures. */
class ApplyProgressTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ApplyProgress progress = new ApplyProgress(new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), false, new Redactor()),
            new Style(false), "postgres://app:*****@db:5432/app");

    private static Step step(String sql, Phase phase, boolean refused, Hazard.Kind... hazards) {
        return new Step(new Change.CreateSchema("app", null), Step.Action.CREATE, "create", List.of(sql), List.of(sql),
                phase, java.util.Arrays.stream(hazards).map(k -> new Hazard(k, "why")).toList(), List.of(), refused);
    }

    private static Plan plan(Step... steps) {
        return new Plan(List.of(steps), List.of(), List.of());
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anEmptyPlanSaysNothingToDo() {
        Exit exit = progress.finished(new ApplyResult(plan(), false, 0), Duration.ofMillis(12));
        assertEquals(Exit.OK, exit);
        assertTrue(out().contains("schemasync apply"), out());
        assertFalse(out().contains("schemasync plan"), out());
        assertTrue(out().endsWith("Nothing to do: database is in sync\n"), out());
    }

    @Test
    void statementsAreShownAsTheyRunThenCounted() {
        Plan plan = plan(step("CREATE SCHEMA IF NOT EXISTS \"app\"", Phase.TRANSACTION, false));
        progress.planned(plan);
        progress.executing("CREATE SCHEMA IF NOT EXISTS \"app\"");
        progress.executing("COMMENT ON SCHEMA \"app\" IS 'x';");
        Exit exit = progress.finished(new ApplyResult(plan, true, 2), Duration.ofMillis(42));
        assertEquals(Exit.OK, exit);
        assertTrue(out().contains("  CREATE SCHEMA IF NOT EXISTS \"app\";\n  COMMENT ON SCHEMA \"app\" IS 'x';\n"), out());
        assertTrue(out().endsWith("Applied 2 statements in 42 ms; database is in sync\n"), out());
        assertEquals(1, out().split("schemasync apply", -1).length - 1, "the plan is printed once");
    }

    @Test
    void destructiveRefusalsNameTheFlagAndExit4() {
        Plan plan = plan(step("DROP TABLE \"app\".\"old\"", Phase.TRANSACTION, true, Hazard.Kind.DESTRUCTIVE));
        assertEquals(Exit.REFUSED, progress.finished(new ApplyResult(plan, false, 0), Duration.ZERO));
        assertTrue(err().contains("--allow-destructive"), err());
        assertTrue(err().contains("nothing was applied"), err());
    }

    @Test
    void aFailedStatementIsShownWithTheServerMessageAndTheRollback() {
        String sql = "ALTER TABLE \"app\".\"users\" ALTER COLUMN \"email\" SET NOT NULL";
        progress.planned(plan(step(sql, Phase.TRANSACTION, false)));
        progress.executing(sql);
        progress.failed(new SyncException("statement failed", sql,
                new SQLException("ERROR: column \"email\" of relation \"users\" contains null values", "23502")));
        assertTrue(err().contains("contains null values (SQLSTATE 23502)"), err());
        assertTrue(err().contains("statement: " + sql), err());
        assertTrue(err().contains("nothing was applied (rolled back)"), err());
    }

    @Test
    void aFailedStatementShowsOneServerLineAndItsHint() {
        String sql = "CREATE TABLE \"app\".\"t\" (\"id\" int)";
        progress.planned(plan(step(sql, Phase.TRANSACTION, false)));
        progress.failed(new SyncException("statement failed", sql, new SQLException("ERROR: out of shared memory\n"
                + "  Hint: You might need to increase max_locks_per_transaction.\n  Where: SQL statement", "53200")));
        assertTrue(err().startsWith("apply failed: statement failed: out of shared memory (SQLSTATE 53200)\n"
                + "  hint: You might need to increase max_locks_per_transaction.\n  statement: "), err());
        assertFalse(err().contains("Where"), err());
    }

    private static Step index(String name, Phase phase) {
        String sql = "CREATE INDEX CONCURRENTLY \"" + name + "\" ON \"app\".\"users\" (\"email\")";
        var index = new io.schemasync.model.Index(name, false, null,
                List.of(io.schemasync.model.IndexKey.column("email")), List.of(), null, false, null);
        return new Step(new Change.CreateIndex("app", "users", index), Step.Action.CREATE, "create (email)",
                List.of(sql), List.of(sql), phase, List.of(), List.of(), false);
    }

    @Test
    void aFailureAfterCommitSaysWhatWasCommittedAndWhatWasNot() {
        Step table = step("CREATE TABLE \"app\".\"users\" ()", Phase.TRANSACTION, false);
        Step done = index("users_a_idx", Phase.AFTER_COMMIT);
        Step failed = index("users_b_idx", Phase.AFTER_COMMIT);
        Step notRun = index("users_c_idx", Phase.AFTER_COMMIT);
        progress.planned(plan(table, done, failed, notRun));
        String sql = failed.statements().getFirst();
        progress.failed(new SyncException("statement failed after the commit: deadlock detected", sql,
                new SQLException("ERROR: deadlock detected", "40P01"),
                new Committed(Committed.Stage.AFTER_COMMIT, List.of(table), List.of(done), failed, List.of(notRun))));
        assertTrue(err().startsWith("apply failed: statement failed after the commit: deadlock detected (SQLSTATE 40P01)\n"
                + "  statement: " + sql + "\n"
                + "committed (1 step): schema app create\n"
                + "completed after the commit (1 step): index app.users.users_a_idx create (email)\n"
                + "failed after the commit: index app.users.users_b_idx create (email)\n"
                + "not run (1 step): index app.users.users_c_idx create (email)\n"
                + "run apply again to resume"), err());
        assertFalse(err().contains("rolled back"), err());
        assertFalse(err().contains("nothing was applied"), err());
    }

    /** The old guess (is the failed statement one of the after-commit steps?) is gone: the exception says it. */
    @Test
    void aFailureWithNothingCommittedSaysSoEvenForAnAfterCommitStatement() {
        Step index = index("users_a_idx", Phase.AFTER_COMMIT);
        progress.planned(plan(index));
        progress.failed(new SyncException("statement failed", index.statements().getFirst(),
                new SQLException("ERROR: boom")));
        assertTrue(err().endsWith("nothing was applied (rolled back)\n"), err());
    }

    @Test
    void aVerificationFailureNeverSaysNothingWasApplied() {
        Step table = step("CREATE TABLE \"app\".\"users\" ()", Phase.TRANSACTION, false);
        Step index = index("users_a_idx", Phase.AFTER_COMMIT);
        progress.planned(plan(table, index));
        progress.failed(new SyncException("apply finished but the database still differs from the schema: column"
                + " app.users.extra drop", null, null,
                new Committed(Committed.Stage.VERIFICATION, List.of(table), List.of(index), null, List.of())));
        assertTrue(err().contains("committed (1 step): schema app create\n"), err());
        assertTrue(err().contains("completed after the commit (1 step): index app.users.users_a_idx create (email)\n"), err());
        assertTrue(err().contains("these changes are in the database"), err());
        assertFalse(err().contains("nothing was"), err());
        assertFalse(err().contains("rolled back"), err());
    }

    /** Even when no statement ran in this process (a retry) and verification could not read the catalog. */
    @Test
    void aVerificationThatCannotRunStillSaysTheChangesAreCommitted() {
        Step table = step("CREATE TABLE \"app\".\"users\" ()", Phase.TRANSACTION, false);
        progress.failed(new SyncException("verification after the commit failed: cannot read the database: gone",
                null, null, new Committed(Committed.Stage.VERIFICATION, List.of(table), List.of(), null, List.of())));
        assertTrue(err().contains("committed (1 step)"), err());
        assertFalse(err().contains("nothing was"), err());
    }

    @Test
    void enumLabelsCommittedFirstAreNamedWhenTheRestRollsBack() {
        Step label = step("ALTER TYPE \"app\".\"s\" ADD VALUE 'x'", Phase.BEFORE_TRANSACTION, false);
        String sql = "ALTER TABLE \"app\".\"t\" ADD COLUMN \"s\" \"app\".\"s\" DEFAULT 'x'";
        progress.failed(new SyncException("statement failed: boom", sql, new SQLException("ERROR: boom"),
                new Committed(Committed.Stage.LABELS_FIRST, List.of(label), List.of(), null, List.of())));
        assertTrue(err().contains("committed first, and kept (1 step): schema app create\n"), err());
        assertTrue(err().contains("everything else was rolled back"), err());
        assertFalse(err().contains("nothing was applied"), err());
    }

    /** A statement that took a second or more says so on stderr, named by what it did; stdout gets only the SQL. */
    @Test
    void aLongStatementIsFollowedByItsTimeOnStderr() {
        Step build = index("users_email_idx", Phase.AFTER_COMMIT);
        progress.planned(plan(build));
        String sql = build.statements().getFirst();
        progress.executing(build, sql);
        progress.executed(sql, Duration.ofMillis(999), true);
        assertEquals("", err(), "a quick statement gets no time");
        progress.executing(build, sql);
        progress.executed(sql, Duration.ofMillis(2_340), true);
        progress.executing(build, sql);
        progress.executed(sql, Duration.ofMillis(75_000), false);
        assertEquals("  took 2.3 s: building index app.users.users_email_idx\n"
                + "  failed after 1 min 15 s: building index app.users.users_email_idx\n", err());
        assertFalse(out().contains("took"), out());
        assertEquals(3, out().split("CREATE INDEX CONCURRENTLY", -1).length - 1, out());
    }
}
