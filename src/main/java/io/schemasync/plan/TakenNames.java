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
 * An INVALID index (what an interrupted {@code CREATE INDEX CONCURRENTLY} leaves) is not counted as an index: the
 * plan leaves alone the ones that are not its own, and they keep their names when the plan renames their table. A
 * relation the plan makes under such a name (a table, index, key, sequence or view; typically a new table that takes
 * a renamed table's old name, and with it the names of the old one's indexes) would fail at run time (42P07, relation
 * already exists) after the steps before it ran. The plan refuses it instead, naming the index and how to drop it:
 * the index is not the YAML's, so the plan neither drops nor renames it. An INVALID index of the name of an index or
 * key the plan builds on the same table is an interrupted build of that one, which the build replaces ({@link
 * Resume}).
 */
final class TakenNames {
    private TakenNames() {}

    /** A relation name a change makes; the table (its name in the plan) of an index or key it builds. */
    private record Made(ObjectRef step, String schema, String name, String table) {}

    static List<Change> refuse(List<Change> changes, Set<ObjectRef> invalidIndexes) {
        if (invalidIndexes.isEmpty()) return changes;
        Map<String, String> planNames = new HashMap<>();
        Set<String> dropped = new HashSet<>();
        List<Made> made = new ArrayList<>();
        for (Change c : changes) {
            switch (c) {
                case Change.RenameTable r -> {
                    planNames.put(r.schema() + "\0" + r.from(), r.to());
                    made.add(new Made(r.target(), r.schema(), r.to(), null));
                }
                case Change.DropTable d -> dropped.add(d.schema() + "\0" + d.table().name());
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
        List<Change> out = new ArrayList<>(changes);
        for (ObjectRef ix : invalidIndexes.stream().sorted(java.util.Comparator.comparing(ObjectRef::toString)).toList()) {
            if (dropped.contains(ix.schema() + "\0" + ix.table())) continue;
            String table = planNames.getOrDefault(ix.schema() + "\0" + ix.table(), ix.table());
            for (Made m : made) {
                if (!m.schema().equals(ix.schema()) || !m.name().equals(ix.name()) || table.equals(m.table())) continue;
                String renamed = table.equals(ix.table()) ? "" : " (renamed to " + table + " by this plan)";
                out.add(new Change.Unsupported(m.step(), "name taken by an INVALID index",
                        "PostgreSQL refuses a second relation named " + ix.name() + ": the INVALID index "
                                + ix.schema() + "." + ix.name() + " of table " + ix.schema() + "." + ix.table()
                                + renamed + ", left by an interrupted CREATE INDEX CONCURRENTLY, is not in the YAML"
                                + " and schemasync leaves it alone; drop it first (DROP INDEX CONCURRENTLY "
                                + io.schemasync.sql.Sql.qualified(ix.schema(), ix.name()) + ") or give "
                                + m.step() + " another name in the YAML"));
            }
        }
        return out;
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
