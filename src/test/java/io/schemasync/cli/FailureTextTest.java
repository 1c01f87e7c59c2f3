package io.schemasync.cli;

import io.schemasync.apply.SyncException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
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
}
