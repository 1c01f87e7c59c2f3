package io.schemasync.apply;

import io.schemasync.server.SyncException;
import io.schemasync.catalog.Session;
import io.schemasync.diff.Change;
import io.schemasync.plan.Plan;
import io.schemasync.plan.Step;

import java.util.HashSet;
import java.util.Set;

/**
 * Every relation a transaction touches stays locked until commit, and the shared lock table is sized for
 * max_locks_per_transaction × (max_connections + max_prepared_transactions) entries (6,400 by default). A plan
 * too large for it would fail with "out of shared memory" halfway through; this says so before anything runs.
 * The table can grow into spare shared memory: measured on a default PostgreSQL 15, creating 1,000 tables with
 * three indexes and an identity column each (7,000 by this estimate) succeeded, and 5,000 failed; so the limit
 * used here is twice the nominal size.
 */
final class LockBudget {
    /** Locks per table touched: the table, its TOAST table and TOAST index, its primary key index. */
    private static final int PER_TABLE = 4;
    /** How far beyond its nominal size the lock table was seen to hold. */
    private static final int SLACK = 2;

    private LockBudget() {}

    static int estimate(Plan plan) {
        Set<String> tables = new HashSet<>();
        int other = 0;
        for (Step step : plan.steps()) {
            if (step.refused()) continue;
            var t = step.change().target();
            tables.add(t.schema() + "." + (t.table() != null ? t.table() : t.name()));
            if (step.change() instanceof Change.CreateIndex || step.change() instanceof Change.ReplaceIndex) other++;
            if (step.change() instanceof Change.CreateTable ct) other += ct.table().uniques().size()
                    + ct.table().columns().stream().filter(c -> c.identity() != null || c.isSerial()).count();
        }
        return tables.size() * PER_TABLE + other;
    }

    static void check(Session session, Plan plan) throws SyncException {
        int needed = estimate(plan);
        long capacity = session.lockTableSize();
        if (needed <= capacity * SLACK) return;
        int backends = session.maxConnections() + session.maxPreparedTransactions();
        throw new SyncException("this plan locks about " + needed + " relations in one transaction, more than the"
                + " server's lock table holds (max_locks_per_transaction=" + session.maxLocksPerTransaction()
                + " × (max_connections=" + session.maxConnections() + " + max_prepared_transactions="
                + session.maxPreparedTransactions() + ") = " + capacity + " entries, about twice that in practice);"
                + " nothing was applied\nhint: raise max_locks_per_transaction to at least " + (needed / SLACK / backends + 1)
                + " (needs a server restart), or apply the schema in smaller parts (fewer files per run)");
    }
}
