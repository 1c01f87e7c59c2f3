package io.schemasync.model;

import java.util.List;

/**
 * Where a table stands in a partition tree or an inheritance hierarchy. Parents are tables of the same schema.
 *
 * @param by       PARTITION BY of a partitioned table as the server prints it ({@code pg_get_partkeydef}:
 *                 {@code RANGE (created_at)}), null for a table that is not partitioned
 * @param parent   the partitioned table this table is a partition of, null when it is none
 * @param bound    the partition's bound as the server prints it ({@code pg_get_expr(relpartbound)}:
 *                 {@code FOR VALUES FROM (...) TO (...)}, {@code DEFAULT}); null exactly when {@code parent} is
 * @param inherits classic inheritance (INHERITS): the parents, in order
 */
public record Partitioning(String by, String parent, String bound, List<String> inherits) {
    public static final Partitioning NONE = new Partitioning(null, null, null, List.of());

    public Partitioning {
        inherits = Lists.copy(inherits);
        if ((parent == null) != (bound == null)) throw new IllegalArgumentException("a partition has a parent and a bound");
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
        return new Partitioning(b, parent, bound, inherits);
    }

    public Partitioning withBound(String b) {
        return new Partitioning(by, parent, b, inherits);
    }

    public Partitioning withInherits(List<String> i) {
        return new Partitioning(by, parent, bound, i);
    }
}
