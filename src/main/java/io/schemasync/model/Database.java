package io.schemasync.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A whole database as schemasync manages it: its schemas, sorted by name. */
public record Database(List<Schema> schemas) {
    public Database {
        schemas = Lists.sorted(schemas, Comparator.comparing(Schema::name));
        Lists.requireUniqueNames(schemas, Schema::name, "schema");
    }

    public static Database empty() {
        return new Database(List.of());
    }

    public Optional<Schema> schema(String name) {
        return schemas.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<Table> table(String schema, String table) {
        return schema(schema).flatMap(s -> s.table(table));
    }
}
