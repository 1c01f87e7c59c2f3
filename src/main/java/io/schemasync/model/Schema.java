package io.schemasync.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One PostgreSQL schema (namespace). Child lists are sorted by name, except that nothing here depends on order
 * of creation: tables keep their own column order.
 *
 * @param comment null when the schema has no comment
 */
public record Schema(String name, String comment, List<Extension> extensions, List<EnumType> enums,
                     List<Sequence> sequences, List<Table> tables) {
    public Schema {
        Lists.requireName(name, "schema");
        extensions = Lists.sorted(extensions, Comparator.comparing(Extension::name));
        enums = Lists.sorted(enums, Comparator.comparing(EnumType::name));
        sequences = Lists.sorted(sequences, Comparator.comparing(Sequence::name));
        tables = Lists.sorted(tables, Comparator.comparing(Table::name));
        Lists.requireUniqueNames(extensions, Extension::name, "extension");
        Lists.requireUniqueNames(enums, EnumType::name, "type");
        Lists.requireUniqueNames(sequences, Sequence::name, "sequence");
        Lists.requireUniqueNames(tables, Table::name, "table");
    }

    public static Schema named(String name) {
        return new Schema(name, null, List.of(), List.of(), List.of(), List.of());
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<EnumType> enumType(String name) {
        return enums.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public Optional<Sequence> sequence(String name) {
        return sequences.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Schema withTables(List<Table> newTables) {
        return new Schema(name, comment, extensions, enums, sequences, newTables);
    }
}
