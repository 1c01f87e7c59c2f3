package io.schemasync.apply;

import io.schemasync.diff.Change;
import io.schemasync.plan.Plan;
import io.schemasync.plan.Step;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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

    static void check(Connection c, Plan plan) throws SQLException, SyncException {
        int needed = estimate(plan);
        if (needed < 1000) return;
        try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT current_setting('max_locks_per_transaction')::int,"
                + " current_setting('max_connections')::int, current_setting('max_prepared_transactions')::int")) {
            rs.next();
            int perTx = rs.getInt(1), conns = rs.getInt(2), prepared = rs.getInt(3);
            long capacity = (long) perTx * (conns + prepared);
            if (needed > capacity * SLACK) {
                long raise = needed / SLACK / (conns + prepared) + 1;
                throw new SyncException("this plan locks about " + needed + " relations in one transaction, more than"
                        + " the server's lock table holds safely (max_locks_per_transaction=" + perTx
                        + " × (max_connections=" + conns + " + max_prepared_transactions=" + prepared + ") = "
                        + capacity + "); nothing was applied. Raise max_locks_per_transaction to at least " + raise
                        + " (needs a server restart), or apply the schema in smaller parts (fewer files per run)");
            }
        }
    }
}
