package io.schemasync.apply;

import io.schemasync.server.SyncException;
import io.schemasync.catalog.Session;
import io.schemasync.diff.Change;
import io.schemasync.plan.Plan;
import io.schemasync.plan.Step;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import io.schemasync.model.ObjectRef;
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
        return estimate(plan, Map.of());
    }

    /**
     * @param partitions by "schema.table", the relations below a partitioned table that a change of it locks too
     *                   (its partitions with their TOAST tables and indexes: {@code CatalogReader.partitionLocks})
     */
    static int estimate(Plan plan, Map<String, Integer> partitions) {
        Set<String> tables = new HashSet<>();
        int other = 0;
        for (Step step : plan.steps()) {
            if (step.refused()) continue;
            var t = step.change().target();
            String table = t.schema() + "." + (t.table() != null ? t.table() : t.name());
            if (tables.add(table)) other += partitions.getOrDefault(table, 0);
            if (step.change() instanceof Change.CreateIndex || step.change() instanceof Change.ReplaceIndex) other++;
            if (step.change() instanceof Change.CreateTable ct) other += ct.table().uniques().size()
                    + ct.table().columns().stream().filter(c -> c.identity() != null || c.isSerial()).count();
        }
        return tables.size() * PER_TABLE + other;
    }

    /**
     * True when a plan that only creates objects is small enough for one transaction. Stricter than {@link #check}:
     * batching such a plan costs nothing in safety, and the lock table was seen to give out far below its nominal
     * size (embedded PostgreSQL 17 with max_connections=300, 19,200 nominal entries: "out of shared memory" after
     * about 6,000 locks, 882 new tables of 7 relations each).
     */
    static boolean fits(Session session, Plan plan) {
        return fits(session, plan, Map.of());
    }

    static boolean fits(Session session, Plan plan, Map<String, Integer> partitions) {
        return estimate(plan, partitions) <= session.lockTableSize() / 4;
    }

    /** The live tables the plan's steps touch, whose partitions {@link #estimate} counts. */
    static Set<ObjectRef> touched(Plan plan) {
        Set<ObjectRef> out = new java.util.TreeSet<>(java.util.Comparator.comparing(ObjectRef::toString));
        for (Step step : plan.steps()) {
            var t = step.change().target();
            if (t.schema() != null) out.add(ObjectRef.of(ObjectRef.Kind.TABLE, t.schema(), t.table() != null ? t.table() : t.name()));
        }
        return out;
    }

    /**
     * A plan that only creates objects may be committed in batches without a reader ever seeing a changed object
     * half-changed: what a batch creates is new, and every later batch only adds to it.
     */
    static boolean createsOnly(Plan plan) {
        return plan.steps().stream().allMatch(s -> switch (s.change()) {
            case Change.CreateSchema x -> true;
            case Change.CreateExtension x -> true;
            case Change.CreateEnum x -> true;
            case Change.CreateSequence x -> true;
            case Change.CreateTable x -> true;
            case Change.CreateIndex x -> true;
            case Change.CreateObject x -> true;
            case Change.AddConstraint x -> true;
            case Change.SetComment x -> true;
            case Change.AddEnumValue x -> false;
            case Change.RenameEnum x -> false;
            case Change.RenameEnumValue x -> false;
            case Change.RecreateEnum x -> false;
            case Change.DropEnum x -> false;
            case Change.DropSequence x -> false;
            case Change.AlterSequence x -> false;
            case Change.RenameTable x -> false;
            case Change.DropTable x -> false;
            case Change.AddColumn x -> false;
            case Change.RenameColumn x -> false;
            case Change.AlterColumn x -> false;
            case Change.DropColumn x -> false;
            case Change.ReplaceConstraint x -> false;
            case Change.RenameConstraint x -> false;
            case Change.RenameIndex x -> false;
            case Change.RenameSequence x -> false;
            case Change.DropConstraint x -> false;
            case Change.ReplaceIndex x -> false;
            case Change.DropIndex x -> false;
            case Change.AlterObject x -> false;
            case Change.DropObject x -> false;
            case Change.Unsupported x -> false;
            case Change.DetachForeignKey x -> false;
            case Change.ReattachForeignKey x -> false;
            case Change.DetachDependent x -> false;
            case Change.ReattachDependent x -> false;
            case Change.ValidateConstraint x -> false;
            case Change.NotNullStep x -> false;
            case Change.AddKeyUsingIndex x -> false;
            case Change.SwapIndex x -> false;
            case Change.DropTempIndex x -> false;
            case Change.UpdateExtension x -> false;
            case Change.AlterTableOptions x -> false;
            case Change.AlterIndexStorage x -> false;
            case Change.SetOwner x -> false;
            case Change.GrantPrivileges x -> false;
            case Change.RevokePrivileges x -> false;
            case Change.SetRowSecurity x -> false;
            case Change.SetDefaultPrivileges x -> false;
            case Change.AlterPartitioning x -> false;
            case Change.RepartitionTable x -> false;
        });
    }

    /**
     * The transaction's steps in consecutive batches that each touch at most {@code tables} tables, in plan order
     * (every step still after what it needs: a batch only ever needs what earlier batches committed).
     */
    static List<List<Step>> batches(List<Step> steps, int tables) {
        List<List<Step>> out = new ArrayList<>();
        List<Step> current = new ArrayList<>();
        Set<String> touched = new HashSet<>();
        for (Step step : steps) {
            var t = step.change().target();
            String table = t.schema() + "." + (t.table() != null ? t.table() : t.name());
            if (!touched.contains(table) && touched.size() >= tables && !current.isEmpty()) {
                out.add(current);
                current = new ArrayList<>();
                touched.clear();
            }
            touched.add(table);
            current.add(step);
        }
        if (!current.isEmpty()) out.add(current);
        return out;
    }

    /**
     * Tables per batch when apply batches on its own: a quarter of the nominal lock table at about eight locks a
     * table (the table, its TOAST table and index, keys, indexes, identity sequences), leaving the rest to other
     * sessions and to the entries the server does not really have (see {@link #fits}).
     */
    static int automaticBatch(Session session) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, session.lockTableSize() / 4 / 8));
    }

    static void check(Session session, Plan plan, Map<String, Integer> partitions) throws SyncException {
        int needed = estimate(plan, partitions);
        long capacity = session.lockTableSize();
        if (needed <= capacity * SLACK) return;
        int backends = session.maxConnections() + session.maxPreparedTransactions();
        throw new SyncException("this plan locks about " + needed + " relations in one transaction, more than the"
                + " server's lock table holds (max_locks_per_transaction=" + session.maxLocksPerTransaction()
                + " × (max_connections=" + session.maxConnections() + " + max_prepared_transactions="
                + session.maxPreparedTransactions() + ") = " + capacity + " entries, about twice that in practice);"
                + " nothing was applied\nhint: raise max_locks_per_transaction to at least " + (needed / SLACK / backends + 1)
                + " (needs a server restart), or commit it in batches, each its own transaction: apply --batch-size "
                + automaticBatch(session) + " (tables per batch)");
    }
}
