package io.schemasync.apply;

/**
 * A database-side failure of plan or apply: cannot connect, a statement failed (everything was rolled back),
 * the verification after apply found differences. The CLI maps it to exit code 1.
 *
 * @see #statement() the SQL that failed, when one did
 */
public class SyncException extends Exception {
    private final String statement;

    public SyncException(String message, String statement, Throwable cause) {
        super(message, cause);
        this.statement = statement;
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

    public String statement() {
        return statement;
    }
}
