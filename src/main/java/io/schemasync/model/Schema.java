package io.schemasync.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One PostgreSQL schema (namespace). Child lists are sorted by name, except that nothing here depends on order
 * of creation: tables keep their own column order.
 *
 * @param comment null when the schema has no comment
 * @param objects objects of the kinds that are units of their own (domains, ...), sorted by kind, then name
 */
public record Schema(String name, String comment, List<Extension> extensions, List<EnumType> enums,
                     List<Sequence> sequences, List<Table> tables, List<SchemaObject> objects) {
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
        objects = Lists.sorted(objects, Comparator.comparing((SchemaObject o) -> o.refKind().ordinal())
                .thenComparing(SchemaObject::name));
        Lists.requireUniqueNames(objects, o -> o.refKind() + " " + o.name(), "object");
    }

    public static Schema named(String name) {
        return new Schema(name, null, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The objects of one kind, by name order. */
    public <T extends SchemaObject> List<T> objects(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public Optional<SchemaObject> object(ObjectRef.Kind kind, String name) {
        return Lists.find(objects, o -> o.refKind() != kind ? Integer.compare(o.refKind().ordinal(), kind.ordinal())
                : o.name().compareTo(name));
    }

    public Schema withObjects(List<SchemaObject> newObjects) {
        return new Schema(name, comment, extensions, enums, sequences, tables, newObjects);
    }

    public Optional<Table> table(String name) {
        return Lists.find(tables, Table::name, name);
    }

    public Optional<EnumType> enumType(String name) {
        return Lists.find(enums, EnumType::name, name);
    }

    public Optional<Sequence> sequence(String name) {
        return Lists.find(sequences, Sequence::name, name);
    }

    public Schema withTables(List<Table> newTables) {
        return new Schema(name, comment, extensions, enums, sequences, newTables, objects);
    }
}
