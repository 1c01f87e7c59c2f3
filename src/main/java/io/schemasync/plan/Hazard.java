package io.schemasync.plan;

/** Something a person should know about a step before it runs. */
public record Hazard(Kind kind, String message) {
    public enum Kind {
        /** The step deletes data or an object that may hold it; refused without --allow-destructive. */
        DESTRUCTIVE,
        /** PostgreSQL cannot do this in place; always refused. */
        UNSUPPORTED,
        /** The statement rewrites the whole table under an ACCESS EXCLUSIVE lock. */
        REWRITES_TABLE,
        /** The statement scans the table under a lock that blocks writes. */
        LOCKS_TABLE,
        /** A read-only check of the live data found rows that make the step fail. */
        WILL_FAIL,
        /** Worth knowing, not blocking. */
        NOTE
    }
}
