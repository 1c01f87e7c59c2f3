package io.schemasync.plan;

import io.schemasync.diff.Change;
import io.schemasync.model.Constraint;
import io.schemasync.model.ExclusionConstraint;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.PrimaryKey;
import io.schemasync.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Relations the plan leaves alone because the model does not hold them keep their names, also when the plan renames
 * their table: an INVALID index (what an interrupted {@code CREATE INDEX CONCURRENTLY} leaves; not counted as an
 * index, and not the YAML's unless it is the plan's own build), the sequence of an identity column (PostgreSQL
 * names it, users_id_seq, and keeps that name when users becomes accounts), and the index PostgreSQL makes on each
 * partition for an index or key of the partitioned table (events_2024_01_created_at_idx, orders_2025_pkey; the model
 * holds the parent's only). Such an index is refused even where the plan drops its partition or the parent's index:
 * the plan does not order that drop before the new name (it does not know the partition's index), and renaming the
 * index first always frees the name. A relation the plan makes under such a
 * name (a table, index, key, sequence or view; typically a new table that takes a renamed table's old name, and with
 * it the names that go with it) would fail at run time (42P07, relation already exists) after the steps before it
 * ran. The plan refuses it instead, naming the relation and how to free the name: it is not the YAML's, so the plan
 * neither drops nor renames it. An INVALID index of the name of an index or key the plan builds on the same table is
 * an interrupted build of that one, which the build replaces ({@link Resume}).
 */
public final class TakenNames {
    private TakenNames() {}

    /** A relation name a change makes; the table (its name in the plan) of an index or key it builds. */
    private record Made(ObjectRef step, String schema, String name, String table) {}

    /**
     * The relation names the changes make, for the queries of the identity sequences and partitions' indexes that
     * hold one (sorted).
     */
    public static Set<String> madeNames(List<Change> changes) {
        return made(changes).stream().map(Made::name).collect(java.util.stream.Collectors.toCollection(
                java.util.TreeSet::new));
    }

    private static List<Made> made(List<Change> changes) {
        List<Made> made = new ArrayList<>();
        for (Change c : changes) {
            switch (c) {
                case Change.RenameTable r -> made.add(new Made(r.target(), r.schema(), r.to(), null));
                case Change.CreateTable t -> {
                    made.add(new Made(t.target(), t.schema(), t.table().name(), null));
                    for (Constraint k : t.table().constraints()) {
                        if (key(k)) made.add(new Made(t.target(), t.schema(), k.name(), t.table().name()));
                    }
                }
                case Change.CreateIndex i -> made.add(new Made(i.target(), i.schema(), i.index().name(), i.table()));
                case Change.AddConstraint a when key(a.constraint()) ->
                        made.add(new Made(a.target(), a.schema(), a.constraint().name(), a.table()));
                case Change.RenameIndex r -> made.add(new Made(r.target(), r.schema(), r.to(), null));
                case Change.RenameConstraint r -> made.add(new Made(r.target(), r.schema(), r.to(), null));
                case Change.CreateSequence s -> made.add(new Made(s.target(), s.schema(), s.sequence().name(), null));
                case Change.RenameSequence r -> made.add(new Made(r.target(), r.schema(), r.to(), null));
                case Change.CreateObject o when relation(o.target().kind()) ->
                        made.add(new Made(o.target(), o.schema(), o.target().name(), null));
                default -> { }
            }
        }
        return made;
    }

    static List<Change> refuse(List<Change> changes, Target target) {
        if (target.invalidIndexes().isEmpty() && target.identitySequences().isEmpty()
                && target.partitionIndexes().isEmpty()) return changes;
        Map<String, String> planNames = new HashMap<>();
        Set<String> dropped = new HashSet<>();
        for (Change c : changes) {
            if (c instanceof Change.RenameTable r) planNames.put(r.schema() + "\0" + r.from(), r.to());
            if (c instanceof Change.DropTable d) dropped.add(d.schema() + "\0" + d.table().name());
        }
        List<Made> made = made(changes);
        List<Change> out = new ArrayList<>(changes);
        for (ObjectRef ix : sorted(target.invalidIndexes())) {
            if (dropped.contains(ix.schema() + "\0" + ix.table())) continue;
            String table = planNames.getOrDefault(ix.schema() + "\0" + ix.table(), ix.table());
            for (Made m : made) {
                if (!m.schema().equals(ix.schema()) || !m.name().equals(ix.name()) || table.equals(m.table())) continue;
                out.add(new Change.Unsupported(m.step(), "name taken by an INVALID index",
                        "PostgreSQL refuses a second relation named " + ix.name() + ": the INVALID index "
                                + ix.schema() + "." + ix.name() + " of table " + ix.schema() + "." + ix.table()
                                + renamed(ix.table(), table) + ", left by an interrupted CREATE INDEX CONCURRENTLY,"
                                + " is not in the YAML and schemasync leaves it alone; drop it first (DROP INDEX"
                                + " CONCURRENTLY " + io.schemasync.sql.Sql.qualified(ix.schema(), ix.name())
                                + ") or give " + m.step() + " another name in the YAML"));
            }
        }
        for (ObjectRef seq : sorted(target.identitySequences())) {
            if (dropped.contains(seq.schema() + "\0" + seq.table())) continue;
            String table = planNames.getOrDefault(seq.schema() + "\0" + seq.table(), seq.table());
            if (identityDropped(changes, seq.schema(), table)) continue;
            for (Made m : made) {
                if (!m.schema().equals(seq.schema()) || !m.name().equals(seq.name())) continue;
                out.add(new Change.Unsupported(m.step(), "name taken by an identity sequence",
                        "PostgreSQL refuses a second relation named " + seq.name() + ": the sequence "
                                + seq.schema() + "." + seq.name() + " of the identity column of table " + seq.schema()
                                + "." + seq.table() + renamed(seq.table(), table) + " keeps the name PostgreSQL gave"
                                + " it, which the YAML does not manage; rename it first (ALTER SEQUENCE "
                                + io.schemasync.sql.Sql.qualified(seq.schema(), seq.name()) + " RENAME TO ...) or give "
                                + m.step() + " another name in the YAML"));
            }
        }
        for (ObjectRef ix : sorted(target.partitionIndexes())) {
            String table = planNames.getOrDefault(ix.schema() + "\0" + ix.table(), ix.table());
            for (Made m : made) {
                if (!m.schema().equals(ix.schema()) || !m.name().equals(ix.name())) continue;
                out.add(new Change.Unsupported(m.step(), "name taken by an index of a partition",
                        "PostgreSQL refuses a second relation named " + ix.name() + ": the index " + ix.schema() + "."
                                + ix.name() + " of partition " + ix.schema() + "." + ix.table()
                                + renamed(ix.table(), table) + ", made by PostgreSQL for an index or key of the"
                                + " partitioned table (the YAML names only the partitioned table's), holds it;"
                                + " rename it first (ALTER INDEX " + io.schemasync.sql.Sql.qualified(ix.schema(),
                                ix.name()) + " RENAME TO ...) or give " + m.step() + " another name in the YAML"));
            }
        }
        return out;
    }

    private static String renamed(String live, String planned) {
        return live.equals(planned) ? "" : " (renamed to " + planned + " by this plan)";
    }

    private static List<ObjectRef> sorted(Set<ObjectRef> refs) {
        return refs.stream().sorted(java.util.Comparator.comparing(ObjectRef::toString)).toList();
    }

    /** The plan drops an identity column of the table, or its identity (its sequence goes with it): not refused. */
    private static boolean identityDropped(List<Change> changes, String schema, String table) {
        return changes.stream().anyMatch(c -> c instanceof Change.DropColumn d && d.schema().equals(schema)
                && d.table().equals(table) && d.column().identity() != null || c instanceof Change.AlterColumn a && a.schema().equals(schema)
                && a.table().equals(table) && a.from().identity() != null && a.to().identity() == null);
    }

    /** A key makes an index of its own name. */
    private static boolean key(Constraint c) {
        return c instanceof PrimaryKey || c instanceof UniqueConstraint || c instanceof ExclusionConstraint;
    }

    private static boolean relation(ObjectRef.Kind kind) {
        return kind == ObjectRef.Kind.VIEW || kind == ObjectRef.Kind.MATERIALIZED_VIEW
                || kind == ObjectRef.Kind.SEQUENCE || kind == ObjectRef.Kind.TABLE;
    }
}
