package io.schemasync.diff;

import io.schemasync.kinds.Kinds;
import io.schemasync.model.Database;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.Schema;
import io.schemasync.model.SchemaObject;
import io.schemasync.sql.SqlText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The functions a plan renames ({@code renamed_from}), to read the live defaults, checks, index expressions,
 * domains and views as PostgreSQL prints them after the rename: they hold the function itself, not its name, and
 * print the new name once it is renamed, so a YAML that names the new one is already what they will be. Only a
 * name that no other live function of its schema has (an overload) is read so: the text does not say which one
 * a call is.
 */
final class FunctionRenames {
    /** schema → old name → new name. */
    private final Map<String, Map<String, String>> renames = new HashMap<>();

    static FunctionRenames of(Database live, Database desired) {
        FunctionRenames r = new FunctionRenames();
        for (Schema want : desired.schemas()) {
            Schema have = live.schema(want.name()).orElse(null);
            if (have == null) continue;
            for (SchemaObject o : want.objects()) {
                var old = Kinds.of(o).renamedFromAny(o).filter(n -> want.object(o.refKind(), n).isEmpty()
                        && have.object(o.refKind(), o.name()).isEmpty()).flatMap(n -> have.object(o.refKind(), n));
                if (old.isEmpty()) continue;
                String from = callName(have.name(), old.get());
                String to = callName(want.name(), o);
                if (from != null && to != null && callers(have, from) == 1) {
                    r.renames.computeIfAbsent(have.name(), k -> new HashMap<>()).put(from, to);
                }
            }
        }
        return r;
    }

    /** The one name calls use for the object (a function's name alone); null for objects that are not called. */
    private static String callName(String schema, SchemaObject o) {
        Set<ObjectRef> names = Kinds.of(o).alsoKnownAsAny(schema, o);
        return names.size() == 1 ? names.iterator().next().name() : null;
    }

    private static long callers(Schema have, String name) {
        return have.objects().stream().filter(o -> name.equals(callName(have.name(), o))).count();
    }

    /**
     * The live schema with its tables, views, types and triggers read as after the renames; routines are left as
     * they are.
     */
    Schema apply(Schema have) {
        if (renames.isEmpty()) return have;
        List<SchemaObject> objects = new ArrayList<>();
        for (SchemaObject o : have.objects()) {
            // What holds the function itself and prints its name: views, domains, triggers.
            boolean printed = Kinds.of(o).isRelation() || Kinds.of(o).isType() || o.table() != null;
            objects.add(printed ? Kinds.of(o).mapSqlAny(o, t -> t, this::rewrite) : o);
        }
        return have.withTables(have.tables().stream().map(t -> t.mapSql(x -> x, this::rewrite)).toList())
                .withObjects(objects);
    }

    private String rewrite(String text) {
        return SqlText.replaceCalls(text, (schema, name) -> {
            if (schema != null) return renames.getOrDefault(schema, Map.of()).get(name);
            List<String> found = renames.values().stream().map(m -> m.get(name)).filter(java.util.Objects::nonNull).toList();
            return found.size() == 1 ? found.get(0) : null;
        });
    }
}
