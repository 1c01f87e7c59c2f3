package io.schemasync.catalog;

import io.schemasync.kinds.CatalogRow;
import io.schemasync.kinds.Kinds;
import io.schemasync.kinds.ObjectKind;
import io.schemasync.model.Database;
import io.schemasync.model.SchemaObject;
import io.schemasync.model.EnumType;
import io.schemasync.model.Extension;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.Schema;
import io.schemasync.model.Sequence;
import io.schemasync.model.Table;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads a live PostgreSQL (13-18) catalog into the model, in a fixed number of queries whatever the number of
 * tables. Types, defaults, expressions and predicates are the server's own canonical text (format_type,
 * pg_get_expr, pg_get_indexdef), so a desired schema materialized on the server and read back with this reader
 * compares equal to the live one exactly when PostgreSQL considers them the same. Objects that belong to an
 * extension are skipped.
 */
public final class CatalogReader {
    /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
    private static final Logger JOOQ_LOGGER = Logger.getLogger("org.jooq");

    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        JOOQ_LOGGER.setLevel(Level.SEVERE);
    }

    /**
     * Where apply records its history (see {@code apply.History}): an audit trail, never part of a plan. The table
     * is never read into the model, and the schema, when the YAML does not manage it, is not reported unmanaged.
     */
    public static final String HISTORY_SCHEMA = "schemasync";
    public static final String HISTORY_TABLE = "history";
    /** Where apply records the canonical forms it found in sync (see {@code canonical.KnownForms}); never read into the model. */
    public static final String KNOWN_FORMS_TABLE = "known_forms";
    /**
     * Whether the session may read a table of the history schema (binds: the schema's name, the table's name):
     * false when it does not exist, or the role lacks USAGE on the schema or SELECT on it. Never an error: name
     * lookups such as to_regclass('schemasync.x') fail with "permission denied for schema" for a role without USAGE,
     * which a read-only drift check may well be.
     */
    public static final String READABLE = "coalesce((select case when pg_catalog.has_schema_privilege(n.oid, 'USAGE')"
            + " then pg_catalog.has_table_privilege(c.oid, 'SELECT') else false end from pg_catalog.pg_class c"
            + " join pg_catalog.pg_namespace n on n.oid = c.relnamespace where n.nspname = ? and c.relname = ?), false)";
    /** Where apply records the schema files it found in sync (see {@code dryrun.InSync}); never read into the model. */
    public static final String IN_SYNC_TABLE = "in_sync";

    private final DSLContext ctx;

    private final boolean withPartitioned;

    private CatalogReader(DSLContext ctx, boolean withPartitioned) {
        this.ctx = ctx;
        this.withPartitioned = withPartitioned;
    }

    /**
     * In autocommit mode the queries run in one read-only REPEATABLE READ transaction, so that they all see one
     * snapshot even while others change the schema; otherwise they run in the caller's transaction.
     */
    public static LiveCatalog read(Connection connection, Predicate<String> managedSchema) throws SQLException {
        if (!connection.getAutoCommit()) return read(DSL.using(connection, SQLDialect.POSTGRES), managedSchema);
        connection.setAutoCommit(false);
        try {
            try (Statement s = connection.createStatement()) {
                s.execute("set transaction isolation level repeatable read, read only");
            }
            LiveCatalog catalog = read(DSL.using(connection, SQLDialect.POSTGRES), managedSchema);
            connection.commit();
            return catalog;
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    /** The same through an existing jOOQ context (dialect POSTGRES), e.g. one with execute listeners. */
    public static LiveCatalog read(DSLContext ctx, Predicate<String> managedSchema) throws SQLException {
        return read(ctx, managedSchema, false);
    }

    /**
     * @param withPartitioned read partitioned tables as tables (the canonicalizer's scratch tables are
     *                        partitioned); otherwise they are reported unmanaged
     */
    public static LiveCatalog read(Connection connection, Predicate<String> managedSchema, boolean withPartitioned)
            throws SQLException {
        return read(DSL.using(connection, SQLDialect.POSTGRES), managedSchema, withPartitioned);
    }

    private static LiveCatalog read(DSLContext ctx, Predicate<String> managedSchema, boolean withPartitioned)
            throws SQLException {
        try {
            return new CatalogReader(ctx, withPartitioned).readAll(managedSchema);
        } catch (DataAccessException e) {
            throw unwrapped(e);
        }
    }

    /** The connection's role, privileges and the server settings plan and apply depend on, in one query. */
    public static Session session(Connection connection) throws SQLException {
        try {
            Record r = DSL.using(connection, SQLDialect.POSTGRES).fetchOne(CatalogSql.SESSION);
            String[] names = r.get("extensions", String[].class);
            String[] schemas = r.get("extension_schemas", String[].class);
            Map<String, String> extensions = new TreeMap<>();
            for (int i = 0; i < names.length; i++) extensions.put(names[i], schemas[i]);
            return new Session(r.get("in_recovery", Boolean.class), r.get("can_create", Boolean.class),
                    r.get("user_name", String.class), r.get("database", String.class), r.get("max_locks", Integer.class),
                    r.get("max_connections", Integer.class), r.get("max_prepared", Integer.class), extensions);
        } catch (DataAccessException e) {
            throw unwrapped(e);
        }
    }

    /**
     * The tables among {@code tables} (live names) that hold no rows at all (see {@link CatalogSql#EMPTY_TABLES}),
     * in one query: the plan keeps the simple forms for them, which take their locks only for a moment.
     */
    public static Set<ObjectRef> emptyTables(Connection connection, Collection<ObjectRef> tables) throws SQLException {
        if (tables.isEmpty()) return Set.of();
        List<ObjectRef> list = List.copyOf(tables);
        String[] schemas = list.stream().map(ObjectRef::schema).toArray(String[]::new);
        String[] names = list.stream().map(ObjectRef::name).toArray(String[]::new);
        try {
            Set<ObjectRef> empty = new HashSet<>();
            for (Record r : DSL.using(connection, SQLDialect.POSTGRES).fetch(CatalogSql.EMPTY_TABLES, schemas, names)) {
                empty.add(ObjectRef.of(ObjectRef.Kind.TABLE, r.get("schema", String.class), r.get("name", String.class)));
            }
            return empty;
        } catch (DataAccessException e) {
            throw unwrapped(e);
        }
    }

    /**
     * The relations a change of each table also locks because they are its partitions (see
     * {@link CatalogSql#PARTITION_LOCKS}), by "schema.table", in one query; tables without partitions are left out.
     */
    public static Map<String, Integer> partitionLocks(Connection connection, Collection<ObjectRef> tables)
            throws SQLException {
        if (tables.isEmpty()) return Map.of();
        List<ObjectRef> list = List.copyOf(tables);
        String[] schemas = list.stream().map(ObjectRef::schema).toArray(String[]::new);
        String[] names = list.stream().map(ObjectRef::name).toArray(String[]::new);
        try {
            Map<String, Integer> out = new TreeMap<>();
            for (Record r : DSL.using(connection, SQLDialect.POSTGRES).fetch(CatalogSql.PARTITION_LOCKS, schemas, names)) {
                int locks = r.get("locks", Integer.class) == null ? 0 : r.get("locks", Integer.class);
                if (locks > 0) out.put(r.get("schema", String.class) + "." + r.get("name", String.class), locks);
            }
            return out;
        } catch (DataAccessException e) {
            throw unwrapped(e);
        }
    }

    /**
     * What every live view, materialized view and routine with a SQL-standard body reads (see
     * {@link CatalogSql#VIEW_READS}), in one query.
     */
    public static List<io.schemasync.model.ViewRead> viewReads(Connection connection) throws SQLException {
        try {
            List<io.schemasync.model.ViewRead> out = new java.util.ArrayList<>();
            for (Record r : DSL.using(connection, SQLDialect.POSTGRES).fetch(CatalogSql.VIEW_READS)) {
                out.add(new io.schemasync.model.ViewRead(r.get("schema", String.class), r.get("view", String.class),
                        r.get("materialized", Boolean.class), r.get("ref_schema", String.class),
                        r.get("ref_name", String.class), r.get("ref_column", String.class),
                        r.get("function", Boolean.class), io.schemasync.model.ViewRead.reader(r.get("reader", String.class))));
            }
            return out;
        } catch (DataAccessException e) {
            throw unwrapped(e);
        }
    }

    /** The INVALID indexes of the managed tables (see {@link CatalogSql#INVALID_INDEXES}), in one query. */
    public static Set<ObjectRef> invalidIndexes(Connection connection, Collection<String> schemas) throws SQLException {
        return inTables(connection, CatalogSql.INVALID_INDEXES, ObjectRef.Kind.INDEX,
                (Object) schemas.toArray(String[]::new));
    }

    /**
     * The identity sequences of the managed tables whose names are among {@code names} (see {@link
     * CatalogSql#IDENTITY_SEQUENCES}), each as a sequence in its table; none asked for, no query.
     */
    public static Set<ObjectRef> identitySequences(Connection connection, Collection<String> schemas,
                                                   Collection<String> names) throws SQLException {
        if (names.isEmpty()) return Set.of();
        return inTables(connection, CatalogSql.IDENTITY_SEQUENCES, ObjectRef.Kind.SEQUENCE,
                schemas.toArray(String[]::new), names.toArray(String[]::new));
    }

    /**
     * The indexes of the managed tables' partitions whose names are among {@code names} and that PostgreSQL made for
     * an index of the partitioned table (see {@link CatalogSql#PARTITION_INDEXES}), each as an index in its
     * partition; none asked for, no query.
     */
    public static Set<ObjectRef> partitionIndexes(Connection connection, Collection<String> schemas,
                                                  Collection<String> names) throws SQLException {
        if (names.isEmpty()) return Set.of();
        return inTables(connection, CatalogSql.PARTITION_INDEXES, ObjectRef.Kind.INDEX,
                schemas.toArray(String[]::new), names.toArray(String[]::new));
    }

    /** The relations of {@code kind} a query returns as schema, table_name and name, each in its table. */
    private static Set<ObjectRef> inTables(Connection connection, String sql, ObjectRef.Kind kind, Object... binds)
            throws SQLException {
        try {
            Set<ObjectRef> out = new HashSet<>();
            for (Record r : DSL.using(connection, SQLDialect.POSTGRES).fetch(sql, binds)) {
                out.add(ObjectRef.inTable(kind, r.get("schema", String.class), r.get("table_name", String.class),
                        r.get("name", String.class)));
            }
            return out;
        } catch (DataAccessException e) {
            throw unwrapped(e);
        }
    }

    /** jOOQ's wrapper off: the driver's own exception (with its SQLSTATE and server message) when there is one. */
    private static SQLException unwrapped(DataAccessException e) {
        SQLException cause = e.getCause(SQLException.class);
        return cause != null ? cause : new SQLException(e.getMessage(), e.sqlState(), e);
    }

    /** The names of the roles of the cluster (pg_roles), in one query. */
    public static Set<String> roles(Connection connection) throws SQLException {
        try {
            Set<String> out = new HashSet<>();
            for (Record r : DSL.using(connection, SQLDialect.POSTGRES).fetch(AccessCatalog.ROLES)) {
                out.add(r.get("name", String.class));
            }
            return out;
        } catch (DataAccessException e) {
            throw unwrapped(e);
        }
    }

    /** Only the server version, in one query. */
    public static ServerInfo server(Connection connection) throws SQLException {
        try {
            return new CatalogReader(DSL.using(connection, SQLDialect.POSTGRES), false).readServer();
        } catch (DataAccessException e) {
            throw new SQLException(e.getMessage(), e.sqlState(), e);
        }
    }

    private LiveCatalog readAll(Predicate<String> managedSchema) {
        ServerInfo server = readServer();
        Map<String, String> comments = new TreeMap<>();
        List<ObjectRef> unmanaged = new ArrayList<>();
        for (Record r : ctx.fetch(CatalogSql.SCHEMAS)) {
            String name = r.get("name", String.class);
            if (managedSchema.test(name)) comments.put(name, r.get("comment", String.class));
            else if (!name.equals(HISTORY_SCHEMA)) unmanaged.add(ObjectRef.schema(name));
        }
        String[] managed = comments.keySet().toArray(String[]::new);
        CatalogQueries queries = CatalogQueries.of(server, managed);
        Map<String, List<Extension>> extensions = group(fetch(queries.extensions()), CatalogReader::extension);
        Map<String, List<EnumType>> enums = group(fetch(queries.enums()), CatalogReader::enumType);
        Map<String, List<Sequence>> sequences = group(sequenceRows(queries.sequences()), CatalogReader::sequence);
        Map<String, List<Table>> tables = withoutHistory(TableReader.read(ctx, queries, managed));
        Map<String, List<SchemaObject>> objects = new TreeMap<>();
        var indexes = queries.matviewIndexes() == null ? Map.<String, Map<String, List<io.schemasync.model.Index>>>of()
                : TableReader.matviewIndexes(ctx, queries.matviewIndexes());
        queries.kinds().forEach((kind, query) -> group(fetch(query), r -> withIndexes(kind,
                (SchemaObject) kind.fromCatalog(new RecordRow(r)), r.get("schema", String.class), indexes))
                .forEach((schema, list) -> objects.computeIfAbsent(schema, k -> new ArrayList<>()).addAll(list)));
        unmanaged.addAll(unmanaged(queries.unmanaged()));
        List<Schema> schemas = comments.entrySet().stream()
                .map(e -> new Schema(e.getKey(), e.getValue(), get(extensions, e.getKey()), get(enums, e.getKey()),
                        get(sequences, e.getKey()), get(tables, e.getKey()), get(objects, e.getKey())))
                .toList();
        return new LiveCatalog(new Database(schemas, List.of(), AccessCatalog.read(fetch(queries.access())),
                AccessCatalog.defaults(fetch(queries.defaults()))), unmanaged, server);
    }

    /** A relation of a kind with indexes (a materialized view) gets the indexes the catalog holds for it. */
    private static SchemaObject withIndexes(ObjectKind<?> kind, SchemaObject o, String schema,
                                            Map<String, Map<String, List<io.schemasync.model.Index>>> indexes) {
        if (!kind.hasIndexes()) return o;
        return kind.withIndexesAny(o, indexes.getOrDefault(schema, Map.of()).getOrDefault(o.name(), List.of()));
    }

    private static Map<String, List<Table>> withoutHistory(Map<String, List<Table>> tables) {
        tables.computeIfPresent(HISTORY_SCHEMA, (schema, list) -> list.stream()
                .filter(t -> !t.name().equals(HISTORY_TABLE) && !t.name().equals(KNOWN_FORMS_TABLE)
                        && !t.name().equals(IN_SYNC_TABLE)).toList());
        return tables;
    }

    /** A row of a kind's catalog query, for the kind to read by column name. */
    private record RecordRow(Record r) implements CatalogRow {
        @Override
        public String text(String column) {
            return r.get(column, String.class);
        }

        @Override
        public boolean bool(String column) {
            return Boolean.TRUE.equals(r.get(column, Boolean.class));
        }

        @Override
        public List<String> texts(String column) {
            String[] values = r.get(column, String[].class);
            return values == null ? List.of() : Arrays.asList(values);
        }
    }

    private ServerInfo readServer() {
        Record r = ctx.fetchOne(CatalogSql.SERVER);
        return new ServerInfo(r.get("version_num", Integer.class), r.get("version", String.class),
                java.util.Set.of(r.get("extensions", String[].class)));
    }

    private Result<Record> fetch(CatalogQueries.Query query) {
        return fetch(ctx, query);
    }

    static Result<Record> fetch(DSLContext ctx, CatalogQueries.Query query) {
        return ctx.fetch(query.sql(), query.binds());
    }

    private static <T> List<T> get(Map<String, List<T>> bySchema, String schema) {
        return bySchema.getOrDefault(schema, List.of());
    }

    private static <T> Map<String, List<T>> group(List<Record> rows, java.util.function.Function<Record, T> map) {
        Map<String, List<T>> bySchema = new TreeMap<>();
        for (Record r : rows) {
            bySchema.computeIfAbsent(r.get("schema", String.class), s -> new ArrayList<>()).add(map.apply(r));
        }
        return bySchema;
    }

    private static Extension extension(Record r) {
        return new Extension(r.get("name", String.class), r.get("version", String.class));
    }

    private static EnumType enumType(Record r) {
        return new EnumType(r.get("name", String.class), Arrays.asList(r.get("labels", String[].class)),
                r.get("comment", String.class));
    }

    /** Sequences that belong to an identity or serial column are part of that column, not of the schema. */
    private List<Record> sequenceRows(CatalogQueries.Query query) {
        return fetch(query).stream()
                .filter(r -> !"i".equals(r.get("owner_dep", String.class)))
                .filter(r -> !r.get("serial", Boolean.class))
                .map(r -> (Record) r)
                .toList();
    }

    private static Sequence sequence(Record r) {
        return new Sequence(r.get("name", String.class), r.get("type", String.class), r.get("start", Long.class),
                r.get("increment", Long.class), r.get("min_value", Long.class), r.get("max_value", Long.class),
                r.get("cache", Long.class), r.get("cycle", Boolean.class), ownedBy(r), r.get("comment", String.class));
    }

    /** "table.column", or "schema.table.column" when the owning table lives in another schema. */
    private static String ownedBy(Record r) {
        String table = r.get("owner_table", String.class);
        if (table == null) return null;
        String column = table + "." + r.get("owner_column", String.class);
        String ownerSchema = r.get("owner_schema", String.class);
        return ownerSchema.equals(r.get("schema", String.class)) ? column : ownerSchema + "." + column;
    }

    private List<ObjectRef> unmanaged(CatalogQueries.Query query) {
        return fetch(query).stream()
                .map(r -> new ObjectRef(ObjectRef.Kind.valueOf(r.get("kind", String.class)),
                        r.get("schema", String.class), r.get("table_name", String.class), r.get("name", String.class)))
                .toList();
    }
}
