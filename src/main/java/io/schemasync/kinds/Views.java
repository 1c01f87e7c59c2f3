package io.schemasync.kinds;

import io.schemasync.kinds.StepOut.Act;
import io.schemasync.kinds.StepOut.Risk;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.SchemaObject;
import io.schemasync.model.TypeUse;
import io.schemasync.sql.Guard;
import io.schemasync.sql.Identifiers;
import io.schemasync.sql.Sql;
import io.schemasync.sql.SqlText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * Views: {@code CREATE VIEW name (columns) WITH (options) AS (query)}. The query is compared in the server's own
 * text ({@code pg_get_viewdef}), which canonicalization produces for the YAML's query too. A new query that keeps
 * the view's columns (same names and types, new ones only at the end) is {@code CREATE OR REPLACE VIEW}, which
 * keeps whatever depends on the view; any other is a drop and a create in the same transaction. Options change
 * with {@code ALTER VIEW ... SET / RESET}. See https://www.postgresql.org/docs/current/sql-createview.html.
 */
public final class Views implements ObjectKind<Views.View> {
    public static final Views KIND = new Views();

    private static final Set<String> KEYS = Set.of("query", "file", "columns", "check_option", "security_barrier",
            "security_invoker", "comment", "triggers", "renamed_from");
    private static final Set<String> CHECK_OPTIONS = Set.of("local", "cascaded");

    private Views() {}

    /**
     * @param query       the SELECT, without a trailing ';' (in the server's text once canonical)
     * @param columns     the view's column names; empty in YAML that does not list them (they come from the query)
     * @param columnTypes the columns' types as format_type prints them; empty until read from a server
     * @param checkOption null, "local" or "cascaded"
     * @param renamedFrom desired side only: its previous name ({@code ALTER VIEW ... RENAME}); never compared
     */
    public record View(String name, String query, List<String> columns, List<String> columnTypes, String checkOption,
                       boolean securityBarrier, boolean securityInvoker, String comment, String renamedFrom)
            implements SchemaObject {
        public View {
            Objects.requireNonNull(name, "view name");
            Objects.requireNonNull(query, "view query");
            columns = List.copyOf(columns);
            columnTypes = List.copyOf(columnTypes);
        }

        public View(String name, String query, List<String> columns, List<String> columnTypes, String checkOption,
                    boolean securityBarrier, boolean securityInvoker, String comment) {
            this(name, query, columns, columnTypes, checkOption, securityBarrier, securityInvoker, comment, null);
        }

        /** What PostgreSQL stores: everything but a declared rename. */
        private List<Object> definition() {
            return java.util.Arrays.asList(name, query, columns, columnTypes, checkOption, securityBarrier,
                    securityInvoker, comment);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof View v && definition().equals(v.definition());
        }

        @Override
        public int hashCode() {
            return definition().hashCode();
        }

        @Override
        public ObjectRef.Kind refKind() {
            return ObjectRef.Kind.VIEW;
        }

        @Override
        public Map<String, Integer> newerServerFeatures() {
            return securityInvoker ? Map.of("security_invoker", 15) : Map.of();
        }
    }

    @Override
    public String key() {
        return "views";
    }

    @Override
    public ObjectRef.Kind refKind() {
        return ObjectRef.Kind.VIEW;
    }

    @Override
    public Class<View> type() {
        return View.class;
    }

    @Override
    public boolean isType() {
        return false;
    }

    @Override
    public boolean isRelation() {
        return true;
    }

    // ---- YAML

    @Override
    public Optional<View> read(String schema, String name, YamlIn in) {
        in.allowKeys(KEYS);
        Optional<String> written = in.text("query");
        // Whether file: is there, before reading it: a file that cannot be read is reported on its own.
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
        String key = written.isPresent() ? "query" : "file";
        String query;
        try {
            query = SqlText.requireQuery(written.orElseGet(fromFile::get));
        } catch (IllegalArgumentException e) {
            in.error(key, "the query of " + in.where() + ": " + e.getMessage());
            return Optional.empty();
        }
        List<String> columns = in.texts("columns").orElse(List.of());
        for (String column : columns) {
            String problem = Identifiers.lengthProblem(column);
            if (problem != null) in.error("columns", "column name \"" + column + "\" of " + in.where() + " " + problem);
        }
        if (new LinkedHashSet<>(columns).size() != columns.size()) {
            in.error("columns", "columns of " + in.where() + " name a column twice");
        }
        Optional<String> check = in.text("check_option").map(String::strip).map(String::toLowerCase);
        if (check.isPresent() && !CHECK_OPTIONS.contains(check.get())) {
            in.error("check_option", "check_option of " + in.where() + " must be local or cascaded, not \""
                    + check.get() + "\"");
            return Optional.empty();
        }
        Optional<String> renamedFrom = in.renamedFrom();
        return Optional.of(new View(name, query, columns, List.of(), check.orElse(null),
                in.bool("security_barrier").orElse(false), in.bool("security_invoker").orElse(false),
                in.text("comment").filter(c -> !c.isEmpty()).orElse(null), renamedFrom.orElse(null)));
    }

    @Override
    public Optional<String> renamedFrom(View v) {
        return Optional.ofNullable(v.renamedFrom());
    }

    @Override
    public View restore(View canonical, View desired) {
        return new View(canonical.name(), canonical.query(), canonical.columns(), canonical.columnTypes(),
                canonical.checkOption(), canonical.securityBarrier(), canonical.securityInvoker(), canonical.comment(),
                desired.renamedFrom());
    }

    @Override
    public Map<String, Object> write(View v) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (v.checkOption() != null) out.put("check_option", v.checkOption());
        if (v.securityBarrier()) out.put("security_barrier", true);
        if (v.securityInvoker()) out.put("security_invoker", true);
        if (v.comment() != null) out.put("comment", v.comment());
        if (v.renamedFrom() != null) out.put("renamed_from", v.renamedFrom());
        out.put("query", v.query());
        return out;
    }

    // ---- catalog

    /**
     * pg_get_viewdef prints the query the server keeps (ending in ';'); the options are reloptions
     * (security_invoker exists from PostgreSQL 15; reading reloptions works on every version).
     */
    @Override
    public String catalogQuery() {
        return """
                select n.nspname::text as schema, c.relname::text as name,
                       pg_catalog.pg_get_viewdef(c.oid) as query,
                       array(select a.attname::text from pg_catalog.pg_attribute a
                             where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped order by a.attnum) as columns,
                       array(select pg_catalog.format_type(a.atttypid, a.atttypmod) from pg_catalog.pg_attribute a
                             where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped order by a.attnum) as column_types,
                       (select o.option_value from pg_catalog.pg_options_to_table(c.reloptions) o
                        where o.option_name = 'check_option') as check_option,
                       coalesce((select o.option_value::boolean from pg_catalog.pg_options_to_table(c.reloptions) o
                                 where o.option_name = 'security_barrier'), false) as security_barrier,
                       coalesce((select o.option_value::boolean from pg_catalog.pg_options_to_table(c.reloptions) o
                                 where o.option_name = 'security_invoker'), false) as security_invoker,
                       d.description as comment
                from pg_catalog.pg_class c
                join pg_catalog.pg_namespace n on n.oid = c.relnamespace
                left join pg_catalog.pg_description d on d.objoid = c.oid
                     and d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass and d.objsubid = 0
                where c.relkind = 'v' and n.nspname::text = any(?)
                  and not exists (select 1 from pg_catalog.pg_depend x
                                  where x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                    and x.objid = c.oid and x.deptype = 'e')
                order by n.nspname, c.relname""";
    }

    @Override
    public View fromCatalog(CatalogRow row) {
        String query = SqlText.trim(row.text("query"));
        if (query.endsWith(";")) query = SqlText.trim(query.substring(0, query.length() - 1));
        return new View(row.text("name"), query, row.texts("columns"), row.texts("column_types"),
                row.text("check_option"), row.bool("security_barrier"), row.bool("security_invoker"),
                row.text("comment"));
    }

    @Override
    public View mapSql(View v, UnaryOperator<String> types, UnaryOperator<String> expressions) {
        return new View(v.name(), expressions.apply(v.query()), v.columns(), v.columnTypes().stream().map(types).toList(),
                v.checkOption(), v.securityBarrier(), v.securityInvoker(), v.comment(), v.renamedFrom());
    }

    /**
     * The relations the query names (tables and views) and the functions it calls, found by the lexer: a superset
     * (a column named like a table counts too), which only ever adds an order that is not needed.
     */
    @Override
    public Set<ObjectRef> dependsOn(String schema, View v) {
        return relationsRead(v.query(), v.name());
    }

    /** Every word of the query as a column of every relation it names: see {@link #dependsOn}. */
    @Override
    public Set<ObjectRef> columnsRead(String schema, View v) {
        return columnsRead(v.query(), dependsOn(schema, v));
    }

    /**
     * The relations a query names (tables, views, materialized views) and the functions it calls, found by the
     * lexer: a superset (a column named like a table counts too), which only ever adds an order that is not needed.
     */
    static Set<ObjectRef> relationsRead(String query, String self) {
        Set<ObjectRef> out = new LinkedHashSet<>();
        for (List<String> name : SqlText.names(query)) {
            if (name.size() == 1) out.add(ObjectRef.of(ObjectRef.Kind.TABLE, null, name.get(0)));
            else out.add(ObjectRef.of(ObjectRef.Kind.TABLE, name.get(name.size() - 2), name.get(name.size() - 1)));
        }
        out.remove(ObjectRef.of(ObjectRef.Kind.TABLE, null, self));
        out.addAll(Functions.calls(query));
        return out;
    }

    /** Every word of the query as a column of every relation in {@code relations}. */
    static Set<ObjectRef> columnsRead(String query, Set<ObjectRef> relations) {
        Set<String> words = new LinkedHashSet<>();
        for (List<String> name : SqlText.names(query)) words.add(name.get(name.size() - 1));
        Set<ObjectRef> out = new LinkedHashSet<>();
        for (ObjectRef relation : relations) {
            for (String word : words) {
                out.add(ObjectRef.inTable(ObjectRef.Kind.COLUMN, relation.schema(), relation.name(), word));
            }
        }
        return out;
    }

    /** Where the server's error lies in a query the statement holds (the whole query when it gave no position). */
    static Optional<Rejection> inQuery(String query, String statement, int offset) {
        int start = statement.indexOf(query);
        if (start < 0 || offset < start || offset >= start + query.length()) {
            return Optional.of(new Rejection("query", "the query"));
        }
        String before = query.substring(0, offset - start);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = before.length() - before.lastIndexOf('\n');
        return Optional.of(new Rejection("query", "line " + line + ", column " + column + " of the query"));
    }

    @Override
    public boolean recreates(View from, View to) {
        return queryChanged(from, to) && !keepsColumns(from, to);
    }

    @Override
    public String whileRead() {
        return "drop it while they exist, and its columns change, which CREATE OR REPLACE cannot do (keep the names"
                + " and types of its columns and add new ones at the end, or drop those views in the same plan)";
    }

    private static boolean queryChanged(View from, View to) {
        return !from.query().equals(to.query()) || !from.columns().equals(to.columns())
                || !from.columnTypes().equals(to.columnTypes());
    }

    // ---- steps

    @Override
    public void create(String schema, View v, StepOut out) {
        String name = qualified(schema, v.name());
        StepOut.Step step = out.step(Act.CREATE, "create (" + columns(v) + ")")
                .sql(createView(name, v, false), createView(name, v, true));
        if (v.comment() != null) step.sql(comment(name, v.comment()));
    }

    private static String columns(View v) {
        int n = v.columns().size();
        return n == 0 ? "view" : n == 1 ? "1 column" : n + " columns";
    }

    private static String createView(String name, View v, boolean orReplace) {
        StringBuilder sql = new StringBuilder(orReplace ? "CREATE OR REPLACE VIEW " : "CREATE VIEW ").append(name);
        if (!v.columns().isEmpty()) sql.append(" (").append(String.join(", ", v.columns().stream().map(Sql::quote).toList())).append(')');
        List<String> options = options(v);
        if (!options.isEmpty()) sql.append(" WITH (").append(String.join(", ", options)).append(')');
        return sql.append(" AS (\n").append(SqlText.requireQuery(v.query())).append("\n)").toString();
    }

    private static List<String> options(View v) {
        List<String> out = new ArrayList<>();
        if (v.checkOption() != null) out.add("check_option = " + v.checkOption());
        if (v.securityBarrier()) out.add("security_barrier = true");
        if (v.securityInvoker()) out.add("security_invoker = true");
        return out;
    }

    private static String comment(String name, String text) {
        return "COMMENT ON VIEW " + name + " IS " + literal(text);
    }

    @Override
    public void alter(String schema, View from, View to, List<TypeUse> usedBy, StepOut out) {
        String name = qualified(schema, to.name());
        List<String> what = new ArrayList<>();
        List<String> sql = new ArrayList<>();
        String rename = null;
        if (!from.name().equals(to.name())) {
            what.add("rename from " + from.name());
            rename = "ALTER VIEW " + qualified(schema, from.name()) + " RENAME TO " + quote(to.name());
        }
        boolean queryChanged = queryChanged(from, to);
        if (queryChanged && keepsColumns(from, to)) {
            List<String> added = to.columns().subList(from.columns().size(), to.columns().size());
            what.add(added.isEmpty() ? "new query (columns kept)"
                    : "new query (columns kept, " + String.join(", ", added) + " added at the end)");
            sql.add(createView(name, withOptionsOf(to, from), true));
        } else if (queryChanged) {
            what.add("new query (columns changed: drop and create)");
            sql.add("DROP VIEW " + name);
            sql.add(createView(name, withOptionsOf(to, from), false));
            if (from.comment() != null && Objects.equals(from.comment(), to.comment())) sql.add(comment(name, to.comment()));
        }
        optionChanges(name, from, to, what, sql);
        if (!Objects.equals(from.comment(), to.comment())) {
            what.add(to.comment() == null ? "remove comment" : "comment " + literal(to.comment()));
            sql.add(comment(name, to.comment()));
        }
        StepOut.Step step = out.step(Act.ALTER, String.join(", ", what));
        if (rename != null) step.sql(rename, Guard.doIf(Guard.relation(schema, from.name()) + " IS NOT NULL AND "
                + Guard.relation(schema, to.name()) + " IS NULL", rename));
        sql.forEach(step::sql);
        // A new view has no privileges but its owner's (the plan grants them again where the YAML gives them).
        if (queryChanged && !keepsColumns(from, to)) {
            step.risk(Risk.PRIVILEGES_LOST, "the view is created anew: privileges granted on it are lost (grant them again),"
                    + " and the role that applies owns it");
        }
    }

    /** Same names and types for the columns the view has, new ones only at the end: OR REPLACE can do it. */
    private static boolean keepsColumns(View from, View to) {
        return to.columns().size() >= from.columns().size()
                && to.columns().subList(0, from.columns().size()).equals(from.columns())
                && to.columnTypes().size() >= from.columnTypes().size()
                && to.columnTypes().subList(0, from.columnTypes().size()).equals(from.columnTypes());
    }

    /** The new view with the old options: options change afterwards with SET / RESET, each shown. */
    private static View withOptionsOf(View to, View from) {
        return new View(to.name(), to.query(), to.columns(), to.columnTypes(), from.checkOption(),
                from.securityBarrier(), from.securityInvoker(), to.comment(), to.renamedFrom());
    }

    private static void optionChanges(String name, View from, View to, List<String> what, List<String> sql) {
        List<String> set = new ArrayList<>();
        List<String> reset = new ArrayList<>();
        if (!Objects.equals(from.checkOption(), to.checkOption())) {
            if (to.checkOption() == null) reset.add("check_option");
            else set.add("check_option = " + to.checkOption());
            what.add("check option " + (to.checkOption() == null ? "none" : to.checkOption()));
        }
        if (from.securityBarrier() != to.securityBarrier()) {
            if (to.securityBarrier()) set.add("security_barrier = true");
            else reset.add("security_barrier");
            what.add("security_barrier " + to.securityBarrier());
        }
        if (from.securityInvoker() != to.securityInvoker()) {
            if (to.securityInvoker()) set.add("security_invoker = true");
            else reset.add("security_invoker");
            what.add("security_invoker " + to.securityInvoker());
        }
        if (!set.isEmpty()) sql.add("ALTER VIEW " + name + " SET (" + String.join(", ", set) + ")");
        if (!reset.isEmpty()) sql.add("ALTER VIEW " + name + " RESET (" + String.join(", ", reset) + ")");
    }

    /** A query the server rejects (a column it reads is gone): the line of the query in the YAML, and where in it. */
    @Override
    public Optional<Rejection> locate(View v, String statement, int offset, String where) {
        return Views.inQuery(v.query(), statement, offset);
    }

    @Override
    public boolean canReattach() {
        return true;
    }

    @Override
    public String dropStatement(String schema, View v, boolean ifExists) {
        return "DROP VIEW " + (ifExists ? "IF EXISTS " : "") + qualified(schema, v.name());
    }

    /** As pg_describe_object names a view: what a function's live dependents list says of it. */
    @Override
    public Set<String> describedAs(String schema, View v) {
        return Set.of("view " + io.schemasync.sql.Identifiers.display(v.name()),
                "view " + io.schemasync.sql.Identifiers.display(schema) + "." + io.schemasync.sql.Identifiers.display(v.name()));
    }

    @Override
    public void drop(String schema, View v, List<TypeUse> usedBy, StepOut out) {
        String name = qualified(schema, v.name());
        out.step(Act.DROP, "drop").risk(Risk.DESTRUCTIVE, "drops the view (it holds no data; queries that use it fail)")
                .sql("DROP VIEW " + name, "DROP VIEW IF EXISTS " + name);
    }
}
