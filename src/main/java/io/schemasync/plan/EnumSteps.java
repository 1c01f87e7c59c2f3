package io.schemasync.plan;

import io.schemasync.diff.Change.EnumColumn;
import io.schemasync.diff.Change.RecreateEnum;
import io.schemasync.plan.Step.Action;
import io.schemasync.model.ObjectRef;
import io.schemasync.sql.Guard;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.schemasync.plan.StepBuilder.alterTable;
import static io.schemasync.sql.Sql.literal;
import static io.schemasync.sql.Sql.qualified;
import static io.schemasync.sql.Sql.quote;

/**
 * An enum made again because labels are removed or reordered, all in the transaction: the old type steps aside
 * under a temporary name, the new one takes the name, each table converts its columns in one ALTER TABLE (one
 * rewrite, under ACCESS EXCLUSIVE) through text, and the old type is dropped. Defaults are of the old type, so they
 * are dropped first and set again. A removed label held by a row becomes NULL (removed from an array): refused
 * unless --allow-destructive, and always for a NOT NULL column.
 */
final class EnumSteps {
    private EnumSteps() {}

    static Draft recreate(RecreateEnum c, Tables tables, List<ObjectRef> dropped) {
        List<String> removed = c.removed();
        Draft d = new Draft(c, Action.ALTER, summary(c));
        String name = qualified(c.schema(), c.to().name());
        String aside = temporaryName(c.to().name());
        List<String> sql = new ArrayList<>();
        sql.add("ALTER TYPE " + name + " RENAME TO " + quote(aside));
        sql.add(Ddl.createEnum(c.schema(), c.to()));
        Map<String, List<EnumColumn>> byTable = new LinkedHashMap<>();
        c.columns().forEach(col -> byTable.computeIfAbsent(qualified(col.schema(), col.table()), k -> new ArrayList<>()).add(col));
        for (EnumColumn col : c.columns()) {
            if (col.hadDefault()) sql.add(alterColumn(col) + " DROP DEFAULT");
        }
        byTable.forEach((table, cols) -> sql.add("ALTER TABLE " + table + " " + String.join(", ", cols.stream()
                .map(col -> "ALTER COLUMN " + quote(col.column()) + " TYPE " + name + (col.array() ? "[]" : "")
                        + " USING " + conversion(col, name, removed)).toList())));
        for (EnumColumn col : c.columns()) {
            if (col.defaultExpr() != null) sql.add(alterColumn(col) + " SET DEFAULT " + Ddl.expression(col.defaultExpr()));
        }
        sql.add("DROP TYPE " + qualified(c.schema(), aside));
        if (c.to().comment() != null) sql.add(Ddl.comment("TYPE", name, c.to().comment()));
        sql.forEach(d::applyOnly);
        // The replayable script makes the type again only while its labels are not yet the YAML's.
        d.scriptOnly(Guard.doIf("(SELECT pg_catalog.array_agg(e.enumlabel::text ORDER BY e.enumsortorder) FROM"
                + " pg_catalog.pg_enum e WHERE e.enumtypid = pg_catalog.to_regtype(" + literal(name) + "))"
                + " IS DISTINCT FROM ARRAY[" + labels(c.to().values()) + "]::text[]", String.join(";\n", sql)));
        hazards(d, c, tables);
        checks(d, c, removed, dropped);
        return d;
    }

    private static String summary(RecreateEnum c) {
        List<String> removed = c.removed();
        List<String> added = c.to().values().stream().filter(v -> !c.from().values().contains(v)).toList();
        String what = removed.isEmpty() ? "reorder values" : "remove value" + (removed.size() == 1 ? " " : "s ")
                + labels(removed);
        if (!added.isEmpty()) what += ", add " + labels(added);
        int n = c.columns().size();
        return what + " (type made again" + (n == 0 ? "" : ", " + n + (n == 1 ? " column" : " columns") + " converted")
                + ")";
    }

    private static String labels(List<String> values) {
        return String.join(", ", values.stream().map(io.schemasync.sql.Sql::literal).toList());
    }

    private static String alterColumn(EnumColumn col) {
        return alterTable(col.schema(), col.table()) + " ALTER COLUMN " + quote(col.column());
    }

    /** Through text: labels are matched by name. A removed label becomes NULL, or leaves the array. */
    private static String conversion(EnumColumn col, String type, List<String> removed) {
        String column = quote(col.column());
        if (col.array()) {
            String text = column + "::text[]";
            for (String label : removed) text = "pg_catalog.array_remove(" + text + ", " + literal(label) + ")";
            return text + "::" + type + "[]";
        }
        if (removed.isEmpty() || !col.nullable()) return column + "::text::" + type;
        return "CASE WHEN " + column + "::text IN (" + labels(removed) + ") THEN NULL ELSE " + column + "::text::"
                + type + " END";
    }

    /** The old type's name while the new one is made: within PostgreSQL's 63 bytes, never cut inside a character. */
    static String temporaryName(String name) {
        String aside = "schemasync_old_" + name;
        while (aside.getBytes(StandardCharsets.UTF_8).length > 63) {
            aside = aside.substring(0, aside.offsetByCodePoints(aside.length(), -1));
        }
        return aside;
    }

    private static void hazards(Draft d, RecreateEnum c, Tables tables) {
        if (!c.blockers().isEmpty()) {
            d.hazard(Hazard.Kind.UNSUPPORTED, "PostgreSQL cannot convert the type's columns or drop the old type while "
                    + String.join(", ", c.blockers()) + (c.blockers().size() == 1 ? " uses" : " use") + " it; change "
                    + (c.blockers().size() == 1 ? "it" : "them") + " in a deploy of its own first, or keep the labels");
        }
        List<String> rewritten = c.columns().stream().filter(col -> tables.hasRows(col.schema(), col.table()))
                .map(col -> col.schema() + "." + col.table()).distinct().toList();
        if (!rewritten.isEmpty()) {
            d.hazard(Hazard.Kind.REWRITES_TABLE, "rewrites " + String.join(", ", rewritten) + " under an ACCESS"
                    + " EXCLUSIVE lock to convert the column" + (c.columns().size() == 1 ? "" : "s"));
        }
        if (rewritten.size() == 1) {
            EnumColumn col = c.columns().stream().filter(x -> tables.hasRows(x.schema(), x.table())).findFirst().orElseThrow();
            ColumnSteps.rewriteFigures(d, io.schemasync.sql.Sql.qualified(col.schema(), col.liveTable()));
        }
    }

    private static void checks(Draft d, RecreateEnum c, List<String> removed, List<ObjectRef> dropped) {
        for (EnumColumn col : c.columns()) {
            if (removed.isEmpty()) break;
            String table = qualified(col.schema(), col.liveTable());
            String column = quote(col.liveColumn());
            String where = col.array() ? column + "::text[] && ARRAY[" + labels(removed) + "]"
                    : column + "::text IN (" + labels(removed) + ")";
            String count = "SELECT count(*) FROM " + table + " WHERE " + where;
            String path = col.schema() + "." + col.table() + "." + col.column();
            String held = "{n} rows have " + labels(removed) + " in " + path;
            if (!col.array() && !col.nullable()) {
                d.check(count, held + ", a label the type no longer has; the column is NOT NULL, so they cannot become"
                        + " NULL (update them first: UPDATE " + table + " SET " + column + " = <a kept value> WHERE "
                        + where + ")");
            } else {
                String becomes = col.array() ? "the label is taken out of the arrays" : "set to NULL";
                d.lossCheck(count, held + ", a label the type no longer has: " + becomes + " (update them first: UPDATE "
                        + table + " SET " + column + " = ... WHERE " + where + ", or run with --allow-destructive)",
                        held + ": " + becomes);
            }
        }
        d.check(otherUses(c, dropped), "{n} other objects use type " + c.schema() + "." + c.to().name() + " (views, functions,"
                + " domains, composite types, checks or indexes); PostgreSQL cannot drop the old type while they do"
                + " (change them in a deploy of their own first, or keep the labels)");
    }

    /**
     * Everything that depends on the type or its array type besides the columns converted here and their defaults:
     * what would make the DROP of the old type fail, also outside the managed schemas.
     */
    private static String pair(String schema, String table, String column) {
        return "(" + Guard.relation(schema, table) + "::pg_catalog.oid, " + literal(column) + "::pg_catalog.name)";
    }

    /** ... and besides the views and materialized views ({@code dropped}) that the plan drops before it. */
    private static String otherUses(RecreateEnum c, List<ObjectRef> dropped) {
        // Names, not regtype/regclass constants: the preflight runs as a temporary view, which would depend on them.
        String type = "SELECT t.oid FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"
                + " WHERE n.nspname = " + literal(c.schema()) + " AND t.typname = " + literal(c.from().name());
        List<String> pairs = new ArrayList<>();
        c.columns().forEach(col -> pairs.add(pair(col.schema(), col.liveTable(), col.liveColumn())));
        c.released().forEach(col -> pairs.add(pair(col.schema(), col.table(), col.name())));
        String columns = pairs.isEmpty() ? "(NULL::pg_catalog.oid, NULL::pg_catalog.name)" : String.join(", ", pairs);
        String converted = "SELECT a.attrelid, a.attnum FROM pg_catalog.pg_attribute a WHERE (a.attrelid, a.attname)"
                + " IN (" + columns + ")";
        return "SELECT count(*) FROM pg_catalog.pg_depend d WHERE d.refclassid = 'pg_catalog.pg_type'::pg_catalog.regclass"
                + " AND d.deptype = 'n' AND d.refobjid IN (" + type + " UNION ALL SELECT t.typarray FROM"
                + " pg_catalog.pg_type t WHERE t.oid IN (" + type + "))"
                + " AND NOT (d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND (d.objid, d.objsubid::int2) IN ("
                + converted + "))"
                + " AND NOT (d.classid = 'pg_catalog.pg_attrdef'::pg_catalog.regclass AND d.objid IN (SELECT ad.oid"
                + " FROM pg_catalog.pg_attrdef ad WHERE (ad.adrelid, ad.adnum) IN (" + converted + ")))"
                + (dropped.isEmpty() ? "" : droppedFirst(dropped));
    }

    /** A view's columns depend on the types they show, its rewrite rule on what its query reads. */
    private static String droppedFirst(List<ObjectRef> dropped) {
        String relations = String.join(", ", dropped.stream().map(v -> Guard.relation(v.schema(), v.name())).toList());
        return " AND NOT (d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid IN (" + relations + "))"
                + " AND NOT (d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND d.objid IN (SELECT r.oid"
                + " FROM pg_catalog.pg_rewrite r WHERE r.ev_class IN (" + relations + ")))";
    }
}
