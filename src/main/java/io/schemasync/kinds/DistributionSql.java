package io.schemasync.kinds;

import io.schemasync.kinds.StepOut.Act;
import io.schemasync.kinds.StepOut.Risk;
import io.schemasync.sql.Guard;
import io.schemasync.sql.Sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The statements of {@link Distributions}: calls of Citus's functions (installed in pg_catalog, called qualified so
 * that no schema on the search_path can stand in for them) with every argument a string literal or a number.
 */
final class DistributionSql {
    private DistributionSql() {}

    /** How the plan shows it: {@code hash on tenant_id, colocated with customers, 32 shards} or {@code reference}. */
    static String describe(Distribution d) {
        if (d.reference()) return "reference table";
        List<String> parts = new ArrayList<>(List.of("hash on " + d.column()));
        if (d.colocateWith() != null) parts.add(d.colocatesWithTable() ? "colocated with " + d.colocateWith()
                : "colocate_with " + d.colocateWith());
        if (d.shardCount() != null) parts.add(d.shardCount() + " shards");
        return String.join(", ", parts);
    }

    /** {@code '"public"."orders"'}: a table as regclass (and Citus's colocate_with) parse it. */
    static String table(String schema, String name) {
        return Sql.literal(Sql.qualified(schema, name));
    }

    static String create(String schema, Distribution d) {
        if (d.reference()) return "SELECT pg_catalog.create_reference_table(" + table(schema, d.table()) + ")";
        List<String> args = new ArrayList<>(List.of(table(schema, d.table()), Sql.literal(d.column())));
        if (d.colocateWith() != null) args.add("colocate_with => " + colocateWith(schema, d));
        if (d.shardCount() != null) args.add("shard_count => " + d.shardCount());
        return "SELECT pg_catalog.create_distributed_table(" + String.join(", ", args) + ")";
    }

    /** none and default as they are; a table as its quoted qualified name. */
    private static String colocateWith(String schema, Distribution d) {
        if (!d.colocatesWithTable()) return Sql.literal(d.colocateWith());
        List<String> t = Distributions.colocatedTable(schema, d);
        return table(t.get(0), t.get(1));
    }

    /** For the replayable script: only while the table is not in pg_dist_partition. */
    static String guardedCreate(String schema, Distribution d, String call) {
        return Guard.doIf("NOT " + distributed(schema, d.table()), call.replaceFirst("^SELECT ", "PERFORM "));
    }

    private static String distributed(String schema, String table) {
        return "EXISTS (SELECT 1 FROM pg_catalog.pg_dist_partition WHERE logicalrelid = " + Guard.relation(schema, table)
                + ")";
    }

    /**
     * A new shard count, colocation or distribution column: one {@code alter_distributed_table}, which creates a new
     * distributed table, copies every row into it and drops the old one. A shard count alone breaks the table's
     * colocation ({@code cascade_to_colocated => false}): tables the YAML colocates with it say so themselves and
     * are moved after it. With a colocated table, the shard count is that table's (Citus refuses both at once).
     */
    static void alter(String schema, Distribution from, Distribution to, StepOut out) {
        List<String> args = new ArrayList<>(List.of(table(schema, to.table())));
        List<String> what = new ArrayList<>();
        // The replayable script runs the call only while the table is not yet as the YAML says (Citus refuses a
        // call that changes nothing).
        List<String> pending = new ArrayList<>();
        String self = Guard.relation(schema, to.table());
        if (!Objects.equals(from.column(), to.column())) {
            args.add("distribution_column => " + Sql.literal(to.column()));
            what.add("distribution column " + from.column() + " → " + to.column());
            pending.add("(SELECT pg_catalog.column_to_column_name(logicalrelid, partkey) FROM pg_catalog.pg_dist_partition"
                    + " WHERE logicalrelid = " + self + ") IS DISTINCT FROM " + Sql.literal(to.column()));
        }
        boolean colocate = to.colocatesWithTable() && (!Objects.equals(from.colocateWith(), to.colocateWith())
                || Objects.equals(to.colocationId(), Distribution.MOVE));
        if (colocate) {
            args.add("colocate_with => " + colocateWith(schema, to));
            what.add("colocate with " + to.colocateWith());
            List<String> peer = Distributions.colocatedTable(schema, to);
            pending.add(group(self) + " IS DISTINCT FROM " + group(Guard.relation(peer.get(0), peer.get(1))));
        } else if (to.shardCount() != null && !to.shardCount().equals(from.shardCount())) {
            args.add("shard_count => " + to.shardCount());
            args.add("cascade_to_colocated => false");
            what.add("shard count " + from.shardCount() + " → " + to.shardCount());
            pending.add("(SELECT g.shardcount FROM pg_catalog.pg_dist_partition p JOIN pg_catalog.pg_dist_colocation g"
                    + " ON g.colocationid = p.colocationid WHERE p.logicalrelid = " + self + ") IS DISTINCT FROM "
                    + to.shardCount());
        }
        String call = "SELECT pg_catalog.alter_distributed_table(" + String.join(", ", args) + ")";
        String guarded = Guard.doIf(String.join(" OR ", pending), call.replaceFirst("^SELECT ", "PERFORM "));
        out.step(Act.ALTER, String.join(", ", what))
                .risk(Risk.REWRITES_TABLE, "alter_distributed_table creates a new distributed table, copies every row"
                        + " of " + schema + "." + to.table() + " into it and drops the old one, blocking writes"
                        + " meanwhile (Citus, depending on its version, refuses it while the table has foreign keys)")
                .rows(countRows(schema, to.table()), "{n} rows are copied")
                .sql(call, guarded);
    }

    private static String group(String relation) {
        return "(SELECT colocationid FROM pg_catalog.pg_dist_partition WHERE logicalrelid = " + relation + ")";
    }

    static String undistribute(String schema, Distribution d) {
        return "SELECT pg_catalog.undistribute_table(" + table(schema, d.table()) + ")";
    }

    static String guardedUndistribute(String schema, Distribution d) {
        return Guard.doIf(distributed(schema, d.table()), "PERFORM pg_catalog.undistribute_table("
                + table(schema, d.table()) + ")");
    }

    static String countRows(String schema, String table) {
        return "SELECT count(*) FROM " + Sql.qualified(schema, table);
    }
}
