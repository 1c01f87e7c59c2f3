package io.schemasync.apply;

import io.schemasync.model.Database;
import io.schemasync.plan.Plan;

import java.sql.Connection;
import java.time.Duration;

/** The facade the commands use: plan and apply a desired schema against one live database. */
public final class SchemaSync {
    private SchemaSync() {}

    /** Options of apply. */
    public record Options(boolean allowDestructive, Duration lockTimeout, boolean verify) {}

    /** Reads the live catalog, canonicalizes the desired schema on the server, diffs, plans and runs preflights. */
    public static Plan plan(Connection connection, Database desired, boolean allowDestructive) throws SyncException {
        throw new UnsupportedOperationException("in progress");
    }

    /**
     * Plans and applies in one transaction under an advisory lock, then verifies that a new plan is empty.
     * The listener sees the plan that is about to run (recomputed under the lock) and every statement.
     */
    public static ApplyResult apply(Connection connection, Database desired, Options options, ApplyListener listener)
            throws SyncException {
        throw new UnsupportedOperationException("in progress");
    }
}
