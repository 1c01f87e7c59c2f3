package io.schemasync.diff;

import io.schemasync.model.Database;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.ObjectRef.Kind;
import io.schemasync.model.Schema;
import io.schemasync.model.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The partitioned tables whose partition key changes. PostgreSQL has no ALTER for it: such a table is dropped
 * with its partitions and created again with the YAML's (see {@link Change.RepartitionTable}), which only an empty
 * table allows (a preflight counts its rows). The foreign keys of other tables that reference the table or its
 * partitions are the planner's to drop before and add again after ({@code Rebuilds.aroundRepartitions}).
 */
final class Repartitions {
    /** The tables whose partition key changes, with their change. */
    private final Map<ObjectRef, Change.RepartitionTable> roots = new HashMap<>();
    /** Every table made again: the roots, their live partitions and the partitions the YAML gives them. */
    private final Set<ObjectRef> remade = new HashSet<>();

    private Repartitions() {}

    static Repartitions of(Database live, Database desired) {
        Repartitions r = new Repartitions();
        List<ObjectRef> candidates = new ArrayList<>();
        for (Schema s : desired.schemas()) {
            for (Table want : s.tables()) {
                Table have = live.table(s.name(), want.name()).orElse(null);
                if (have == null || want.renamedFrom() != null && !want.renamedFrom().equals(want.name())) continue;
                var from = have.partitioning();
                var to = want.partitioning();
                if (!from.isPartitioned() || !to.isPartitioned() || from.by().equals(to.by())) continue;
                if (from.isPartition() != to.isPartition()) continue;
                candidates.add(ref(s.name(), want.name()));
            }
        }
        candidates.sort(Comparator.comparing(ObjectRef::toString));
        for (ObjectRef root : candidates) {
            List<ObjectRef> livePartitions = descendants(live, root);
            Set<ObjectRef> tree = new TreeSet<>(Comparator.comparing(ObjectRef::toString));
            tree.add(root);
            tree.addAll(livePartitions);
            for (ObjectRef p : descendants(desired, root)) {
                if (live.table(p.schema(), p.name()).isEmpty() || livePartitions.contains(p)) tree.add(p);
            }
            Table have = live.table(root.schema(), root.name()).orElseThrow();
            String to = desired.table(root.schema(), root.name()).orElseThrow().partitioning().by();
            r.roots.put(root, new Change.RepartitionTable(root.schema(), have, to, livePartitions));
            r.remade.addAll(tree);
        }
        // A root inside another's tree goes with it.
        r.roots.keySet().removeIf(root -> r.roots.values().stream().anyMatch(o -> o.partitions().contains(root)));
        return r;
    }

    /** The repartitioning of this table when it is a root, else null. */
    Change.RepartitionTable root(String schema, String table) {
        return roots.get(ref(schema, table));
    }

    /** The table is dropped and created again (a root or a partition of one). */
    boolean remade(String schema, String table) {
        return remade.contains(ref(schema, table));
    }

    /** A live object on a table made again is gone with it: the YAML's is created anew. */
    Schema withoutObjectsOfRemade(Schema have) {
        if (remade.isEmpty()) return have;
        return have.withObjects(have.objects().stream()
                .filter(o -> o.table() == null || !remade(have.name(), o.table())).toList());
    }

    private static ObjectRef ref(String schema, String name) {
        return ObjectRef.of(Kind.TABLE, schema, name);
    }

    /** The partitions of {@code table}, and theirs, in any schema. */
    static List<ObjectRef> descendants(Database db, ObjectRef table) {
        List<ObjectRef> out = new ArrayList<>();
        for (Schema s : db.schemas()) {
            for (Table t : s.tables()) {
                var p = t.partitioning();
                if (table.name().equals(p.parent()) && table.schema().equals(p.parentSchemaOr(s.name()))) {
                    ObjectRef child = ref(s.name(), t.name());
                    out.add(child);
                    out.addAll(descendants(db, child));
                }
            }
        }
        return out;
    }
}
