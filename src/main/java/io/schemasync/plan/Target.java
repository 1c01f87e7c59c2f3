package io.schemasync.plan;

import io.schemasync.diff.Change;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.ViewRead;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the planner knows of the database it plans for beyond its schema: the server's major version, and which
 * existing tables hold no rows. The online forms of a change (NOT VALID then VALIDATE, SET NOT NULL through a
 * validated check, keys and indexes built CONCURRENTLY) are for tables with rows; a new or empty table keeps the
 * simple form, whose lock lasts a moment there.
 *
 * @param serverMajor 13..18; 0 when unknown (then the forms of PostgreSQL before 18)
 * @param emptyTables    existing tables (live names) known to hold no rows; every other existing table is taken
 *                       to have rows
 * @param invalidIndexes INVALID indexes (an interrupted CREATE or DROP INDEX CONCURRENTLY leaves one), which the
 *                       catalog does not count: the planner drops its own temporary ones
 * @param failing        new constraints and columns set NOT NULL (the steps' targets) whose preflight check of the
 *                       live rows found rows that make them fail, or raised an error: they keep the simple form, in
 *                       the transaction, so that a failure rolls everything back instead of stopping after the commit
 * @param viewReads      what the live views, materialized views and SQL-standard routine bodies read (pg_depend), in
 *                       every schema: what a change underneath them must drop and create again ({@link Dependents})
 * @param identitySequences the identity sequences of existing tables (each a sequence in its table, live names)
 *                       whose names a relation of the plan takes ({@link TakenNames#madeNames}): PostgreSQL named them
 *                       and they keep their names when their table is renamed
 * @param partitionIndexes the indexes of existing partitions (each an index in its partition, live names) that
 *                       PostgreSQL made for an index of the partitioned table, whose names a relation of the plan
 *                       takes ({@link TakenNames#madeNames}): the model holds only the parent's index
 */
public record Target(int serverMajor, Set<ObjectRef> emptyTables, Set<ObjectRef> invalidIndexes,
                     Set<ObjectRef> failing, List<ViewRead> viewReads, Set<ObjectRef> identitySequences,
                     Set<ObjectRef> partitionIndexes) {
    public Target {
        emptyTables = Set.copyOf(emptyTables);
        invalidIndexes = Set.copyOf(invalidIndexes);
        failing = Set.copyOf(failing);
        viewReads = List.copyOf(viewReads);
        identitySequences = Set.copyOf(identitySequences);
        partitionIndexes = Set.copyOf(partitionIndexes);
    }

    public Target(int serverMajor, Set<ObjectRef> emptyTables, Set<ObjectRef> invalidIndexes, Set<ObjectRef> failing,
                  List<ViewRead> viewReads) {
        this(serverMajor, emptyTables, invalidIndexes, failing, viewReads, Set.of(), Set.of());
    }

    public Target(int serverMajor, Set<ObjectRef> emptyTables, Set<ObjectRef> invalidIndexes, Set<ObjectRef> failing) {
        this(serverMajor, emptyTables, invalidIndexes, failing, List.of());
    }

    public Target(int serverMajor, Set<ObjectRef> emptyTables, Set<ObjectRef> invalidIndexes) {
        this(serverMajor, emptyTables, invalidIndexes, Set.of());
    }

    /** The same target, knowing what the live views read. */
    public Target withViewReads(List<ViewRead> reads) {
        return new Target(serverMajor, emptyTables, invalidIndexes, failing, reads, identitySequences,
                partitionIndexes);
    }

    /** The same target, knowing the identity sequences whose names the plan takes (see {@link #identitySequences}). */
    public Target withIdentitySequences(Set<ObjectRef> sequences) {
        return new Target(serverMajor, emptyTables, invalidIndexes, failing, viewReads, sequences, partitionIndexes);
    }

    /** The same target, knowing the partitions' indexes whose names the plan takes (see {@link #partitionIndexes}). */
    public Target withPartitionIndexes(Set<ObjectRef> indexes) {
        return new Target(serverMajor, emptyTables, invalidIndexes, failing, viewReads, identitySequences, indexes);
    }

    public Target(int serverMajor, Set<ObjectRef> emptyTables) {
        this(serverMajor, emptyTables, Set.of());
    }

    /** Nothing known: every existing table is taken to have rows. */
    public static Target unknown() {
        return new Target(0, Set.of());
    }

    /** The same target, knowing which changes fail on the live rows (see {@link #failing}). */
    public Target withFailing(Set<ObjectRef> refs) {
        return new Target(serverMajor, emptyTables, invalidIndexes, refs, viewReads, identitySequences,
                partitionIndexes);
    }

    /** Whether the change to {@code ref} keeps the simple form because the live rows fail it. */
    boolean fails(ObjectRef ref) {
        return failing.contains(ref);
    }

    /** {@code ALTER TABLE ... ADD CONSTRAINT ... NOT NULL col NOT VALID} (PostgreSQL 18). */
    public boolean notNullConstraints() {
        return serverMajor >= 18;
    }

    /** What the server can do, for the steps (SET EXPRESSION on 17, ...). */
    io.schemasync.kinds.StepOut.Capabilities capabilities() {
        return new io.schemasync.kinds.StepOut.Capabilities(serverMajor);
    }

    boolean empty(String schema, String table) {
        return emptyTables.contains(table(schema, table));
    }

    static ObjectRef table(String schema, String table) {
        return ObjectRef.of(ObjectRef.Kind.TABLE, schema, table);
    }

    /**
     * {@link #tablesOf(List)}, and the tables of the live foreign keys that reference a column whose new type makes
     * PostgreSQL check them again ({@link Rebuilds#aroundTypeChanges}) or a table made again with a new partition key
     * ({@link Rebuilds#aroundRepartitions}): on those that hold rows they are validated after the commit.
     */
    public static Set<ObjectRef> tablesOf(List<Change> changes, io.schemasync.model.Database live) {
        Set<ObjectRef> out = tablesOf(changes);
        for (Rebuilds.Rechecked r : Rebuilds.recheckedForeignKeys(changes, live, Rebuilds::rechecks)) {
            if (r.referenced()) out.add(table(r.schema(), r.table()));
        }
        // The tables whose foreign keys reference a table made again ({@link Rebuilds#aroundRepartitions}).
        for (Change c : changes) {
            if (!(c instanceof Change.RepartitionTable r)) continue;
            for (io.schemasync.model.Schema s : live.schemas()) {
                for (io.schemasync.model.Table t : s.tables()) {
                    if (t.foreignKeys().stream().anyMatch(fk -> fk.refSchema().equals(r.schema())
                            && fk.refTable().equals(r.table().name()))) out.add(table(s.name(), t.name()));
                }
            }
        }
        return out;
    }

    /**
     * The existing tables the changes alter, under their live names (a table the plan renames is asked about by its
     * old name): the ones whose emptiness decides a step's form. Sorted, so the query reads the same every time.
     */
    public static Set<ObjectRef> tablesOf(List<Change> changes) {
        Set<ObjectRef> out = new TreeSet<>(java.util.Comparator.comparing(ObjectRef::toString));
        java.util.Map<String, String> renamed = new java.util.HashMap<>();
        Set<String> created = new java.util.HashSet<>();
        for (Change c : changes) {
            if (c instanceof Change.RenameTable r) renamed.put(r.schema() + "\0" + r.to(), r.from());
            if (c instanceof Change.CreateTable t) created.add(t.schema() + "\0" + t.table().name());
        }
        for (Change c : changes) {
            ObjectRef ref = c.target();
            // SET LOGGED / UNLOGGED rewrites what the table holds: an empty one has nothing to write.
            String name = c instanceof Change.AlterTableOptions || c instanceof Change.SetRowSecurity ? ref.name()
                    : ref.table();
            if (name == null) continue;
            String key = ref.schema() + "\0" + name;
            if (created.contains(key)) continue;
            out.add(table(ref.schema(), renamed.getOrDefault(key, name)));
        }
        return out;
    }
}
