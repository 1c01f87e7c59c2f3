package io.schemasync.kinds;

import io.schemasync.kinds.StepOut.Act;
import io.schemasync.kinds.StepOut.Risk;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.TypeUse;
import io.schemasync.sql.Identifiers;
import io.schemasync.sql.SqlText;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Citus distribution of tables: {@code distribution: {column: tenant_id, colocate_with: customers, shard_count: 32}}
 * or {@code distribution: {reference: true}} under a table. Planned with Citus's own functions, after the table
 * exists and in the order of the dependency graph (the table it is colocated with, and the tables its foreign keys
 * reference, first): {@code create_distributed_table}, {@code create_reference_table}, {@code
 * alter_distributed_table} (a new shard count or colocation; a new distribution column, which copies every row) and
 * {@code undistribute_table} (only under {@code drop:} or {@code unmanaged: drop}, destructive). Read from {@code
 * pg_dist_partition} only where the {@code citus} extension is installed; never materialized for canonicalization
 * (the scratch schemas have no Citus): {@link DistributionSettle} compares it with the live one instead. See
 * https://docs.citusdata.com/en/stable/develop/api_udf.html. Every argument is a string literal built here: table
 * names as quoted qualified names (what {@code regclass} and Citus's {@code colocate_with} parse), the column as its
 * name (what Citus looks up with get_attnum).
 */
public final class Distributions implements ObjectKind<Distribution> {
    public static final Distributions KIND = new Distributions();

    private static final Set<String> KEYS = Set.of("column", "colocate_with", "shard_count", "reference");

    private Distributions() {}

    @Override
    public String key() {
        return "distribution";
    }

    @Override
    public ObjectRef.Kind refKind() {
        return ObjectRef.Kind.DISTRIBUTION;
    }

    @Override
    public Class<Distribution> type() {
        return Distribution.class;
    }

    @Override
    public boolean isType() {
        return false;
    }

    @Override
    public boolean belongsToTable() {
        return true;
    }

    @Override
    public boolean oneOfTable() {
        return true;
    }

    @Override
    public boolean alterMakesAnew() {
        return true;
    }

    @Override
    public Optional<String> extension() {
        return Optional.of("citus");
    }

    @Override
    public boolean materialized() {
        return false;
    }

    @Override
    public io.schemasync.model.Database settle(io.schemasync.model.Database desired,
                                               io.schemasync.model.Database live) {
        return DistributionSettle.settle(desired, live);
    }

    @Override
    public String identityExample() {
        return "the name of its table, like orders";
    }

    @Override
    public Distribution onTable(Distribution d, String table, UnaryOperator<String> columns,
                                UnaryOperator<String> expressions) {
        return d.withTable(table, d.column() == null ? null : columns.apply(d.column()));
    }

    // ---- YAML

    @Override
    public Optional<Distribution> read(String schema, String name, YamlIn in) {
        in.allowKeys(KEYS);
        if (in.bool("reference").orElse(false)) {
            for (String key : List.of("column", "colocate_with", "shard_count")) {
                if (in.has(key)) in.error(key, "a reference table is copied to every node and has no " + key
                        + ": remove " + key + ", or reference: true");
            }
            return Optional.of(Distribution.referenceTable(in.table()));
        }
        Optional<String> column = in.text("column");
        if (column.isEmpty()) {
            in.error(null, "distribution of table " + quoted(schema + "." + in.table()) + " needs column: (the"
                    + " distribution column, like {column: tenant_id}) or reference: true");
            return Optional.empty();
        }
        Integer shards = in.text("shard_count").map(text -> shardCount(text, in)).orElse(null);
        String colocate = in.text("colocate_with").map(text -> colocateWith(schema, text, in)).orElse(null);
        return Optional.of(Distribution.hash(in.table(), column.get(), colocate, shards));
    }

    private static Integer shardCount(String text, YamlIn in) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= 64000) return n;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        in.error("shard_count", "shard_count must be a whole number from 1 to 64000 (Citus's limit), not " + text);
        return null;
    }

    /** none, default, or a table as PostgreSQL reads a name ({@code customers}, {@code app.customers}). */
    private static String colocateWith(String schema, String text, YamlIn in) {
        if (text.equals("none") || text.equals("default")) return text;
        List<String> parts;
        try {
            parts = SqlText.qualifiedName(text);
        } catch (IllegalArgumentException e) {
            parts = List.of();
        }
        if (parts.isEmpty() || parts.size() > 2) {
            in.error("colocate_with", "colocate_with must be none, default or a distributed table of the YAML (like"
                    + " customers or app.customers), not " + text);
            return null;
        }
        return parts.size() == 1 || parts.get(0).equals(schema) ? Identifiers.display(parts.get(parts.size() - 1))
                : Identifiers.display(parts.get(0)) + "." + Identifiers.display(parts.get(1));
    }

    /** The schema and name a colocate_with table stands for (a bare name is of {@code schema}). */
    public static List<String> colocatedTable(String schema, Distribution d) {
        List<String> parts = SqlText.qualifiedName(d.colocateWith());
        return parts.size() == 1 ? List.of(schema, parts.get(0)) : parts;
    }

    @Override
    public Map<String, Object> write(Distribution d) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (d.reference()) {
            out.put("reference", true);
            return out;
        }
        out.put("column", d.column());
        if (d.colocateWith() != null) out.put("colocate_with", d.colocateWith());
        if (d.shardCount() != null) out.put("shard_count", d.shardCount());
        return out;
    }

    // ---- catalog

    /**
     * Hash-distributed tables (partmethod h) and reference tables (partmethod n, replication model t) of the managed
     * schemas; Citus local tables, append- and range-distributed tables and partitions (distributed with their
     * parent) are not read. The colocated table is the earliest other table of the group (lowest oid), so that a
     * group reads as a tree rooted at its first table.
     */
    @Override
    public String catalogQuery() {
        return """
                select n.nspname::text as schema, c.relname::text as name,
                       case when p.partmethod = 'h'
                            then pg_catalog.column_to_column_name(p.logicalrelid, p.partkey) end as column_name,
                       p.partmethod = 'n' as reference, p.colocationid::text as colocation_id,
                       case when p.partmethod = 'h' then g.shardcount::text end as shard_count,
                       peer.schema as peer_schema, peer.name as peer_name
                from pg_catalog.pg_dist_partition p
                join pg_catalog.pg_class c on c.oid = p.logicalrelid
                join pg_catalog.pg_namespace n on n.oid = c.relnamespace
                left join pg_catalog.pg_dist_colocation g on g.colocationid = p.colocationid
                left join lateral (
                    select qn.nspname::text as schema, qc.relname::text as name
                    from pg_catalog.pg_dist_partition q
                    join pg_catalog.pg_class qc on qc.oid = q.logicalrelid
                    join pg_catalog.pg_namespace qn on qn.oid = qc.relnamespace
                    where p.partmethod = 'h' and q.partmethod = 'h' and q.colocationid = p.colocationid
                      and q.logicalrelid::oid < p.logicalrelid::oid and not qc.relispartition
                    order by q.logicalrelid::oid limit 1) peer on true
                where (p.partmethod = 'h' or (p.partmethod = 'n' and p.repmodel = 't'))
                  and not c.relispartition and n.nspname::text = any(?)
                  and not exists (select 1 from pg_catalog.pg_depend x
                                  where x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                    and x.objid = c.oid and x.deptype = 'e')
                order by n.nspname, c.relname""";
    }

    @Override
    public Distribution fromCatalog(CatalogRow row) {
        if (row.bool("reference")) return Distribution.referenceTable(row.text("name"));
        String peer = row.text("peer_name") == null ? null : row.text("peer_schema").equals(row.text("schema"))
                ? Identifiers.display(row.text("peer_name"))
                : Identifiers.display(row.text("peer_schema")) + "." + Identifiers.display(row.text("peer_name"));
        return new Distribution(row.text("name"), row.text("column_name"), peer,
                row.text("shard_count") == null ? null : Integer.valueOf(row.text("shard_count")), false,
                Integer.valueOf(row.text("colocation_id")), List.of());
    }

    @Override
    public Distribution mapSql(Distribution d, UnaryOperator<String> types, UnaryOperator<String> expressions) {
        return d;
    }

    /** Its table, and the distributions that must come first ({@link Distribution#after}). */
    @Override
    public Set<ObjectRef> dependsOn(String schema, Distribution d) {
        Set<ObjectRef> out = new LinkedHashSet<>();
        out.add(ObjectRef.of(ObjectRef.Kind.TABLE, schema, d.table()));
        out.addAll(d.after());
        return out;
    }

    @Override
    public Set<ObjectRef> columnsRead(String schema, Distribution d) {
        return d.column() == null ? Set.of() : Set.of(ObjectRef.inTable(ObjectRef.Kind.COLUMN, schema, d.table(),
                d.column()));
    }

    // ---- steps

    @Override
    public void create(String schema, Distribution d, StepOut out) {
        String call = DistributionSql.create(schema, d);
        out.step(Act.CREATE, DistributionSql.describe(d)).sql(call, DistributionSql.guardedCreate(schema, d, call));
    }

    @Override
    public void alter(String schema, Distribution from, Distribution to, List<TypeUse> usedBy, StepOut out) {
        if (from.reference() != to.reference()) {
            out.step(Act.ALTER, DistributionSql.describe(from) + " → " + DistributionSql.describe(to))
                    .risk(Risk.UNSUPPORTED, "Citus cannot turn " + (from.reference() ? "a reference table into a"
                            + " distributed one" : "a distributed table into a reference table") + " in place: list"
                            + " it under drop: {distribution: [" + from.table() + "]} and apply with"
                            + " --allow-destructive (undistribute_table), then declare the new distribution");
            return;
        }
        DistributionSql.alter(schema, from, to, out);
    }

    @Override
    public void drop(String schema, Distribution d, List<TypeUse> usedBy, StepOut out) {
        String table = schema + "." + d.table();
        out.step(Act.DROP, "undistribute (" + DistributionSql.describe(d) + ")")
                .risk(Risk.DESTRUCTIVE, "undistribute_table copies every row of " + table + " from the workers back"
                        + " into one table on the coordinator and drops the shards, blocking writes meanwhile"
                        + " (Citus, depending on its version, refuses it while the table has foreign keys)")
                .rows(DistributionSql.countRows(schema, d.table()), "{n} rows are copied to the coordinator")
                .sql(DistributionSql.undistribute(schema, d), DistributionSql.guardedUndistribute(schema, d));
    }

    private static String quoted(String name) {
        return "\"" + name + "\"";
    }
}
