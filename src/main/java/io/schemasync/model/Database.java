package io.schemasync.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A whole database as schemasync manages it: its schemas, sorted by name.
 *
 * @param drops desired side only: the tables, enum types and sequences the YAML asks to drop (a table that is
 *              merely not mentioned is unmanaged and left alone); sorted
 * @param access owners, grants and row-level security of objects in the managed schemas (desired side: those the
 *               YAML manages); sorted by object
 */
public record Database(List<Schema> schemas, List<ObjectRef> drops, List<Access> access,
                       List<DefaultPrivileges> defaults) {
    public Database {
        schemas = Lists.sorted(schemas, Comparator.comparing(Schema::name));
        Lists.requireUniqueNames(schemas, Schema::name, "schema");
        drops = Lists.sorted(drops, Comparator.comparing(ObjectRef::toString));
        access = Lists.sorted(access == null ? List.of() : access, Comparator.comparing(a -> a.target().toString()));
        defaults = Lists.sorted(defaults == null ? List.of() : defaults, Comparator.comparing(
                (DefaultPrivileges d) -> d.schema() == null ? "" : d.schema()).thenComparing(DefaultPrivileges::forRole)
                .thenComparing(DefaultPrivileges::on));
    }

    public Database(List<Schema> schemas, List<ObjectRef> drops) {
        this(schemas, drops, List.of(), List.of());
    }

    public Database(List<Schema> schemas, List<ObjectRef> drops, List<Access> access) {
        this(schemas, drops, access, List.of());
    }

    public Database withAccess(List<Access> a) {
        return new Database(schemas, drops, a, defaults);
    }

    public Database withDefaults(List<DefaultPrivileges> d) {
        return new Database(schemas, drops, access, d);
    }

    /** The default privileges of {@code forRole} on {@code on} in {@code schema} (null: the database's). */
    public Optional<DefaultPrivileges> defaults(String schema, String forRole, String on) {
        return defaults.stream().filter(d -> java.util.Objects.equals(d.schema(), schema)
                && d.forRole().equals(forRole) && d.on().equals(on)).findFirst();
    }

    public Optional<Access> access(ObjectRef target) {
        return access.stream().filter(a -> a.target().equals(target)).findFirst();
    }

    public Database(List<Schema> schemas) {
        this(schemas, List.of());
    }

    public static Database empty() {
        return new Database(List.of());
    }

    /** The same drops with other schemas (stages that rewrite the schemas keep what the YAML asked to drop). */
    public Database withSchemas(List<Schema> newSchemas) {
        return new Database(newSchemas, drops, access, defaults);
    }

    public boolean drops(ObjectRef ref) {
        return drops.contains(ref);
    }

    public Optional<Schema> schema(String name) {
        return schemas.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<Table> table(String schema, String table) {
        return schema(schema).flatMap(s -> s.table(table));
    }
}
