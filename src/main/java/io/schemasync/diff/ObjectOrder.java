package io.schemasync.diff;

import io.schemasync.kinds.Kinds;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.SchemaObject;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Objects of one schema ordered so that each comes after the objects it depends on (a domain over another
 * domain, a view over a view); ties keep the kind-then-name order they come in. A reference without a schema (an
 * unqualified name in a view's query) matches an object of that name in any schema. Dependencies on objects outside the list (built-in
 * types, enums, other schemas) are already there.
 */
final class ObjectOrder {
    private ObjectOrder() {}

    static List<SchemaObject> byDependencies(String schema, List<SchemaObject> objects) {
        List<SchemaObject> out = new ArrayList<>();
        Set<ObjectRef> placed = new LinkedHashSet<>();
        List<SchemaObject> waiting = new ArrayList<>(objects);
        while (!waiting.isEmpty()) {
            SchemaObject next = waiting.stream().filter(o -> ready(schema, o, waiting, placed)).findFirst()
                    .orElse(waiting.get(0)); // a cycle: PostgreSQL names it when the plan runs
            waiting.remove(next);
            out.add(next);
            placed.add(next.ref(schema));
        }
        return out;
    }

    private static boolean ready(String schema, SchemaObject o, List<SchemaObject> waiting, Set<ObjectRef> placed) {
        for (ObjectRef need : Kinds.of(o).dependsOnAny(schema, o)) {
            boolean pending = waiting.stream().anyMatch(w -> w != o && sameObject(w.ref(schema), need));
            if (pending && placed.stream().noneMatch(p -> sameObject(p, need))) return false;
        }
        return true;
    }

    /** A type reference names the object whatever kind of type it is (domain, enum, ...). */
    private static boolean sameObject(ObjectRef a, ObjectRef b) {
        return a.name().equals(b.name()) && (a.schema() == null || b.schema() == null || a.schema().equals(b.schema()));
    }
}
