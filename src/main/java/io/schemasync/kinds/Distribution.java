package io.schemasync.kinds;

import io.schemasync.model.ObjectRef;
import io.schemasync.model.SchemaObject;

import java.util.List;
import java.util.Objects;

/**
 * The Citus distribution of a table: hash-distributed by {@code column} (in a colocation group, with a shard count),
 * or a reference table (a copy on every node). Its name is its table's: a table has one distribution or none.
 * {@code equals} compares what Citus keeps and the YAML can say: the column, whether it is a reference table, the
 * shard count and which table it is colocated with.
 *
 * @param colocateWith  the table it is colocated with ({@code customers}, or {@code app.customers} in another
 *                      schema), or {@code none} / {@code default} as the YAML says it; null: default. Read from the
 *                      catalog: the earliest table of its colocation group other than itself, null when it is the
 *                      earliest
 * @param shardCount    null: the server's {@code citus.shard_count} (desired side only)
 * @param colocationId  its group in {@code pg_dist_colocation} (live side); settled desired side: the live group
 *                      when the YAML's colocation holds, {@link #MOVE} when the table must move to the group of the
 *                      table it names, null when there is no live table; compared only when both sides have one
 * @param after         desired side only: the tables whose distribution must come first (the one it is colocated
 *                      with, the distributed tables its foreign keys reference); not compared
 */
public record Distribution(String table, String column, String colocateWith, Integer shardCount, boolean reference,
                           Integer colocationId, List<ObjectRef> after) implements SchemaObject {
    /** The colocation id of a desired distribution whose live table must move into another group. */
    public static final int MOVE = -1;

    public Distribution {
        Objects.requireNonNull(table, "distribution table");
        if (!reference) Objects.requireNonNull(column, "distribution column");
        after = List.copyOf(after);
    }

    public static Distribution hash(String table, String column, String colocateWith, Integer shardCount) {
        return new Distribution(table, column, colocateWith, shardCount, false, null, List.of());
    }

    public static Distribution referenceTable(String table) {
        return new Distribution(table, null, null, null, true, null, List.of());
    }

    @Override
    public String name() {
        return table;
    }

    @Override
    public String table() {
        return table;
    }

    @Override
    public ObjectRef.Kind refKind() {
        return ObjectRef.Kind.DISTRIBUTION;
    }

    public Distribution withTable(String newTable, String newColumn) {
        return new Distribution(newTable, newColumn, colocateWith, shardCount, reference, colocationId, after);
    }

    public Distribution withColocation(String newColocateWith, Integer newShardCount, Integer newColocationId) {
        return new Distribution(table, column, newColocateWith, newShardCount, reference, newColocationId, after);
    }

    public Distribution withAfter(List<ObjectRef> tables) {
        return new Distribution(table, column, colocateWith, shardCount, reference, colocationId, tables);
    }

    /** True for {@code none} and {@code default} (and no colocate_with at all): no table named. */
    public boolean colocatesWithTable() {
        return colocateWith != null && !colocateWith.equals("none") && !colocateWith.equals("default");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Distribution d && table.equals(d.table) && reference == d.reference
                && Objects.equals(column, d.column) && Objects.equals(colocateWith, d.colocateWith)
                && Objects.equals(shardCount, d.shardCount)
                && (colocationId == null || d.colocationId == null || colocationId.equals(d.colocationId));
    }

    @Override
    public int hashCode() {
        return Objects.hash(table, column, colocateWith, shardCount, reference);
    }
}
