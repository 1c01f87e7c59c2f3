package io.schemasync.plan;

import io.schemasync.diff.Change;
import io.schemasync.kinds.Kinds;
import io.schemasync.model.ObjectRef;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tables (and materialized views) of a plan by what they hold: new (the plan creates them, or creates them
 * again), empty, or with rows. Keyed by the names the plan gives them (after a rename).
 */
final class Tables {
    private final Set<String> created = new HashSet<>();
    private final Set<String> empty = new HashSet<>();
    private final Set<String> partitioned = new HashSet<>();
    private Set<ObjectRef> failing = Set.of();
    /** Checks and foreign keys the YAML marks not_valid: added NOT VALID and never validated. */
    private final Set<ObjectRef> notValid = new HashSet<>();
    private int serverMajor;
    private io.schemasync.diff.OnRenamedTables renames = io.schemasync.diff.OnRenamedTables.of(List.of());

    private Tables() {}

    static Tables of(List<Change> changes, Target target) {
        Tables t = new Tables();
        t.failing = target.failing();
        t.serverMajor = target.serverMajor();
        t.renames = io.schemasync.diff.OnRenamedTables.of(changes);
        for (Change c : changes) {
            if (c instanceof Change.CreateTable ct) t.created.add(key(ct.schema(), ct.table().name()));
            // A relation with indexes (a materialized view) that the plan creates, or drops and creates again.
            if (c instanceof Change.CreateObject co && Kinds.of(co.object()).hasIndexes()) {
                t.created.add(key(co.schema(), co.object().name()));
            }
            if (c instanceof Change.ReattachDependent r && Kinds.of(r.object()).hasIndexes()) {
                t.created.add(key(r.schema(), r.object().name()));
            }
            if (c instanceof Change.AlterObject a && Kinds.of(a.to()).hasIndexes()
                    && Kinds.of(a.to()).recreatesAny(a.from(), a.to())) {
                t.created.add(key(a.schema(), a.to().name()));
            }
            // Before the online forms: a constraint not validated here is the YAML's own not_valid.
            if (c instanceof Change.AddConstraint a && !a.constraint().validated()
                    || c instanceof Change.ReplaceConstraint r && !r.to().validated()) {
                t.notValid.add(c.target());
            }
        }
        for (ObjectRef e : target.emptyTables()) {
            t.empty.add(key(e.schema(), t.renames.tableName(e.schema(), e.name())));
        }
        return t;
    }

    private static String key(String schema, String table) {
        return schema + "\0" + table;
    }

    /** The YAML marks the constraint not_valid: the rows already there are neither counted nor validated. */
    boolean leftNotValid(ObjectRef constraint) {
        return notValid.contains(constraint);
    }

    boolean isNew(String schema, String table) {
        return created.contains(key(schema, table));
    }

    /**
     * Why a change to a table with rows blocks writes where an online form would not: its preflight check of the
     * live rows failed ({@link Target#failing}). Empty for any other change.
     */
    String whyInTransaction(ObjectRef change) {
        return failing.contains(change) ? " (in the transaction: checking the live rows found some that fail it, or"
                + " raised an error; a failure rolls everything back)" : "";
    }

    /**
     * An existing table that may hold rows: where the online forms apply. Not a partitioned table: PostgreSQL has
     * no CONCURRENTLY for its indexes and (before 18) no NOT VALID foreign keys; its steps run in the transaction,
     * except a new index, built per partition ({@link #partitionedWithRows}).
     */
    boolean hasRows(String schema, String table) {
        return !isNew(schema, table) && !empty.contains(key(schema, table)) && !partitioned.contains(key(schema, table));
    }

    /** A live partitioned table whose partitions may hold rows. */
    boolean partitionedWithRows(String schema, String table) {
        return !isNew(schema, table) && !empty.contains(key(schema, table)) && partitioned.contains(key(schema, table));
    }

    /** The live partitioned tables. */
    Tables withPartitioned(io.schemasync.model.Database live) {
        live.schemas().forEach(s -> s.tables().stream().filter(t -> t.partitioning().isPartitioned())
                .forEach(t -> partitioned.add(key(s.name(), t.name()))));
        return this;
    }

    /**
     * The table the plan calls {@code table}, quoted, by its live name: a preflight check reads the live rows before
     * any step runs, so before the plan renames the table (a check by the new name could not be asked at all).
     */
    String liveRelation(String schema, String table) {
        return io.schemasync.sql.Sql.qualified(schema, renames.liveTableName(schema, table));
    }

    /** The column the plan calls {@code column}, quoted, by its live name (see {@link #liveRelation}). */
    String liveColumn(String schema, String table, String column) {
        return io.schemasync.sql.Sql.quote(renames.liveColumnName(schema, table, column));
    }

    /** A server-deparsed expression over the table, with its columns by their live names (see {@link #liveRelation}). */
    String liveExpression(String schema, String table, String expression) {
        return renames.liveExpression(schema, table, expression);
    }

    /** What the server can do, for the kinds' steps. */
    io.schemasync.kinds.StepOut.Capabilities capabilities() {
        return new io.schemasync.kinds.StepOut.Capabilities(serverMajor);
    }
}
