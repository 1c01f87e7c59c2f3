package io.schemasync.plan;

import io.schemasync.diff.Change;
import io.schemasync.model.Database;
import io.schemasync.model.Index;
import io.schemasync.sql.Identifiers;
import io.schemasync.model.Partitioning;
import io.schemasync.model.Table;
import io.schemasync.plan.Step.Action;
import io.schemasync.sql.Guard;
import io.schemasync.sql.PartitionSql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.schemasync.sql.Sql.qualified;

/**
 * Steps of partitions: moving a partition to another bound (DETACH, then ATTACH, which scans the partition), a new
 * parent for classic inheritance (INHERIT), and the check that a new partition's rows are not already in the
 * parent's DEFAULT partition (PostgreSQL would refuse the CREATE: "updated partition constraint for default
 * partition would be violated by some row"). See https://www.postgresql.org/docs/current/ddl-partitioning.html.
 */
final class PartitionSteps {
    private PartitionSteps() {}

    /**
     * The drop of an empty partitioned table whose partition key changes (created again by the plan's CreateTable
     * changes). The rows are counted first: a table with rows is refused, with the way to do it by hand.
     */
    static Draft repartition(Change.RepartitionTable c) {
        String name = qualified(c.schema(), c.table().name());
        String what = c.schema() + "." + c.table().name();
        Draft d = new Draft(c, Action.ALTER, "drop and create again, partitioned by " + c.to() + " (was "
                + c.table().partitioning().by() + ")");
        d.check("SELECT pg_catalog.count(*) FROM (SELECT 1 FROM " + name + " LIMIT " + (Preflight.ROW_LIMIT + 1)
                + ") AS r", "{n} rows in " + what + ": PostgreSQL cannot change how a table is partitioned in place,"
                + " and only an empty table is dropped and created again; create the new table under another name,"
                + " copy the rows (INSERT INTO ... SELECT), then rename both in one transaction (renamed_from)");
        d.hazard(Hazard.Kind.LOCKS_TABLE, "DROP TABLE takes an ACCESS EXCLUSIVE lock on " + what + " and its "
                + c.partitions().size() + (c.partitions().size() == 1 ? " partition" : " partitions")
                + " until the commit; it is made again, empty, in the same transaction");
        // Replayed once the table has its new key, the drop would take the new table and its rows with it.
        return d.sql("DROP TABLE " + name, Guard.doIf(notDone(c), "DROP TABLE " + name));
    }

    /** For the replayable script: the table still has its old partition key. */
    static String notDone(Change.RepartitionTable c) {
        return Guard.partitionedBy(c.schema(), c.table().name(), c.table().partitioning().by());
    }

    static Draft alter(Change.AlterPartitioning c, Database live) {
        Partitioning from = c.from(), to = c.to();
        String name = qualified(c.schema(), c.table());
        boolean moves = to.isPartition() && (!to.parent().equals(from.parent())
                || !to.parentSchemaOr(c.schema()).equals(from.parentSchemaOr(c.schema())) || !to.bound().equals(from.bound()));
        String fromParent = moves ? qualified(from.parentSchemaOr(c.schema()), from.parent()) : null;
        String toParent = moves ? qualified(to.parentSchemaOr(c.schema()), to.parent()) : null;
        List<String> added = to.inherits().stream().filter(p -> !from.inherits().contains(p)).toList();
        List<String> parts = new ArrayList<>();
        if (moves) parts.add("partition of " + to.parent() + " " + to.bound() + " (was " + from.bound() + ")");
        added.forEach(p -> parts.add("inherit " + p));
        Draft d = new Draft(c, Action.ALTER, String.join(", ", parts));
        if (moves) {
            d.sql("ALTER TABLE " + fromParent + " DETACH PARTITION " + name);
            d.sql("ALTER TABLE " + toParent + " ATTACH PARTITION " + name + " " + to.bound());
            outsideCheck(d, c, live);
            d.hazard(Hazard.Kind.LOCKS_TABLE, "DETACH takes an ACCESS EXCLUSIVE lock on "
                    + from.parentSchemaOr(c.schema()) + "." + from.parent() + "; ATTACH takes SHARE UPDATE EXCLUSIVE on "
                    + to.parentSchemaOr(c.schema()) + "." + to.parent()
                    + " and ACCESS EXCLUSIVE on the partition, and scans all its rows to check the new bound (the"
                    + " apply fails, and nothing changes, if one is outside it)");
        }
        for (String p : added) {
            String sql = "ALTER TABLE " + name + " INHERIT " + qualified(c.schema(), p);
            d.sql(sql, io.schemasync.sql.Guard.doIf("NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = "
                    + io.schemasync.sql.Guard.relation(c.schema(), c.table()) + " AND inhparent = "
                    + io.schemasync.sql.Guard.relation(c.schema(), p) + ")", sql));
        }
        return d;
    }

    /** The partition's rows that the new bound leaves out: ATTACH would fail on them. */
    private static void outsideCheck(Draft d, Change.AlterPartitioning c, Database live) {
        String parentSchema = c.to().parentSchemaOr(c.schema());
        Optional<Table> parent = live.table(parentSchema, c.to().parent());
        if (parent.isEmpty() || !parent.get().partitioning().isPartitioned() || c.to().isDefault()) return;
        condition(parentSchema, c.to().parent(), parent.get().partitioning().by(), c.to().bound()).ifPresent(where ->
                d.check("SELECT pg_catalog.count(*) FROM (SELECT 1 FROM " + qualified(c.schema(), c.table())
                        + " WHERE NOT coalesce(" + where + ", false) LIMIT " + (Preflight.ROW_LIMIT + 1) + ") AS r",
                        "{n} rows of " + c.schema() + "." + c.table() + " are outside its new bound; ATTACH PARTITION"
                                + " would fail (move them to another partition first, or widen the bound)"));
    }

    /**
     * A new partition of a live partitioned table that has a DEFAULT partition: the rows of the default partition
     * that belong in the new one are counted (the CREATE would fail on them).
     */
    static void defaultCheck(Draft d, String schema, Table t, Database live) {
        Partitioning p = t.partitioning();
        if (!p.isPartition() || p.isDefault()) return;
        String parentSchema = p.parentSchemaOr(schema);
        Optional<Table> parent = live.table(parentSchema, p.parent());
        if (parent.isEmpty() || !parent.get().partitioning().isPartitioned()) return;
        Optional<Rel> byDefault = partitionsOf(parentSchema, p.parent(), live).stream()
                .filter(x -> live.table(x.schema(), x.name()).map(t2 -> t2.partitioning().isDefault()).orElse(false))
                .findFirst();
        if (byDefault.isEmpty()) return;
        String parentBy = parent.get().partitioning().by();
        String def = qualified(byDefault.get().schema(), byDefault.get().name());
        condition(parentSchema, p.parent(), parentBy, p.bound()).ifPresent(where -> d.check(
                "SELECT pg_catalog.count(*) FROM (SELECT 1 FROM " + def
                        + " WHERE " + where + " LIMIT " + (Preflight.ROW_LIMIT + 1) + ") AS r",
                "{n} rows of the default partition " + byDefault.get().schema() + "." + byDefault.get().name() + " belong in the new"
                        + " partition; PostgreSQL would refuse to create it (move them out first: create the"
                        + " partition as a table, INSERT them into it from the default partition and DELETE them there,"
                        + " then attach it)"));
    }

    /** The rows of the bound, as a condition over the parent's keys (both as the server prints them). */
    static Optional<String> condition(String schema, String parent, String by, String bound) {
        List<String> keys = PartitionSql.keys(by);
        String strategy = by.substring(0, by.indexOf(' '));
        if (strategy.equals("HASH")) {
            var h = PartitionSql.hashValues(bound);
            return h.map(mr -> "pg_catalog.satisfies_hash_partition(" + io.schemasync.sql.Sql.literal(qualified(schema,
                    parent)) + "::regclass, " + mr[0] + ", " + mr[1] + ", " + String.join(", ", keys) + ")");
        }
        if (strategy.equals("LIST") && bound.startsWith("FOR VALUES IN (")) {
            String list = bound.substring("FOR VALUES IN ".length());
            String key = "(" + keys.get(0) + ")";
            boolean withNull = PartitionSql.splitList(list).contains("NULL");
            return Optional.of("(" + key + " IN " + list + (withNull ? " OR " + key + " IS NULL" : "") + ")");
        }
        var m = java.util.regex.Pattern.compile("FOR VALUES FROM (\\(.*\\)) TO (\\(.*\\))").matcher(bound);
        if (!strategy.equals("RANGE") || !m.matches()) return Optional.empty();
        List<String> terms = new ArrayList<>();
        rangeTerm(keys, PartitionSql.splitList(m.group(1)), true).ifPresent(terms::add);
        rangeTerm(keys, PartitionSql.splitList(m.group(2)), false).ifPresent(terms::add);
        return Optional.of(terms.isEmpty() ? "true" : String.join(" AND ", terms));
    }

    /**
     * One side of a range, compared as a row (lexicographically, as range partitions are): the values up to the
     * first MINVALUE or MAXVALUE, which decides whether the comparison includes equality.
     */
    private static Optional<String> rangeTerm(List<String> keys, List<String> values, boolean lower) {
        int cut = 0;
        while (cut < values.size() && !values.get(cut).equals("MINVALUE") && !values.get(cut).equals("MAXVALUE")) cut++;
        if (cut == 0) return Optional.empty();
        String op;
        if (cut == values.size()) op = lower ? ">=" : "<";
        else if (values.get(cut).equals("MINVALUE")) op = lower ? ">=" : "<";
        else op = lower ? ">" : "<=";
        return Optional.of("ROW(" + String.join(", ", keys.subList(0, cut)) + ") " + op + " ROW("
                + String.join(", ", values.subList(0, cut)) + ")");
    }

    /**
     * A new index of a partitioned table whose partitions hold rows, built without blocking writes (as
     * pg-schema-diff does): CREATE INDEX CONCURRENTLY on each leaf partition after the commit, then the index ON ONLY
     * each partitioned table (invalid, and instant), then ALTER INDEX ... ATTACH PARTITION of each partition's index,
     * which makes the parent's valid once all are attached. Every statement is idempotent: a second run attaches
     * what is there. PostgreSQL has no CREATE INDEX CONCURRENTLY on a partitioned table.
     */
    static void perPartition(Draft d, String schema, String table, Index ix, Database live, List<Change> changes) {
        d.phase = Phase.AFTER_COMMIT;
        List<String> leaves = new ArrayList<>();
        build(d, schema, table, ix, live, changes, leaves);
        d.hazard(Hazard.Kind.NOTE, "built CONCURRENTLY on each partition after the commit (" + String.join(", ", leaves)
                + "; SHARE UPDATE EXCLUSIVE: writes go on), then created ON ONLY the partitioned table and attached; "
                + OnlineSteps.RESUMES);
    }

    private static void build(Draft d, String schema, String table, Index ix, Database live, List<Change> changes,
                              List<String> leaves) {
        List<Rel> attach = new ArrayList<>();
        for (Rel child : children(schema, table, live, changes)) {
            Index own = ix.withName(Identifiers.derived(child.name() + "_" + ix.name(), "")).withComment(null);
            if (partitioned(child, live, changes)) {
                build(d, child.schema(), child.name(), own, live, changes, leaves);
            } else {
                leaves.add(child.schema().equals(schema) ? child.name() : child.schema() + "." + child.name());
                d.sql(Ddl.createIndex(child.schema(), child.name(), own, true, true));
            }
            attach.add(new Rel(child.schema(), own.name()));
        }
        String create = Ddl.createIndex(schema, table, ix, true);
        String on = " ON " + qualified(schema, table) + " ";
        d.sql(create.replace(on, " ON ONLY " + qualified(schema, table) + " "));
        for (Rel a : attach) {
            d.sql("ALTER INDEX " + qualified(schema, ix.name()) + " ATTACH PARTITION " + qualified(a.schema(), a.name()));
        }
        if (ix.comment() != null) d.sql(Ddl.comment("INDEX", qualified(schema, ix.name()), ix.comment()));
    }

    /** A table (live, or created by this plan) that is partitioned itself: its index is built on its partitions. */
    private static boolean partitioned(Rel t, Database live, List<Change> changes) {
        for (Change c : changes) {
            if (c instanceof Change.CreateTable ct && ct.schema().equals(t.schema()) && ct.table().name().equals(t.name())) {
                return ct.table().partitioning().isPartitioned();
            }
        }
        return live.table(t.schema(), t.name()).map(x -> x.partitioning().isPartitioned()).orElse(false);
    }

    /** A relation by schema and name. */
    record Rel(String schema, String name) {}

    /** The live partitions of {@code schema.table}, in any schema, by schema and name. */
    static List<Rel> partitionsOf(String schema, String table, Database live) {
        List<Rel> out = new ArrayList<>();
        for (var s : live.schemas()) {
            for (Table t : s.tables()) {
                var p = t.partitioning();
                if (table.equals(p.parent()) && schema.equals(p.parentSchemaOr(s.name()))) out.add(new Rel(s.name(), t.name()));
            }
        }
        return out;
    }

    /** The partitions of {@code table}: the live ones and the ones this plan creates, by schema and name. */
    private static List<Rel> children(String schema, String table, Database live, List<Change> changes) {
        java.util.TreeSet<Rel> out = new java.util.TreeSet<>(java.util.Comparator.comparing(Rel::name)
                .thenComparing(Rel::schema));
        out.addAll(partitionsOf(schema, table, live));
        for (Change c : changes) {
            if (c instanceof Change.CreateTable ct && table.equals(ct.table().partitioning().parent())
                    && schema.equals(ct.table().partitioning().parentSchemaOr(ct.schema()))) {
                out.add(new Rel(ct.schema(), ct.table().name()));
            }
        }
        return List.copyOf(out);
    }
}
