package io.schemasync.kinds;

import io.schemasync.model.ObjectRef;
import io.schemasync.model.SchemaObject;

import java.util.List;
import java.util.Optional;

/**
 * The registry of object kinds that are units of their own. Adding a kind is one class implementing
 * {@link ObjectKind} and one line here; the order is the order of their keys in YAML written by introspect.
 */
public final class Kinds {
    public static final List<ObjectKind<?>> ALL = List.of(
            Types.KIND,
            Domains.KIND,
            Functions.FUNCTIONS,
            Functions.PROCEDURES,
            Views.KIND,
            MaterializedViews.KIND,
            Triggers.KIND,
            Policies.KIND,
            Distributions.KIND
    );

    private Kinds() {}

    /** The kind of an object held in a {@link io.schemasync.model.Schema}. */
    public static ObjectKind<?> of(SchemaObject object) {
        return of(object.refKind()).orElseThrow(() -> new IllegalStateException("no kind registered for "
                + object.refKind() + " " + object.name()));
    }

    public static Optional<ObjectKind<?>> of(ObjectRef.Kind refKind) {
        return ALL.stream().filter(k -> k.refKind() == refKind).findFirst();
    }

    /** The kinds whose objects belong to a table (triggers, ...): read and written under the table in YAML. */
    public static List<ObjectKind<?>> ofTables() {
        return ALL.stream().filter(ObjectKind::belongsToTable).toList();
    }

    /** The kinds whose objects stand alone in a schema: read and written under the schema in YAML. */
    public static List<ObjectKind<?>> ofSchemas() {
        return ALL.stream().filter(k -> !k.belongsToTable()).toList();
    }

    public static Optional<ObjectKind<?>> byKey(String key) {
        return ALL.stream().filter(k -> k.key().equals(key)).findFirst();
    }
}
