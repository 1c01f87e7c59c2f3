package io.schemasync.kinds;

import io.schemasync.model.ObjectRef;
import io.schemasync.model.SchemaObject;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A composite type ({@code CREATE TYPE name AS (attributes)}) or a range type ({@code CREATE TYPE name AS RANGE
 * (...)}). Exactly one of the two forms: {@code range} is null for a composite.
 *
 * @param attributes  a composite's attributes in their order (which is the order of the fields of its values)
 * @param range       a range's definition; null for a composite
 * @param renamedFrom the name it had before; null when not renamed (not compared)
 * @param dependents  what depends on it in the live database besides table columns ("function
 *                    public.f(address)", "column home of composite type public.person"); empty for a desired type
 *                    (not compared)
 * @param inTables    columns of live tables hold it, directly, in an array or as its multirange (not compared)
 */
public record UserType(String name, List<Attribute> attributes, Range range, String comment, String renamedFrom,
                       List<String> dependents, boolean inTables) implements SchemaObject {
    public UserType {
        Objects.requireNonNull(name, "type name");
        attributes = List.copyOf(attributes);
        dependents = List.copyOf(dependents);
        if (range != null && !attributes.isEmpty()) throw new IllegalArgumentException("a range has no attributes");
    }

    /**
     * @param renamedFrom the attribute's name before ({@code ALTER TYPE ... RENAME ATTRIBUTE}); null when not
     *                    renamed (not compared)
     */
    public record Attribute(String name, String type, String renamedFrom) {
        public Attribute {
            Objects.requireNonNull(name, "attribute name");
            Objects.requireNonNull(type, "attribute type");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Attribute a && name.equals(a.name) && type.equals(a.type);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, type);
        }
    }

    /**
     * What {@code CREATE TYPE ... AS RANGE} takes; null where the server's default holds (the subtype's default
     * btree operator class, its collation, no canonical function, no subtype_diff, the multirange name derived from
     * the range's name).
     */
    public record Range(String subtype, String subtypeOpclass, String collation, String canonical, String subtypeDiff,
                        String multirangeTypeName) {
        public Range {
            Objects.requireNonNull(subtype, "range subtype");
        }
    }

    public boolean isRange() {
        return range != null;
    }

    @Override
    public ObjectRef.Kind refKind() {
        return ObjectRef.Kind.USER_TYPE;
    }

    /** Multirange types came with PostgreSQL 14; naming one needs it. */
    @Override
    public Map<String, Integer> newerServerFeatures() {
        return range != null && range.multirangeTypeName() != null ? Map.of("multirange_type_name", 14) : Map.of();
    }

    public UserType withName(String newName, String newRenamedFrom) {
        return new UserType(newName, attributes, range, comment, newRenamedFrom, dependents, inTables);
    }

    public UserType with(List<Attribute> newAttributes, Range newRange) {
        return new UserType(name, newAttributes, newRange, comment, renamedFrom, dependents, inTables);
    }

    private List<Object> definition() {
        return Arrays.asList(name, attributes, range, comment);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserType t && definition().equals(t.definition());
    }

    @Override
    public int hashCode() {
        return definition().hashCode();
    }
}
