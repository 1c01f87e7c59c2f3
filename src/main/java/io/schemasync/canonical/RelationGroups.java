package io.schemasync.canonical;

import io.schemasync.kinds.Functions;
import io.schemasync.kinds.Kinds;
import io.schemasync.model.Column;
import io.schemasync.model.Database;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.Schema;
import io.schemasync.model.SchemaObject;
import io.schemasync.model.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which tables and views must be materialized in the same batch: a view with every relation its query names,
 * and so on transitively (union-find). A batch is rolled back after it is read, so a view could not be created in
 * a later batch than the tables it reads. Objects of kinds that may use relations (a function whose body reads a
 * table, or whose result is a table's row type) join the batch of what they use when they use a relation of the
 * batch, directly or through another such object; tables and views that call them join them too. References are
 * found by name, which can only join more into a group.
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
            for (Table t : s.tables()) g.add(s.name(), t.name(), t.name());
            for (SchemaObject o : s.objects()) {
                if (!Kinds.of(o).isRelation()) continue;
                g.add(s.name(), o.name(), o.name());
                g.objects.add(key(s.name(), o.name()));
            }
        }
        g.addUsers(db);
        for (Schema s : db.schemas()) {
            for (SchemaObject o : s.objects()) {
                if (!g.parent.containsKey(key(s.name(), o.name()))) continue;
                for (ObjectRef ref : Kinds.of(o).dependsOnAny(s.name(), o)) g.unionWith(key(s.name(), o.name()), ref);
            }
            for (Table t : s.tables()) {
                for (ObjectRef call : tableCalls(t)) g.unionWith(key(s.name(), t.name()), call);
                // A partition is made with its partitioned table, in the same batch.
                if (t.partitioning().isPartition()) {
                    g.unionWith(key(s.name(), t.name()), ObjectRef.of(ObjectRef.Kind.TABLE,
                            t.partitioning().parentSchemaOr(s.name()), t.partitioning().parent()));
                }
            }
        }
        g.objects.forEach(o -> g.withObjects.add(g.root(o)));
        return g;
    }

    /**
     * Adds the objects of kinds that use relations, for as long as one of them uses a member: a function that
     * reads a table is a member, and so is one whose SQL body calls it.
     */
    private void addUsers(Database db) {
        boolean added = true;
        while (added) {
            added = false;
            for (Schema s : db.schemas()) {
                for (SchemaObject o : s.objects()) {
                    if (!Kinds.of(o).usesRelations() || parent.containsKey(key(s.name(), o.name()))) continue;
                    if (Kinds.of(o).dependsOnAny(s.name(), o).stream().noneMatch(this::isMember)) continue;
                    add(s.name(), o.name(), o.name());
                    Kinds.of(o).alsoKnownAsAny(s.name(), o).forEach(ref -> add(s.name(), o.name(), ref.name()));
                    objects.add(key(s.name(), o.name()));
                    added = true;
                }
            }
        }
    }

    /** The functions a table's defaults, generation expressions, checks and index expressions call. */
    static Set<ObjectRef> tableCalls(Table t) {
        Set<ObjectRef> out = new LinkedHashSet<>();
        for (Column c : t.columns()) {
            if (c.defaultExpr() != null) out.addAll(Functions.calls(c.defaultExpr()));
            if (c.generated() != null) out.addAll(Functions.calls(c.generated()));
        }
        t.checks().forEach(ck -> out.addAll(Functions.calls(ck.expression())));
        t.indexes().forEach(ix -> {
            ix.keys().stream().filter(k -> !k.column()).forEach(k -> out.addAll(Functions.calls(k.expression())));
            if (ix.where() != null) out.addAll(Functions.calls(ix.where()));
        });
        return out;
    }

    private boolean isMember(ObjectRef ref) {
        return byName.getOrDefault(ref.name(), List.of()).stream()
                .anyMatch(k -> ref.schema() == null || k.startsWith(ref.schema() + "\0"));
    }

    private void unionWith(String member, ObjectRef ref) {
        for (String other : byName.getOrDefault(ref.name(), List.of())) {
            if (ref.schema() == null || other.startsWith(ref.schema() + "\0")) union(member, other);
        }
    }

    private static String key(String schema, String name) {
        return schema + "\0" + name;
    }

    /** A member {@code name} of {@code schema}, found by {@code alias} (its name, or a function's name alone). */
    private void add(String schema, String name, String alias) {
        String k = key(schema, name);
        parent.putIfAbsent(k, k);
        List<String> keys = byName.computeIfAbsent(alias, n -> new ArrayList<>());
        if (!keys.contains(k)) keys.add(k);
    }

    /** The group of a table or view: the same string for every member. */
    String of(String schema, String name) {
        String k = key(schema, name);
        return parent.containsKey(k) ? root(k) : k;
    }

    /** True for a table, a view, or an object materialized with them (see {@link #addUsers}). */
    boolean isMember(String schema, String name) {
        return parent.containsKey(key(schema, name));
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
