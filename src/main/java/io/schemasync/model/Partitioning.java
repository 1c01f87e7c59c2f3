package io.schemasync.model;

import java.util.List;

/**
 * Where a table stands in a partition tree or an inheritance hierarchy. Parents in {@code inherits} are tables of
 * the same schema; a partition's parent may be in another schema ({@code parentSchema}).
 *
 * @param by       PARTITION BY of a partitioned table as the server prints it ({@code pg_get_partkeydef}:
 *                 {@code RANGE (created_at)}), null for a table that is not partitioned
 * @param parent   the partitioned table this table is a partition of, null when it is none
 * @param bound    the partition's bound as the server prints it ({@code pg_get_expr(relpartbound)}:
 *                 {@code FOR VALUES FROM (...) TO (...)}, {@code DEFAULT}); null exactly when {@code parent} is
 * @param inherits classic inheritance (INHERITS): the parents, in order
 * @param parentSchema the schema of {@code parent} when it is not the partition's own schema, else null (so that
 *                 the same partition compares equal however it was read)
 */
public record Partitioning(String by, String parent, String bound, List<String> inherits, String parentSchema) {
    public static final Partitioning NONE = new Partitioning(null, null, null, List.of());

    public Partitioning(String by, String parent, String bound, List<String> inherits) {
        this(by, parent, bound, inherits, null);
    }

    public Partitioning {
        inherits = Lists.copy(inherits);
        if ((parent == null) != (bound == null)) throw new IllegalArgumentException("a partition has a parent and a bound");
        if (parentSchema != null && parent == null) throw new IllegalArgumentException("a parent schema without a parent");
    }

    /** The schema of the partitioned table this is a partition of, given the partition's own schema. */
    public String parentSchemaOr(String ownSchema) {
        return parentSchema == null ? ownSchema : parentSchema;
    }

    /** The same, with the parent's schema spelled out only when it differs from {@code ownSchema}. */
    public Partitioning withParentSchema(String schema, String ownSchema) {
        return new Partitioning(by, parent, bound, inherits, schema == null || schema.equals(ownSchema) ? null : schema);
    }

    public boolean isPartition() {
        return parent != null;
    }

    public boolean isPartitioned() {
        return by != null;
    }

    public boolean isDefault() {
        return "DEFAULT".equals(bound);
    }

    /** The strategy of a partitioned table: range, list or hash (lower case), null when it is not partitioned. */
    public String strategy() {
        return by == null ? null : by.substring(0, by.indexOf(' ') < 0 ? by.length() : by.indexOf(' ')).toLowerCase(java.util.Locale.ROOT);
    }

    public Partitioning withBy(String b) {
        return new Partitioning(b, parent, bound, inherits, parentSchema);
    }

    public Partitioning withBound(String b) {
        return new Partitioning(by, parent, b, inherits, parentSchema);
    }

    public Partitioning withInherits(List<String> i) {
        return new Partitioning(by, parent, bound, i, parentSchema);
    }
}
