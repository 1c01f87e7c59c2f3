package io.schemasync.canonical;

import io.schemasync.kinds.Kinds;
import io.schemasync.model.Database;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.Schema;
import io.schemasync.model.SchemaObject;
import io.schemasync.model.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which tables and views must be materialized in the same batch: a view with every relation its query names,
 * and so on transitively (union-find). A batch is rolled back after it is read, so a view could not be created in
 * a later batch than the tables it reads. References are found by name, which can only join more into a group.
 */
final class RelationGroups {
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, List<String>> byName = new HashMap<>();
    private final List<String> objects = new ArrayList<>();
    private final Set<String> withObjects = new HashSet<>();

    private RelationGroups() {}

    static RelationGroups of(Database db) {
        RelationGroups g = new RelationGroups();
        for (Schema s : db.schemas()) {
            for (Table t : s.tables()) g.add(s.name(), t.name());
            for (SchemaObject o : s.objects()) {
                if (!Kinds.of(o).isRelation()) continue;
                g.add(s.name(), o.name());
                g.objects.add(key(s.name(), o.name()));
            }
        }
        for (Schema s : db.schemas()) {
            for (SchemaObject o : s.objects()) {
                if (!Kinds.of(o).isRelation()) continue;
                for (ObjectRef ref : Kinds.of(o).dependsOnAny(s.name(), o)) {
                    for (String other : g.byName.getOrDefault(ref.name(), List.of())) {
                        if (ref.schema() == null || other.startsWith(ref.schema() + "\0")) g.union(key(s.name(), o.name()), other);
                    }
                }
            }
        }
        g.objects.forEach(o -> g.withObjects.add(g.root(o)));
        return g;
    }

    private static String key(String schema, String name) {
        return schema + "\0" + name;
    }

    private void add(String schema, String name) {
        String k = key(schema, name);
        parent.putIfAbsent(k, k);
        byName.computeIfAbsent(name, n -> new ArrayList<>()).add(k);
    }

    /** The group of a table or view: the same string for every member. */
    String of(String schema, String name) {
        String k = key(schema, name);
        return parent.containsKey(k) ? root(k) : k;
    }

    /** True when the table is in a group with a view (or another relation of the registry's kinds). */
    boolean readByView(String schema, String table) {
        return withObjects.contains(of(schema, table));
    }

    private String root(String k) {
        String p = parent.get(k);
        if (p.equals(k)) return k;
        String r = root(p);
        parent.put(k, r);
        return r;
    }

    private void union(String a, String b) {
        String ra = root(a), rb = root(b);
        if (!ra.equals(rb)) parent.put(ra, rb);
    }
}
