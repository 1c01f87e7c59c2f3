package io.schemasync.server;

import java.util.Optional;

/**
 * A database-side failure of plan or apply: cannot connect, a statement failed, the verification after apply found
 * differences. The CLI maps it to exit code 1.
 *
 * @see #statement() the SQL that failed, when one did
 * @see #committed() what apply had committed before it failed; empty when everything was rolled back
 */
public class SyncException extends Exception {
    private final String statement;
    private final Committed committed;

    public SyncException(String message, String statement, Throwable cause) {
        this(message, statement, cause, null);
    }

    public SyncException(String message, String statement, Throwable cause, Committed committed) {
        super(message, cause);
        this.statement = statement;
        this.committed = committed;
    }

    public SyncException(String message) {
        this(message, null, null);
    }

    /**
     * The server's message without pgjdbc's severity prefix ("ERROR: ", "FATAL: ") and position; further lines
     * (Hint, Where, Detail) are kept for whoever shows them.
     */
    public static String serverMessage(java.sql.SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceFirst("^(FATAL|ERROR|PANIC):\\s+", "").replaceAll("\\s*Position: \\d+$", "").strip();
    }

    /** A failure of {@code what}, with the server's message and a hint where the cause is known. */
    public static SyncException failure(String what, String statement, java.sql.SQLException e) {
        String hint = "53200".equals(e.getSQLState()) ? " (the transaction needs more locks than the server's lock"
                + " table holds: raise max_locks_per_transaction, or apply the schema in smaller parts)" : "";
        return new SyncException(what + ": " + serverMessage(e) + hint, statement, e);
    }

    public String statement() {
        return statement;
    }

    /** What was committed before the failure; empty when nothing was (the transaction was rolled back). */
    public Optional<Committed> committed() {
        return Optional.ofNullable(committed);
    }

    /**
     * The same failure, saying what was committed before it. Always a plain SyncException: once something is
     * committed, a rejected schema is no longer "nothing was changed".
     */
    public SyncException after(Committed what) {
        return new SyncException(getMessage(), statement, getCause(), what);
    }
}
