package io.schemasync.kinds;

import io.schemasync.kinds.StepOut.Act;
import io.schemasync.kinds.StepOut.Risk;
import io.schemasync.model.Index;
import io.schemasync.model.IndexKey;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.TypeUse;
import io.schemasync.sql.Guard;
import io.schemasync.sql.Identifiers;
import io.schemasync.sql.SqlText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import static io.schemasync.sql.Sql.literal;
import static io.schemasync.sql.Sql.qualified;
import static io.schemasync.sql.Sql.quote;

/**
 * Materialized views: {@code CREATE MATERIALIZED VIEW name AS (query) WITH [NO] DATA}. The query is compared in the
 * server's text ({@code pg_get_viewdef}), as a view's is. PostgreSQL has no CREATE OR REPLACE for them: a new query
 * drops the materialized view and creates it again in the transaction, which runs the query to fill it under an
 * ACCESS EXCLUSIVE lock; its indexes are created again after it by the table index steps. Indexes alone are
 * compared and changed as a table's are (the diff takes them out of the comparison, see
 * {@link ObjectKind#indexes}): CREATE INDEX, CONCURRENTLY after the commit when it holds rows. {@code with_data}
 * changes with REFRESH MATERIALIZED VIEW [WITH NO DATA]. See
 * https://www.postgresql.org/docs/current/sql-creatematerializedview.html.
 */
public final class MaterializedViews implements ObjectKind<MaterializedViews.MaterializedView> {
    public static final MaterializedViews KIND = new MaterializedViews();

    private static final Set<String> KEYS = Set.of("query", "file", "indexes", "with_data", "comment", "renamed_from");

    private MaterializedViews() {}

    /**
     * @param query       the SELECT, without a trailing ';' (in the server's text once canonical)
     * @param columns     its column names as the server gives them; empty until read from a server
     * @param columnTypes the columns' types as format_type prints them; empty until read from a server
     * @param indexes     its indexes, sorted by name
     * @param withData    populated (WITH DATA, the default) or not (WITH NO DATA)
     * @param renamedFrom desired side only: its previous name; never compared
     */
    public record MaterializedView(String name, String query, List<String> columns, List<String> columnTypes,
                                   List<Index> indexes, boolean withData, String comment, String renamedFrom)
            implements io.schemasync.model.SchemaObject {
        public MaterializedView {
            Objects.requireNonNull(name, "materialized view name");
            Objects.requireNonNull(query, "materialized view query");
            columns = List.copyOf(columns);
            columnTypes = List.copyOf(columnTypes);
            indexes = indexes.stream().sorted(java.util.Comparator.comparing(Index::name)).toList();
        }

        @Override
        public ObjectRef.Kind refKind() {
            return ObjectRef.Kind.MATERIALIZED_VIEW;
        }

        MaterializedView with(List<Index> newIndexes) {
            return new MaterializedView(name, query, columns, columnTypes, newIndexes, withData, comment, renamedFrom);
        }

        /** What PostgreSQL stores: everything but a declared rename. */
        private List<Object> definition() {
            return java.util.Arrays.asList(name, query, columns, columnTypes, indexes, withData, comment);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MaterializedView m && definition().equals(m.definition());
        }

        @Override
        public int hashCode() {
            return definition().hashCode();
        }
    }

    @Override
    public String key() {
        return "materialized_views";
    }

    @Override
    public ObjectRef.Kind refKind() {
        return ObjectRef.Kind.MATERIALIZED_VIEW;
    }

    @Override
    public Class<MaterializedView> type() {
        return MaterializedView.class;
    }

    @Override
    public boolean isType() {
        return false;
    }

    @Override
    public boolean isRelation() {
        return true;
    }

    @Override
    public boolean hasIndexes() {
        return true;
    }

    @Override
    public List<Index> indexes(MaterializedView m) {
        return m.indexes();
    }

    @Override
    public MaterializedView withIndexes(MaterializedView m, List<Index> indexes) {
        return m.with(indexes);
    }

    @Override
    public Optional<String> renamedFrom(MaterializedView m) {
        return Optional.ofNullable(m.renamedFrom());
    }

    @Override
    public MaterializedView restore(MaterializedView canonical, MaterializedView desired) {
        return new MaterializedView(canonical.name(), canonical.query(), canonical.columns(), canonical.columnTypes(),
                canonical.indexes(), canonical.withData(), canonical.comment(), desired.renamedFrom());
    }

    // ---- YAML

    @Override
    public Optional<MaterializedView> read(String schema, String name, YamlIn in) {
        in.allowKeys(KEYS);
        Optional<String> written = in.text("query");
        boolean hasFile = in.text("file").isPresent();
        if (written.isPresent() && hasFile) {
            in.error("file", in.where() + " has both query and file; keep one");
            return Optional.empty();
        }
        if (written.isEmpty() && !hasFile) {
            in.error(null, in.where() + " needs a query (query: | SELECT ...) or a file (file: views/" + name + ".sql)");
            return Optional.empty();
        }
        Optional<String> fromFile = hasFile ? in.file("file") : Optional.empty();
        if (hasFile && fromFile.isEmpty()) return Optional.empty();
        String query;
        try {
            query = SqlText.requireQuery(written.orElseGet(fromFile::get));
        } catch (IllegalArgumentException e) {
            in.error(written.isPresent() ? "query" : "file", "the query of " + in.where() + ": " + e.getMessage());
            return Optional.empty();
        }
        Optional<String> renamedFrom = in.renamedFrom();
        List<Index> indexes = in.indexes("indexes");
        return Optional.of(new MaterializedView(name, query, List.of(), List.of(), indexes,
                in.bool("with_data").orElse(true), in.text("comment").filter(c -> !c.isEmpty()).orElse(null),
                renamedFrom.orElse(null)));
    }

    /** The indexes are written by the YAML writer, as a table's are ({@link #indexes}). */
    @Override
    public Map<String, Object> write(MaterializedView m) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!m.withData()) out.put("with_data", false);
        if (m.comment() != null) out.put("comment", m.comment());
        if (m.renamedFrom() != null) out.put("renamed_from", m.renamedFrom());
        out.put("query", m.query());
        return out;
    }

    // ---- catalog

    /** relispopulated is false after WITH NO DATA (or REFRESH ... WITH NO DATA). Indexes are read with the tables'. */
    @Override
    public String catalogQuery() {
        return """
                select n.nspname::text as schema, c.relname::text as name,
                       pg_catalog.pg_get_viewdef(c.oid) as query,
                       array(select a.attname::text from pg_catalog.pg_attribute a
                             where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped order by a.attnum) as columns,
                       array(select pg_catalog.format_type(a.atttypid, a.atttypmod) from pg_catalog.pg_attribute a
                             where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped order by a.attnum) as column_types,
                       c.relispopulated as with_data,
                       d.description as comment
                from pg_catalog.pg_class c
                join pg_catalog.pg_namespace n on n.oid = c.relnamespace
                left join pg_catalog.pg_description d on d.objoid = c.oid
                     and d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass and d.objsubid = 0
                where c.relkind = 'm' and n.nspname::text = any(?)
                  and not exists (select 1 from pg_catalog.pg_depend x
                                  where x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                    and x.objid = c.oid and x.deptype = 'e')
                order by n.nspname, c.relname""";
    }

    @Override
    public MaterializedView fromCatalog(CatalogRow row) {
        String query = SqlText.trim(row.text("query"));
        if (query.endsWith(";")) query = SqlText.trim(query.substring(0, query.length() - 1));
        return new MaterializedView(row.text("name"), query, row.texts("columns"), row.texts("column_types"),
                List.of(), row.bool("with_data"), row.text("comment"), null);
    }

    @Override
    public MaterializedView mapSql(MaterializedView m, UnaryOperator<String> types, UnaryOperator<String> expressions) {
        UnaryOperator<String> e = s -> s == null ? null : expressions.apply(s);
        List<Index> indexes = m.indexes().stream().map(ix -> new Index(ix.name(), ix.unique(), ix.method(),
                ix.keys().stream().map(k -> k.column() ? k : new IndexKey(e.apply(k.expression()), false,
                        k.collation(), k.opclass(), k.descending(), k.nullsFirst())).toList(),
                ix.include(), e.apply(ix.where()), ix.nullsNotDistinct(), ix.comment(), ix.storage())).toList();
        return new MaterializedView(m.name(), expressions.apply(m.query()), m.columns(),
                m.columnTypes().stream().map(types).toList(), indexes, m.withData(), m.comment(), m.renamedFrom());
    }

    /** What the query reads, as a view's ({@link Views#relationsRead}). */
    @Override
    public Set<ObjectRef> dependsOn(String schema, MaterializedView m) {
        return Views.relationsRead(m.query(), m.name());
    }

    @Override
    public Set<ObjectRef> columnsRead(String schema, MaterializedView m) {
        return Views.columnsRead(m.query(), dependsOn(schema, m));
    }

    /** Any new query (or new columns) drops it and creates it again: there is no CREATE OR REPLACE. */
    @Override
    public boolean recreates(MaterializedView from, MaterializedView to) {
        return !from.query().equals(to.query()) || !from.columns().equals(to.columns())
                || !from.columnTypes().equals(to.columnTypes());
    }

    @Override
    public String whileRead() {
        return "drop it while they exist, and a materialized view has no CREATE OR REPLACE (change or drop those"
                + " views in the same plan, or leave its query as it is)";
    }

    // ---- steps

    @Override
    public void create(String schema, MaterializedView m, StepOut out) {
        String name = qualified(schema, m.name());
        StepOut.Step step = out.step(Act.CREATE, m.withData() ? "create" : "create (with no data)")
                .sql(createStatement(name, m, false), createStatement(name, m, true));
        if (m.comment() != null) step.sql(comment(name, m.comment()));
    }

    private static String createStatement(String name, MaterializedView m, boolean ifNotExists) {
        return "CREATE MATERIALIZED VIEW " + (ifNotExists ? "IF NOT EXISTS " : "") + name + " AS (\n"
                + SqlText.requireQuery(m.query()) + "\n)" + (m.withData() ? " WITH DATA" : " WITH NO DATA");
    }

    private static String comment(String name, String text) {
        return "COMMENT ON MATERIALIZED VIEW " + name + " IS " + literal(text);
    }

    @Override
    public void alter(String schema, MaterializedView from, MaterializedView to, List<TypeUse> usedBy, StepOut out) {
        String name = qualified(schema, to.name());
        List<String> what = new ArrayList<>();
        List<String> sql = new ArrayList<>();
        String rename = null;
        if (!from.name().equals(to.name())) {
            what.add("rename from " + from.name());
            rename = "ALTER MATERIALIZED VIEW " + qualified(schema, from.name()) + " RENAME TO " + quote(to.name());
        }
        boolean recreated = recreates(from, to);
        boolean refreshed = !recreated && from.withData() != to.withData();
        if (recreated) {
            what.add("new query (drop and create" + (to.withData() ? "" : " with no data") + ")");
            sql.add("DROP MATERIALIZED VIEW " + name);
            sql.add(createStatement(name, to, false));
            if (to.comment() != null && Objects.equals(from.comment(), to.comment())) sql.add(comment(name, to.comment()));
        } else if (refreshed) {
            what.add(to.withData() ? "refresh (with data)" : "empty (with no data)");
            sql.add("REFRESH MATERIALIZED VIEW " + name + (to.withData() ? "" : " WITH NO DATA"));
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            what.add(to.comment() == null ? "remove comment" : "comment " + literal(to.comment()));
            sql.add(comment(name, to.comment()));
        }
        StepOut.Step step = out.step(Act.ALTER, String.join(", ", what));
        if (rename != null) step.sql(rename, Guard.doIf(Guard.relation(schema, from.name()) + " IS NOT NULL AND "
                + Guard.relation(schema, to.name()) + " IS NULL", rename));
        sql.forEach(step::sql);
        String live = qualified(schema, from.name());
        if (recreated && to.withData() || refreshed && to.withData()) {
            step.risk(Risk.LOCKS_TABLE, (recreated ? "created anew, with its indexes: " : "") + "the query runs to"
                    + " fill it, which takes as long as the query does, while ACCESS EXCLUSIVE on it blocks every"
                    + " read of it until the commit");
            if (from.withData()) step.rows(estimate(schema, from.name()), "{n} rows now, by the server's estimate");
        } else if (recreated) {
            step.risk(Risk.NOTE, "created anew, with its indexes, and with no data: queries of it fail until"
                    + " REFRESH MATERIALIZED VIEW " + live + " runs");
        } else if (refreshed) {
            step.risk(Risk.NOTE, "its rows are thrown away: queries of it fail until REFRESH MATERIALIZED VIEW runs");
        }
        if (recreated) {
            step.risk(Risk.PRIVILEGES_LOST, "privileges granted on it are lost (grant them again), and the role that applies"
                    + " owns it");
        }
    }

    /** reltuples: what ANALYZE, VACUUM or CREATE INDEX last counted; -1 (0 before PostgreSQL 14) when never. */
    private static String estimate(String schema, String name) {
        return "SELECT coalesce((SELECT GREATEST(c.reltuples, 0)::bigint FROM pg_catalog.pg_class c"
                + " WHERE c.oid = " + Guard.relation(schema, name) + "), 0)";
    }

    /** A query the server rejects (a column it reads is gone): the line of the query in the YAML, and where in it. */
    @Override
    public Optional<Rejection> locate(MaterializedView m, String statement, int offset, String where) {
        return Views.inQuery(m.query(), statement, offset);
    }

    @Override
    public boolean canReattach() {
        return true;
    }

    @Override
    public String dropStatement(String schema, MaterializedView m, boolean ifExists) {
        return "DROP MATERIALIZED VIEW " + (ifExists ? "IF EXISTS " : "") + qualified(schema, m.name());
    }

    @Override
    public Set<String> describedAs(String schema, MaterializedView m) {
        return Set.of("materialized view " + io.schemasync.sql.Identifiers.display(m.name()),
                "materialized view " + io.schemasync.sql.Identifiers.display(schema) + "."
                        + io.schemasync.sql.Identifiers.display(m.name()));
    }

    /** Created again, it runs its query to fill itself, under ACCESS EXCLUSIVE until the commit. */
    @Override
    public void reattach(String schema, MaterializedView m, StepOut out) {
        String name = qualified(schema, m.name());
        StepOut.Step step = out.step(Act.CREATE, m.withData() ? "create" : "create (with no data)")
                .sql(createStatement(name, m, false), createStatement(name, m, true));
        if (m.comment() != null) step.sql(comment(name, m.comment()));
        if (m.withData()) {
            step.risk(Risk.LOCKS_TABLE, "created anew, with its indexes: the query runs to fill it, which takes as"
                    + " long as the query does, while ACCESS EXCLUSIVE on it blocks every read of it until the commit");
            step.rows(estimate(schema, m.name()), "{n} rows now, by the server's estimate");
        } else {
            step.risk(Risk.NOTE, "created anew, with its indexes, and with no data: queries of it fail until"
                    + " REFRESH MATERIALIZED VIEW " + name + " runs");
        }
    }

    @Override
    public void drop(String schema, MaterializedView m, List<TypeUse> usedBy, StepOut out) {
        String name = qualified(schema, m.name());
        out.step(Act.DROP, "drop")
                .risk(Risk.DESTRUCTIVE, "drops the materialized view, its indexes and its stored rows (queries that"
                        + " use it fail)")
                .rows(estimate(schema, m.name()), "{n} rows by the server's estimate")
                .sql("DROP MATERIALIZED VIEW " + name, "DROP MATERIALIZED VIEW IF EXISTS " + name);
    }
}
