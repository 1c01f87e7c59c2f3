package io.schemasync.load;

import io.schemasync.load.Node.Entry;
import io.schemasync.load.Node.ListNode;
import io.schemasync.load.Node.MapNode;
import io.schemasync.model.Column;
import io.schemasync.model.Deferral;
import io.schemasync.model.Identity;
import io.schemasync.model.Index;
import io.schemasync.model.PrimaryKey;
import io.schemasync.model.Table;
import io.schemasync.model.TypeNames;
import io.schemasync.sql.Identifiers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Builds one {@link Table}: columns first (the other parts refer to them), then constraints and indexes. */
final class TableReader {
    static final Set<String> TABLE_KEYS = withTableKinds("comment", "renamed_from", "columns", "primary_key",
            "unique", "checks", "foreign_keys", "indexes", "unlogged", "with", "replica_identity", "exclude",
            "partition_by", "partitions", "inherits",
            // read by AccessReader
            "owner", "grants", "row_level_security");
    static final Set<String> COLUMN_KEYS = Set.of("type", "nullable", "default", "identity", "generated",
            "collation", "comment", "renamed_from", "compression", "statistics", "identity_options");
    static final Set<String> IDENTITY_OPTION_KEYS = Set.of("start", "increment", "min_value", "max_value", "cache",
            "cycle");
    private static final Map<String, String> COMPRESSION = Map.of("pglz", "pglz", "lz4", "lz4");
    static final Set<String> PRIMARY_KEY_KEYS = Set.of("name", "columns");
    static final Set<String> UNIQUE_KEYS = Set.of("columns", "nulls_not_distinct", "deferrable", "initially_deferred");
    private static final Map<String, Identity> IDENTITY = Map.of("always", Identity.ALWAYS,
            "by_default", Identity.BY_DEFAULT, "by default", Identity.BY_DEFAULT);

    /** The table's own keys, and the keys of the kinds whose objects belong to tables (triggers). */
    private static Set<String> withTableKinds(String... keys) {
        Set<String> all = new java.util.HashSet<>(Set.of(keys));
        io.schemasync.kinds.Kinds.ofTables().forEach(k -> all.add(k.key()));
        return Set.copyOf(all);
    }

    final Reader r;
    final Locations locations;
    final String schema;
    private final Entry entry;
    final String table;
    final String where;
    private Set<String> columnNames = Set.of();
    private List<PartitionReader.Placed> partitions = List.of();
    /** A relation whose columns come from its query (a materialized view): any plain name is a column. */
    final boolean columnsFromQuery;
    private final java.util.Map<String, Node.Loc> saidNullable = new java.util.HashMap<>();

    TableReader(Reader reader, Locations locations, String schema, Entry entry) {
        this(reader, locations, schema, entry, "table " + Reader.quoted(schema + "." + entry.key()), false);
    }

    private TableReader(Reader reader, Locations locations, String schema, Entry entry, String where,
                        boolean columnsFromQuery) {
        this.r = reader;
        this.locations = locations;
        this.schema = schema;
        this.entry = entry;
        this.table = entry.key();
        this.where = where;
        this.columnsFromQuery = columnsFromQuery;
    }

    /**
     * The indexes of a relation whose columns come from its query (a materialized view, named {@code where} in
     * messages), read as a table's: the same keys, the same checks, the locations under the same paths. Their SQL
     * text (expression keys, predicates) must each be one expression, as a table's must (see Validator).
     */
    static List<Index> indexesOfQueryRelation(Reader reader, Locations locations, String schema, Entry entry,
                                              String where, MapNode map) {
        TableReader t = new TableReader(reader, locations, schema, entry, where, true);
        List<Index> out = t.named(map, "indexes", new ConstraintReader(t)::index);
        for (Index ix : out) {
            Node.Loc at = locations.at(Locations.in("index", schema, t.table, ix.name()));
            String what = "index " + Reader.quoted(ix.name()) + " of " + where;
            if (ix.where() != null) t.expression(at, ix.where(), "the where of " + what);
            ix.keys().stream().filter(k -> !k.column())
                    .forEach(k -> t.expression(at, k.expression(), "a key of " + what));
        }
        return out;
    }

    private void expression(Node.Loc at, String text, String what) {
        if (text.indexOf('\0') >= 0) return;
        try {
            io.schemasync.sql.Sql.requireExpression(text);
        } catch (IllegalArgumentException e) {
            r.error(at, what + ": " + e.getMessage());
        }
    }

    Optional<Table> build() {
        locations.put(Locations.table(schema, table), entry.keyLoc());
        MapNode map = r.map(entry.value(), where);
        if (map == null) return Optional.empty();
        r.allowKeys(map, where, TABLE_KEYS);
        Reader.get(map, "renamed_from").ifPresent(n -> locations.put("table.renamed_from:" + schema + "." + table,
                n.loc()));
        names(map, where, "renamed_from");
        List<Column> columns = columns(map);
        Reader.get(map, "columns").filter(MapNode.class::isInstance)
                .ifPresent(n -> columnNames = Set.copyOf(((MapNode) n).entries().keySet()));
        PrimaryKey pk = Reader.get(map, "primary_key").map(this::primaryKey).orElse(null);
        if (pk != null) columns = primaryKeyColumnsNotNull(columns, pk);
        var constraints = new ConstraintReader(this);
        var uniques = named(map, "unique", constraints::unique);
        var indexes = named(map, "indexes", constraints::index);
        Set<String> keyIndexes = new java.util.TreeSet<>();
        if (pk != null) keyIndexes.add(pk.name());
        uniques.forEach(u -> keyIndexes.add(u.name()));
        indexes.stream().filter(Index::unique).forEach(ix -> keyIndexes.add(ix.name()));
        var partitionReader = new PartitionReader(r, locations, schema);
        var columnSet = columns.stream().map(Column::name).collect(java.util.stream.Collectors.toSet());
        var partitioning = partitionReader.of(map, where, columnSet);
        partitions = partitionReader.partitions(map, table, schema, where, partitioning.by());
        return Optional.of(new Table(table, columns, pk, uniques,
                named(map, "checks", constraints::check),
                named(map, "foreign_keys", constraints::foreignKey),
                indexes,
                r.optionalText(map, "comment", where),
                r.requiredText(map, "renamed_from", where),
                OptionReader.table(r, map, where, keyIndexes),
                named(map, "exclude", constraints::exclusion), partitioning));
    }

    /** The partitions under the table (and theirs), read by {@link #build}. */
    List<PartitionReader.Placed> partitions() {
        return partitions;
    }

    /** Every column name the table's YAML gives, including columns that had errors. */
    Set<String> columnNames() {
        return columnNames;
    }

    String inTable(String kind, String name) {
        return kind + " " + Reader.quoted(name) + " of " + where;
    }

    void at(String kind, String name, Node.Loc loc) {
        locations.put(Locations.in(kind, schema, table, name), loc);
    }

    private List<Column> columns(MapNode table) {
        var out = new ArrayList<Column>();
        Optional<MapNode> map = Reader.get(table, "columns").map(n -> r.map(n, "columns of " + where));
        if (map.isEmpty()) return out;
        for (Entry e : map.get().entries().values()) {
            if (e.key().isEmpty()) r.error(e.keyLoc(), "a column name in " + where + " is empty");
            else if (r.name(e.keyLoc(), e.key(), "a column of " + where)) column(e).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Column> column(Entry e) {
        String what = inTable("column", e.key());
        at("column", e.key(), e.keyLoc());
        MapNode map = r.map(e.value(), what);
        if (map == null) return Optional.empty();
        r.allowKeys(map, what, COLUMN_KEYS);
        Reader.get(map, "type").ifPresent(n -> at("column.type", e.key(), n.loc()));
        Reader.get(map, "renamed_from").ifPresent(n -> at("column.renamed_from", e.key(), n.loc()));
        names(map, what, "renamed_from", "collation");
        String written = r.requiredText(map, "type", what);
        if (written == null) {
            if (!map.entries().containsKey("type")) r.error(e.keyLoc(), what + " needs a type, e.g. { type: text }");
            return Optional.empty();
        }
        String type = TypeNames.canonical(written);
        Identity identity = r.choice(map, "identity", what, IDENTITY, List.of("always", "by_default"));
        String defaultExpr = r.requiredText(map, "default", what);
        boolean[] virtual = {false};
        String generated = generated(map, what, virtual);
        Boolean nullable = r.bool(map, "nullable", what);
        checkColumn(map, what, type, identity, defaultExpr, generated, nullable);
        if (Boolean.TRUE.equals(nullable)) saidNullable.put(e.key(), Reader.get(map, "nullable").orElseThrow().loc());
        boolean implicitNotNull = identity != null || isSerial(type);
        String compression = r.choice(map, "compression", what, COMPRESSION, List.of("pglz", "lz4"));
        Long statistics = r.integer(map, "statistics", what);
        if (statistics != null && (statistics < 0 || statistics > 10000)) {
            r.error(Reader.get(map, "statistics").orElseThrow().loc(), "statistics of " + what + " must be 0 to 10000"
                    + " (leave it out for the server's default_statistics_target)");
            statistics = null;
        }
        return Optional.of(new Column(e.key(), type, !implicitNotNull && (nullable == null || nullable),
                defaultExpr, identity, generated, r.requiredText(map, "collation", what),
                r.optionalText(map, "comment", what), r.requiredText(map, "renamed_from", what), null,
                new io.schemasync.model.ColumnOptions(compression, statistics == null ? null : statistics.intValue(),
                        identityOptions(map, what, type, identity), virtual[0])));
    }

    /**
     * {@code generated: expr} (stored), or {@code generated: { expression: expr, stored: false }} for a virtual
     * column (PostgreSQL 18; checked against the server when planning). Sets {@code virtual[0]}.
     */
    private String generated(MapNode map, String what, boolean[] virtual) {
        Node node = Reader.get(map, "generated").orElse(null);
        if (!(node instanceof MapNode m)) return r.requiredText(map, "generated", what);
        String where = "generated of " + what;
        r.allowKeys(m, where, Set.of("expression", "stored"));
        String expression = r.requiredText(m, "expression", where);
        if (expression == null && !m.entries().containsKey("expression")) {
            r.error(node.loc(), where + " needs expression: (the SQL expression), e.g. { expression: price * 2,"
                    + " stored: false }");
        }
        Boolean stored = r.bool(m, "stored", where);
        virtual[0] = Boolean.FALSE.equals(stored);
        return expression;
    }

    /** {@code identity_options: { start: 1000, cache: 20 }}: only on an identity column. */
    private io.schemasync.model.IdentityOptions identityOptions(MapNode column, String what, String type,
                                                                Identity identity) {
        Node node = Reader.get(column, "identity_options").orElse(null);
        if (node == null) return null;
        String where = "identity_options of " + what;
        MapNode map = r.map(node, where);
        if (map == null) return null;
        if (identity == null) {
            r.error(node.loc(), where + " needs identity: always or by_default on the column");
            return null;
        }
        r.allowKeys(map, where, IDENTITY_OPTION_KEYS);
        Long increment = r.integer(map, "increment", where);
        if (increment != null && increment == 0) {
            r.error(Reader.get(map, "increment").orElseThrow().loc(), "increment of " + where + " must not be zero");
            return null;
        }
        return io.schemasync.model.IdentityOptions.of(type, r.integer(map, "start", where), increment,
                r.integer(map, "min_value", where), r.integer(map, "max_value", where), r.integer(map, "cache", where),
                Boolean.TRUE.equals(r.bool(map, "cycle", where)));
    }

    private void checkColumn(MapNode map, String what, String type, Identity identity, String defaultExpr,
                             String generated, Boolean nullable) {
        Function<String, Node.Loc> loc = key -> Reader.get(map, key).orElseThrow().loc();
        if (identity != null && !Set.of("smallint", "integer", "bigint").contains(type)) {
            r.error(loc.apply("identity"), what + " has type " + type + ", but identity columns must be smallint, "
                    + "integer or bigint");
        }
        if (identity != null && defaultExpr != null) r.error(loc.apply("default"), what
                + " has both identity and a default; identity already supplies the value, remove one");
        if (identity != null && generated != null) r.error(loc.apply("generated"), what
                + " has both identity and generated; remove one");
        if (defaultExpr != null && generated != null) r.error(loc.apply("generated"), what
                + " has both a default and generated; a generated column cannot have a default");
        if (isSerial(type) && (defaultExpr != null || identity != null)) r.error(loc.apply("type"), what
                + " is " + type + ", which already draws its default from a sequence; use a plain integer type "
                + "with the default, or drop the default/identity");
        if (Boolean.TRUE.equals(nullable) && (identity != null || isSerial(type))) r.error(loc.apply("nullable"),
                what + " says nullable: true, but " + (identity != null ? "identity" : type)
                        + " columns are always NOT NULL; remove nullable");
    }

    /** The values of {@code keys} that name objects fit in a PostgreSQL name (reported where they are written). */
    private void names(MapNode map, String what, String... keys) {
        for (String key : keys) {
            Reader.get(map, key).filter(n -> n instanceof Node.Scalar s && s.kind() == Node.Kind.STRING)
                    .ifPresent(n -> r.name(n.loc(), ((Node.Scalar) n).text(), key + " of " + what));
        }
    }

    private static boolean isSerial(String type) {
        return Set.of("serial", "bigserial", "smallserial").contains(type);
    }

    private PrimaryKey primaryKey(Node node) {
        String what = "the primary key of " + where;
        locations.put("pk:" + schema + "." + table, node.loc());
        String name = Identifiers.defaultName(table, "pkey");
        Node columnsNode = node;
        if (node instanceof MapNode map) {
            r.allowKeys(map, what, PRIMARY_KEY_KEYS);
            name = Optional.ofNullable(r.requiredText(map, "name", what)).orElse(name);
            columnsNode = Reader.get(map, "columns").orElse(null);
            if (columnsNode == null) {
                r.error(node.loc(), what + " needs columns: [..]");
                return null;
            }
        }
        List<String> columns = columnList(columnsNode, "columns of " + what, "pk.col", "");
        if (!pkName(node, name, what)) return null;
        return columns == null ? null : new PrimaryKey(name, columns);
    }

    /** A name the YAML writes for the primary key fits in a PostgreSQL name (the default always does). */
    private boolean pkName(Node node, String name, String what) {
        return !(node instanceof MapNode map && map.entries().containsKey("name"))
                || r.name(Reader.get(map, "name").orElseThrow().loc(), name, what);
    }

    /** PRIMARY KEY implies NOT NULL on its columns; saying nullable: true there is a contradiction. */
    private List<Column> primaryKeyColumnsNotNull(List<Column> columns, PrimaryKey pk) {
        var out = new ArrayList<Column>();
        for (Column c : columns) {
            boolean inKey = pk.columns().contains(c.name());
            if (inKey && saidNullable.containsKey(c.name())) r.error(saidNullable.get(c.name()), inTable("column",
                    c.name()) + " is in the primary key, which makes it NOT NULL; remove nullable: true");
            out.add(inKey ? c.withNullable(false) : c);
        }
        return out;
    }

    /** A list of column names, each item's location recorded under {@code kind:schema.table.owner/column}. */
    List<String> columnList(Node node, String what, String kind, String owner) {
        List<String> names = r.strings(node, what);
        if (names == null) return null;
        if (node instanceof ListNode list) {
            for (int i = 0; i < list.items().size() && i < names.size(); i++) {
                at(kind, owner + "/" + names.get(i), list.items().get(i).loc());
            }
        }
        if (names.isEmpty()) r.error(node.loc(), what + " must name at least one column");
        if (new LinkedHashSet<>(names).size() != names.size()) r.error(node.loc(), what + " names a column twice");
        return names.isEmpty() ? null : names;
    }

    static Deferral deferral(Boolean deferrable, Boolean initiallyDeferred) {
        if (Boolean.TRUE.equals(initiallyDeferred)) return Deferral.DEFERRABLE_INITIALLY_DEFERRED;
        return Boolean.TRUE.equals(deferrable) ? Deferral.DEFERRABLE_INITIALLY_IMMEDIATE : Deferral.NOT_DEFERRABLE;
    }

    private <T> List<T> named(MapNode map, String key, Function<Entry, Optional<T>> reader) {
        var out = new ArrayList<T>();
        Optional<MapNode> items = Reader.get(map, key).map(n -> r.map(n, key + " of " + where));
        if (items.isEmpty()) return out;
        for (Entry e : items.get().entries().values()) {
            if (e.key().isEmpty()) r.error(e.keyLoc(), "a name in " + key + " of " + where + " is empty");
            else if (r.name(e.keyLoc(), e.key(), "in " + key + " of " + where)) reader.apply(e).ifPresent(out::add);
        }
        return out;
    }
}
