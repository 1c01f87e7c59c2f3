package io.schemasync.plan;

import io.schemasync.diff.Change;
import io.schemasync.kinds.Kinds;
import io.schemasync.kinds.NewType;
import io.schemasync.model.ObjectRef;
import io.schemasync.sql.TypeName;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The types of the registry's kinds (domains, ...) that a plan creates. The preflights run before the plan, so a
 * check of a column's rows against such a type uses its base type and rules, never its name.
 */
final class NewTypes {
    private final Map<ObjectRef, NewType> types = new LinkedHashMap<>();
    /** The types of the registry's kinds that the plan alters in place: their new rules are not there yet. */
    private final java.util.Set<ObjectRef> altered = new java.util.HashSet<>();

    static NewTypes of(List<Change> changes) {
        NewTypes out = new NewTypes();
        for (Change c : changes) {
            if (c instanceof Change.CreateObject co) {
                Kinds.of(co.object()).asNewTypeAny(co.object())
                        .ifPresent(t -> out.types.put(co.object().ref(co.schema()), t));
            }
            if (c instanceof Change.AlterObject ao && Kinds.of(ao.to()).asNewTypeAny(ao.to()).isPresent()) {
                out.altered.add(ao.to().ref(ao.schema()));
            }
        }
        return out;
    }

    /** The new type a column type names, itself or as the element type of an array. */
    Optional<NewType> named(String columnType) {
        TypeName name = TypeName.of(columnType);
        return types.entrySet().stream().filter(e -> name.names(e.getKey().schema(), e.getKey().name()))
                .map(Map.Entry::getValue).findFirst();
    }

    /**
     * Whether a column type names (itself or as an array's element type) a type the plan creates or alters: the
     * server does not have it, or not as the plan leaves it, when the preflights run.
     */
    boolean changes(String columnType) {
        TypeName name = TypeName.of(columnType);
        return named(columnType).isPresent()
                || altered.stream().anyMatch(r -> name.names(r.schema(), r.name()));
    }

    static boolean isArray(String columnType) {
        return columnType.strip().endsWith("]");
    }
}
