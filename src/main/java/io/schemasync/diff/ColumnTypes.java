package io.schemasync.diff;

import io.schemasync.kinds.Kinds;
import io.schemasync.model.Column;
import io.schemasync.model.Database;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.Schema;
import io.schemasync.model.SchemaObject;
import io.schemasync.model.Table;
import io.schemasync.model.TypeUse;
import io.schemasync.sql.TypeName;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which columns of a database have a given type (a domain, ...) or an array of it. */
final class ColumnTypes {
    private ColumnTypes() {}

    /**
     * The columns of the type, of an array of it, and of the types built on it (a domain over the domain): ALTER
     * DOMAIN checks the rows of all of them. The server prints a type without its schema when the schema is on the
     * search path, so an unqualified column type matches a type of that name in any schema.
     */
    static List<TypeUse> using(Database db, String typeSchema, String typeName) {
        return found(db, typeSchema, typeName).stream().map(Found::use).toList();
    }

    /**
     * The uses that remain once the plan has run: a column of a table the YAML drops, or that the YAML gives another
     * type or leaves out, no longer holds the type when the type is dropped (drops of types come last).
     */
    static List<TypeUse> remaining(Database live, Database desired, String typeSchema, String typeName) {
        return found(live, typeSchema, typeName).stream().filter(f -> f.remainsIn(desired)).map(Found::use).toList();
    }

    /** A use, and the type its column names (the type itself, or one built on it). */
    private record Found(TypeUse use, String typeSchema, String typeName) {
        boolean remainsIn(Database desired) {
            ObjectRef col = use.column();
            var table = desired.schema(col.schema()).flatMap(s -> s.table(col.table()));
            if (table.isEmpty()) return !desired.drops(ObjectRef.of(ObjectRef.Kind.TABLE, col.schema(), col.table()));
            return table.get().column(col.name()).map(c -> TypeName.of(c.type()).names(typeSchema, typeName))
                    .orElse(false);
        }
    }

    private static List<Found> found(Database db, String typeSchema, String typeName) {
        List<Found> out = new ArrayList<>();
        collect(db, typeSchema, typeName, false, out, new HashSet<>());
        out.sort(Comparator.comparing(f -> f.use().path()));
        return out;
    }

    private static void collect(Database db, String typeSchema, String typeName, boolean inArray, List<Found> out,
                                Set<String> seen) {
        if (!seen.add(typeSchema + "." + typeName)) return;
        for (Schema s : db.schemas()) {
            for (Table t : s.tables()) {
                for (Column c : t.columns()) {
                    if (!TypeName.of(c.type()).names(typeSchema, typeName)) continue;
                    out.add(new Found(new TypeUse(ObjectRef.inTable(ObjectRef.Kind.COLUMN, s.name(), t.name(),
                            c.name()), inArray || c.type().strip().endsWith("]")), typeSchema, typeName));
                }
            }
            for (SchemaObject o : s.objects()) {
                if (Kinds.of(o).isType() && builtOn(s.name(), o, typeSchema, typeName)) {
                    collect(db, s.name(), o.name(), inArray, out, seen);
                }
            }
        }
    }

    private static boolean builtOn(String schema, SchemaObject o, String typeSchema, String typeName) {
        return Kinds.of(o).dependsOnAny(schema, o).stream()
                .anyMatch(r -> r.kind() == ObjectRef.Kind.TYPE && typeSchema.equals(r.schema()) && r.name().equals(typeName));
    }
}
