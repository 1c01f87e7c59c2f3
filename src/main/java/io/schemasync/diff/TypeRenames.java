package io.schemasync.diff;

import io.schemasync.kinds.Kinds;
import io.schemasync.kinds.Routine;
import io.schemasync.model.Database;
import io.schemasync.model.Schema;
import io.schemasync.model.SchemaObject;
import io.schemasync.sql.TypeName;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The types a plan renames ({@code renamed_from} on a composite or range type), to read the live columns, domains,
 * functions and other types as PostgreSQL prints them after the rename: they hold the type itself, not its name,
 * so a YAML that names the new one is already what they will be (no column is converted).
 */
final class TypeRenames {
    private record Rename(String schema, String from, String to) {}

    private final List<Rename> renames = new ArrayList<>();
    private EnumRenames enums;

    /**
     * @param enums the enums renamed: {@link EnumRenames} reads their columns as after the rename; the functions,
     *              domains and types that use them are read so here
     */
    static TypeRenames of(Database live, Database desired, EnumRenames enums) {
        TypeRenames r = new TypeRenames();
        r.enums = enums;
        enums.types().forEach(t -> r.renames.add(new Rename(t.schema(), t.from(), t.to())));
        for (Schema want : desired.schemas()) {
            Schema have = live.schema(want.name()).orElse(null);
            if (have == null) continue;
            for (SchemaObject o : want.objects()) {
                if (!Kinds.of(o).isType()) continue;
                Kinds.of(o).renamedFromAny(o).filter(n -> want.object(o.refKind(), n).isEmpty()
                                && have.object(o.refKind(), o.name()).isEmpty() && have.object(o.refKind(), n).isPresent())
                        .ifPresent(n -> r.renames.add(new Rename(want.name(), n, o.name())));
            }
        }
        return r;
    }

    /** The live schema with the types of its columns and objects read as after the renames. */
    Schema apply(Schema have) {
        if (renames.isEmpty() && enums.isEmpty()) return have;
        return have.withTables(have.tables().stream().map(t -> t.mapSql(this::rewrite, x -> x)).toList())
                .withObjects(have.objects().stream().map(o -> Kinds.of(o).mapSqlAny(o, this::rewrite,
                        // The server re-prints what it keeps parsed (a domain's check, a view's query) with the new
                        // names; a function's body is kept as written and must not be read as renamed.
                        o instanceof Routine ? x -> x : enums::expression))
                        .toList());
    }

    /** {@code old_name[]} → {@code new_name[]}, keeping a qualifier and the modifiers as printed. */
    private String rewrite(String type) {
        if (type == null) return null;
        TypeName t = TypeName.of(type);
        return renames.stream().filter(r -> t.names(r.schema(), r.from())).findFirst()
                .map(r -> TypeName.renamed(type, r.to())).orElse(Objects.requireNonNull(type));
    }
}
