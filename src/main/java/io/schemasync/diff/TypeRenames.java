package io.schemasync.diff;

import io.schemasync.kinds.Kinds;
import io.schemasync.kinds.Routine;
import io.schemasync.model.Database;
import io.schemasync.model.Schema;
import io.schemasync.model.SchemaObject;
import io.schemasync.sql.Identifiers;
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

    static TypeRenames of(Database live, Database desired) {
        TypeRenames r = new TypeRenames();
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
        if (renames.isEmpty()) return have;
        return have.withTables(have.tables().stream().map(t -> t.mapSql(this::rewrite, x -> x)).toList())
                .withObjects(have.objects().stream().map(o -> signature(Kinds.of(o).mapSqlAny(o, this::rewrite, x -> x)))
                        .toList());
    }

    /**
     * A routine's identity names the types of its input arguments ({@code town_of(addr)}): after the rename it is
     * the routine the YAML names with the new type ({@code town_of(address)}), not a new one.
     */
    private SchemaObject signature(SchemaObject o) {
        if (!(o instanceof Routine r)) return o;
        int open = r.name().indexOf('(');
        if (open < 0 || !r.name().endsWith(")")) return o;
        String args = r.name().substring(open + 1, r.name().length() - 1);
        if (args.isBlank()) return o;
        String renamed = java.util.Arrays.stream(args.split(",")).map(a -> rewrite(a.strip()))
                .collect(java.util.stream.Collectors.joining(", "));
        return r.withName(r.name().substring(0, open + 1) + renamed + ")", r.routine(), r.renamedFrom(), r.dependents());
    }

    /** {@code old_name[]} → {@code new_name[]}, keeping a qualifier and the modifiers as printed. */
    private String rewrite(String type) {
        if (type == null) return null;
        TypeName t = TypeName.of(type);
        for (Rename r : renames) {
            if (!t.names(r.schema(), r.from())) continue;
            String stripped = type.strip();
            int end = stripped.indexOf('[');
            String suffix = end < 0 ? "" : stripped.substring(end);
            String prefix = t.schema() == null ? "" : Identifiers.display(t.schema()) + ".";
            return prefix + Identifiers.display(r.to()) + suffix;
        }
        return Objects.requireNonNull(type);
    }
}
