package io.schemasync.catalog;

import io.schemasync.model.CheckConstraint;
import io.schemasync.model.Column;
import io.schemasync.model.ColumnOptions;
import io.schemasync.model.Deferral;
import io.schemasync.model.FkAction;
import io.schemasync.model.ExclusionConstraint;
import io.schemasync.model.ForeignKey;
import io.schemasync.model.Identity;
import io.schemasync.model.Index;
import io.schemasync.model.IndexKey;
import io.schemasync.model.PrimaryKey;
import io.schemasync.model.ReplicaIdentity;
import io.schemasync.model.Storage;
import io.schemasync.model.TableOptions;
import io.schemasync.model.Table;
import io.schemasync.model.UniqueConstraint;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Tables with their columns, constraints and indexes: four queries for all tables of all managed schemas. */
final class TableReader {
    private record Key(String schema, String table) {
        static Key of(Record r) {
            return new Key(r.get("schema", String.class), r.get("table_name", String.class));
        }
    }

    /** A table while its rows come in. */
    private static final class Parts {
        final String comment;
        TableOptions options = TableOptions.NONE;
        io.schemasync.model.Partitioning partitioning = io.schemasync.model.Partitioning.NONE;
        final List<Column> columns = new ArrayList<>();
        PrimaryKey primaryKey;
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final List<ExclusionConstraint> exclusions = new ArrayList<>();

        Parts(String comment) {
            this.comment = comment;
        }

        Table build(String name) {
            return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment, null, options,
                    exclusions, partitioning);
        }
    }

    private final Map<Key, Parts> tables = new LinkedHashMap<>();

    private TableReader() {}

    static Map<String, List<Table>> read(DSLContext ctx, CatalogQueries queries, String[] schemas) {
        TableReader reader = new TableReader();
        List<String> managed = List.of(schemas);
        for (Record r : CatalogReader.fetch(ctx, queries.tables())) {
            String schema = r.get("schema", String.class), parentSchema = r.get("partition_of_schema", String.class);
            // A partition of a table of a schema that is not managed: reported unmanaged (CatalogSql.UNMANAGED).
            if (parentSchema != null && !managed.contains(parentSchema)) continue;
            Parts parts = new Parts(r.get("comment", String.class));
            parts.options = options(r);
            parts.partitioning = new io.schemasync.model.Partitioning(r.get("partition_by", String.class),
                    r.get("partition_of", String.class), listInOrder(r.get("bound", String.class)), strings(r, "inherits"))
                    .withParentSchema(parentSchema, schema);
            reader.tables.put(new Key(schema, r.get("name", String.class)), parts);
        }
        CatalogReader.fetch(ctx, queries.columns()).forEach(r -> reader.parts(r).columns.add(column(r)));
        CatalogReader.fetch(ctx, queries.constraints()).forEach(reader::addConstraint);
        reader.addIndexes(CatalogReader.fetch(ctx, queries.indexes()));
        reader.addExclusions(CatalogReader.fetch(ctx, queries.exclusions()));
        return reader.bySchema();
    }

    /**
     * The indexes of the managed materialized views, by schema and name (read as a table's, in one query): the
     * catalog reader gives them to the materialized views the kind read.
     */
    static Map<String, Map<String, List<Index>>> matviewIndexes(DSLContext ctx, CatalogQueries.Query query) {
        TableReader reader = new TableReader();
        List<Record> rows = CatalogReader.fetch(ctx, query);
        rows.forEach(r -> reader.tables.putIfAbsent(Key.of(r), new Parts(null)));
        reader.addIndexes(rows);
        Map<String, Map<String, List<Index>>> out = new TreeMap<>();
        reader.tables.forEach((key, parts) -> out.computeIfAbsent(key.schema(), k -> new TreeMap<>())
                .put(key.table(), List.copyOf(parts.indexes)));
        return out;
    }

    private static TableOptions options(Record r) {
        String index = r.get("replident_index", String.class);
        ReplicaIdentity identity = switch (r.get("replident", String.class)) {
            case "n" -> ReplicaIdentity.of(ReplicaIdentity.Mode.NOTHING);
            case "f" -> ReplicaIdentity.of(ReplicaIdentity.Mode.FULL);
            // An index dropped since leaves 'i' with no index: PostgreSQL then behaves as NOTHING.
            case "i" -> index == null ? ReplicaIdentity.of(ReplicaIdentity.Mode.NOTHING) : ReplicaIdentity.usingIndex(index);
            default -> ReplicaIdentity.DEFAULT;
        };
        return new TableOptions(r.get("unlogged", Boolean.class), Storage.fromReloptions(strings(r, "reloptions")),
                identity, r.get("toast_table", Boolean.class));
    }

    /**
     * A list partition's values in one order: the server prints them as they were written, and {@code IN ('b', 'a')}
     * is the same partition as {@code IN ('a', 'b')}. Only server text comes here, whose constants are quoted
     * strings (quotes doubled), numbers, NULL, true and false: commas inside quotes are the only ones to skip.
     */
    static String listInOrder(String bound) {
        String prefix = "FOR VALUES IN (";
        if (bound == null || !bound.startsWith(prefix) || !bound.endsWith(")")) return bound;
        String inner = bound.substring(prefix.length(), bound.length() - 1);
        List<String> items = new ArrayList<>();
        boolean quoted = false;
        int depth = 0, from = 0;
        for (int i = 0; i < inner.length(); i++) {
            char ch = inner.charAt(i);
            if (ch == '\'') quoted = !quoted;
            else if (!quoted && ch == '(') depth++;
            else if (!quoted && ch == ')') depth--;
            else if (!quoted && depth == 0 && ch == ',') {
                items.add(inner.substring(from, i).strip());
                from = i + 1;
            }
        }
        items.add(inner.substring(from).strip());
        items.sort(null);
        return prefix + String.join(", ", items) + ")";
    }

    /** A table that was created after the tables were read (outside a snapshot) gets a throwaway. */
    private Parts parts(Record r) {
        return tables.getOrDefault(Key.of(r), new Parts(null));
    }

    private Map<String, List<Table>> bySchema() {
        Map<String, List<Table>> result = new TreeMap<>();
        tables.forEach((key, parts) ->
                result.computeIfAbsent(key.schema(), s -> new ArrayList<>()).add(parts.build(key.table())));
        return result;
    }

    /**
     * attgenerated 's' (stored, or 'v' virtual on PostgreSQL 18) keeps its expression in pg_attrdef, where a
     * default would be. A SERIAL column reads back as serial/bigserial/smallserial with no default.
     */
    private static Column column(Record r) {
        String attgenerated = r.get("generated", String.class);
        boolean generated = !attgenerated.isEmpty();
        boolean serial = r.get("serial", Boolean.class);
        String expression = r.get("expression", String.class);
        String type = r.get("type", String.class);
        return new Column(r.get("name", String.class), serial ? serialType(type) : type,
                !r.get("not_null", Boolean.class), generated || serial || isNull(expression) ? null : expression,
                identity(r.get("identity", String.class)), generated ? expression : null,
                r.get("collation", String.class), r.get("comment", String.class), null,
                serial ? new Column.SerialSequence(r.get("serial_sequence", String.class),
                        r.get("serial_sequence_type", String.class)) : null,
                new ColumnOptions(compression(r.get("compression", String.class)), r.get("statistics", Integer.class),
                        identityOptions(r, type), "v".equals(attgenerated)));
    }

    /** The options of an identity column's own sequence (deptype 'i'); null for the defaults or no identity. */
    private static io.schemasync.model.IdentityOptions identityOptions(Record r, String type) {
        if (r.get("identity_start") == null) return null;
        return io.schemasync.model.IdentityOptions.of(type, r.get("identity_start", Long.class),
                r.get("identity_increment", Long.class), r.get("identity_min", Long.class),
                r.get("identity_max", Long.class), r.get("identity_cache", Long.class),
                r.get("identity_cycle", Boolean.class));
    }

    /** pg_attribute.attcompression: p pglz, l lz4, empty for the default (default_toast_compression). */
    private static String compression(String code) {
        return switch (code == null ? "" : code) {
            case "p" -> "pglz";
            case "l" -> "lz4";
            default -> null;
        };
    }

    /** {@code DEFAULT NULL} (printed {@code NULL::character varying}) is the same as no default at all. */
    private static boolean isNull(String expression) {
        return expression != null && expression.matches("(?i)NULL(::[a-z ]+(\\(\\d+(,\\d+)?\\))?(\\[\\])?)?");
    }

    private static String serialType(String type) {
        return switch (type) {
            case "smallint" -> "smallserial";
            case "integer" -> "serial";
            case "bigint" -> "bigserial";
            default -> throw new IllegalStateException("not a serial type: " + type);
        };
    }

    private static Identity identity(String attidentity) {
        return switch (attidentity) {
            case "a" -> Identity.ALWAYS;
            case "d" -> Identity.BY_DEFAULT;
            default -> null;
        };
    }

    private void addConstraint(Record r) {
        Parts parts = parts(r);
        String name = r.get("name", String.class);
        List<String> columns = strings(r, "columns");
        switch (r.get("type", String.class)) {
            case "p" -> parts.primaryKey = new PrimaryKey(name, columns);
            case "u" -> parts.uniques.add(new UniqueConstraint(name, columns,
                    r.get("nulls_not_distinct", Boolean.class), deferral(r)));
            case "c" -> parts.checks.add(new CheckConstraint(name, r.get("expression", String.class),
                    r.get("validated", Boolean.class)));
            case "f" -> parts.foreignKeys.add(foreignKey(r, name, columns));
            default -> throw new IllegalStateException("unexpected constraint type in " + r);
        }
    }

    private static ForeignKey foreignKey(Record r, String name, List<String> columns) {
        return new ForeignKey(name, columns, r.get("ref_schema", String.class), r.get("ref_table", String.class),
                strings(r, "ref_columns"), action(r.get("on_delete", String.class)),
                action(r.get("on_update", String.class)), "f".equals(r.get("match_type", String.class)),
                deferral(r), r.get("validated", Boolean.class));
    }

    private static FkAction action(String code) {
        return switch (code) {
            case "a" -> FkAction.NO_ACTION;
            case "r" -> FkAction.RESTRICT;
            case "c" -> FkAction.CASCADE;
            case "n" -> FkAction.SET_NULL;
            case "d" -> FkAction.SET_DEFAULT;
            default -> throw new IllegalStateException("unknown foreign key action " + code);
        };
    }

    private static Deferral deferral(Record r) {
        if (!r.get("deferrable", Boolean.class)) return Deferral.NOT_DEFERRABLE;
        return r.get("deferred", Boolean.class)
                ? Deferral.DEFERRABLE_INITIALLY_DEFERRED
                : Deferral.DEFERRABLE_INITIALLY_IMMEDIATE;
    }

    private static List<String> strings(Record r, String field) {
        String[] values = r.get(field, String[].class);
        return values == null ? List.of() : Arrays.asList(values);
    }

    /** Rows come one per index column, ordered by table, index and position. */
    private void addIndexes(List<Record> rows) {
        int i = 0;
        while (i < rows.size()) {
            int end = i + 1;
            while (end < rows.size() && sameIndex(rows.get(i), rows.get(end))) end++;
            parts(rows.get(i)).indexes.add(index(rows.subList(i, end)));
            i = end;
        }
    }

    /** The same rows as an index's, with the constraint's operator on each key row and its deferral. */
    private void addExclusions(List<Record> rows) {
        int i = 0;
        while (i < rows.size()) {
            int end = i + 1;
            while (end < rows.size() && sameIndex(rows.get(i), rows.get(end))) end++;
            List<Record> group = rows.subList(i, end);
            Index ix = index(group);
            List<String> operators = group.subList(0, ix.keys().size()).stream()
                    .map(r -> r.get("operator", String.class)).toList();
            // The storage parameters of a constraint's index (EXCLUDE ... WITH (...)) are not managed: left out.
            parts(group.getFirst()).exclusions.add(new ExclusionConstraint(ix.name(),
                    ix.withComment(null).withStorage(null), operators, deferral(group.getFirst())));
            i = end;
        }
    }

    private static boolean sameIndex(Record a, Record b) {
        return Key.of(a).equals(Key.of(b)) && a.get("name", String.class).equals(b.get("name", String.class));
    }

    private static Index index(List<Record> rows) {
        Record first = rows.getFirst();
        int keyCount = first.get("key_count", Integer.class);
        List<IndexKey> keys = rows.subList(0, keyCount).stream().map(TableReader::indexKey).toList();
        List<String> include = rows.subList(keyCount, rows.size()).stream()
                .map(r -> r.get("expression", String.class)).toList();
        return new Index(first.get("name", String.class), first.get("is_unique", Boolean.class),
                first.get("method", String.class), keys, include, first.get("predicate", String.class),
                first.get("nulls_not_distinct", Boolean.class), first.get("comment", String.class),
                Storage.fromReloptions(strings(first, "reloptions")));
    }

    /** pg_index.indoption: bit 0 is DESC, bit 1 NULLS FIRST (set for the default of DESC keys). */
    private static IndexKey indexKey(Record r) {
        int options = r.get("options", Integer.class);
        return new IndexKey(r.get("expression", String.class), r.get("is_column", Boolean.class),
                r.get("collation", String.class), r.get("opclass", String.class), (options & 1) != 0,
                (options & 2) != 0);
    }
}
