package io.schemasync.cli;

import io.schemasync.server.Committed;
import io.schemasync.server.SyncException;
import io.schemasync.diff.Change;
import io.schemasync.model.Index;
import io.schemasync.model.IndexKey;
import io.schemasync.plan.Phase;
import io.schemasync.plan.Step;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Database failures are printed as one line from the server, at most one hint, and never the same text twice. */
class FailureTextTest {
    /** A server error as pgjdbc builds it from the wire: its message has Detail, Hint, Position and Where lines. */
    private static PSQLException serverError(String message, String hint) {
        String fields = "SERROR\0VERROR\0C42501\0M" + message + "\0Dthe role is app\0" + (hint == null ? "" : "H" + hint + "\0")
                + "P8\0Wfunction canonicalize() line 3\0";
        return new PSQLException(new ServerErrorMessage(fields));
    }

    @Test
    void pgjdbcMessagesKeepTheFirstLineAndTheHint() {
        PSQLException cause = serverError("permission denied for database app", "GRANT CREATE ON DATABASE app");
        assertEquals(5, cause.getMessage().lines().count(), cause.getMessage());
        FailureText text = FailureText.of(new SyncException("cannot canonicalize the desired schema", null, cause));
        assertEquals(new FailureText("cannot canonicalize the desired schema: permission denied for database app"
                + " (SQLSTATE 42501)", Optional.of("GRANT CREATE ON DATABASE app")), text);
    }

    @Test
    void aMessageThatAlreadyQuotesTheServerIsNotRepeated() {
        PSQLException cause = serverError("permission denied for database app", null);
        FailureText text = FailureText.of(new SyncException(cause.getMessage(), null, cause));
        assertEquals(new FailureText("ERROR: permission denied for database app (SQLSTATE 42501)", Optional.empty()), text);
    }

    @Test
    void aHintAlreadyInTheHeadlineIsNotPrintedAgain() {
        PSQLException cause = serverError("x", "run as owner");
        FailureText text = FailureText.of(new SyncException("failed: run as owner", null, cause));
        assertEquals(Optional.empty(), text.hint());
    }

    @Test
    void plainTextMessagesAreSplitTheSameWay() {
        SQLException e = new SQLException("ERROR: out of shared memory\n  Hint: You might need to increase "
                + "max_locks_per_transaction.\n  Hint: second\n  Where: SQL statement \"x\"", "53200");
        assertEquals(new FailureText("out of shared memory (SQLSTATE 53200)",
                Optional.of("You might need to increase max_locks_per_transaction.")), FailureText.of(e));
    }

    @Test
    void theHintOfTheMessageItselfComesFirst() {
        SyncException e = new SyncException("plan needs CREATE on the database\nhint: GRANT CREATE ON DATABASE app TO me",
                null, serverError("permission denied for database app", "other"));
        assertEquals(Optional.of("GRANT CREATE ON DATABASE app TO me"), FailureText.of(e).hint());
    }

    @Command(name = "fail")
    static final class Failing implements Callable<Integer> {
        @Override
        public Integer call() throws SyncException {
            throw new SyncException("statement failed", "CREATE TABLE \"t\" ()",
                    serverError("relation \"t\" already exists", "drop it first"));
        }
    }

    @Test
    void mainPrintsTheHeadlineOneHintAndTheStatement() {
        var err = new ByteArrayOutputStream();
        Cli cli = new Cli(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), false, new Redactor());
        CommandLine cmd = Main.commandLine(cli).addSubcommand(new Failing());
        assertEquals(Exit.FAILURE.code(), cmd.execute("fail"));
        assertEquals("""
                error: statement failed: relation "t" already exists (SQLSTATE 42501)
                  hint: drop it first
                  statement: CREATE TABLE "t" ()
                """, err.toString(StandardCharsets.UTF_8));
    }

    @Command(name = "fail-after-commit")
    static final class FailingAfterCommit implements Callable<Integer> {
        @Override
        public Integer call() throws SyncException {
            Index index = new Index("t_a_idx", false, null, List.of(IndexKey.column("a")), List.of(), null, false, null);
            Step step = new Step(new Change.CreateIndex("public", "t", index), Step.Action.CREATE, "create",
                    List.of("CREATE INDEX CONCURRENTLY x"), List.of(), Phase.AFTER_COMMIT, List.of(), List.of(), false);
            throw new SyncException("statement failed after the commit", "CREATE INDEX CONCURRENTLY x",
                    serverError("deadlock detected", null),
                    new Committed(Committed.Stage.AFTER_COMMIT, List.of(), List.of(), step, List.of()));
        }
    }

    @Test
    void mainSaysWhatWasCommittedBeforeAFailure() {
        var err = new ByteArrayOutputStream();
        Cli cli = new Cli(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), false, new Redactor());
        CommandLine cmd = Main.commandLine(cli).addSubcommand(new FailingAfterCommit());
        assertEquals(Exit.FAILURE.code(), cmd.execute("fail-after-commit"));
        assertEquals("""
                error: statement failed after the commit: deadlock detected (SQLSTATE 42501)
                  statement: CREATE INDEX CONCURRENTLY x
                committed: the transaction, which held no steps (all run after the commit)
                failed after the commit: index public.t.t_a_idx create
                """ + CommittedText.RESUME + "\n", err.toString(StandardCharsets.UTF_8));
    }
}
