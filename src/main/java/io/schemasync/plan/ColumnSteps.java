package io.schemasync.plan;

import io.schemasync.kinds.NewType;
import io.schemasync.sql.Sql;
import io.schemasync.sql.Guard;

import io.schemasync.diff.Change.AddColumn;
import io.schemasync.diff.Change.AlterColumn;
import io.schemasync.diff.Change.ColumnAspect;
import io.schemasync.model.Column;
import io.schemasync.model.TypeNames;
import io.schemasync.plan.Hazard.Kind;
import io.schemasync.plan.Step.Action;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static io.schemasync.sql.Sql.literal;
import static io.schemasync.sql.Sql.qualified;
import static io.schemasync.sql.Sql.quote;
import static io.schemasync.plan.StepBuilder.alterTable;

/** ADD COLUMN and ALTER COLUMN, with what each costs on a table that has rows. */
final class ColumnSteps {
    private ColumnSteps() {}

    static Draft add(AddColumn c, boolean newTable, NewTypes newTypes) {
        Column col = c.column();
        String table = alterTable(c.schema(), c.table());
        Draft d = new Draft(c, Action.CREATE, "add (" + TypeNames.display(col.type())
                + (col.nullable() ? ", nullable" : ", not null") + (col.defaultExpr() != null ? ", default " + col.defaultExpr() : "") + ")")
                .sql(table + " ADD COLUMN " + Ddl.column(col), table + " ADD COLUMN IF NOT EXISTS " + Ddl.column(col));
        if (col.comment() != null) d.sql(comment(c.schema(), c.table(), col));
        if (newTable) return d;
        if (col.defaultExpr() == null && col.identity() == null && !col.isSerial() && col.generated() == null) {
            fill(d, c, newTypes);
        }
        if (col.identity() != null || col.isSerial() || col.generated() != null) {
            d.hazard(Kind.REWRITES_TABLE, "rewrites " + c.table() + " to fill the new column");
        }
        return d;
    }

    /**
     * The rows already there get the column's type's default (a domain's), or NULL: ADD COLUMN fails when that is
     * NULL and the column is NOT NULL, or when the type (a domain) refuses it. A type of this plan is checked by its
     * rules; one that exists, by its default in the catalog.
     */
    private static void fill(Draft d, AddColumn c, NewTypes newTypes) {
        Column col = c.column();
        String rows = "SELECT count(*) FROM " + qualified(c.schema(), c.table());
        String notNull = "table " + c.schema() + "." + c.table() + " has {n} rows; adding NOT NULL column \"" + col.name()
                + "\" without a default would fail (add a default, or add it nullable, backfill, then set NOT NULL)";
        var made = NewTypes.isArray(col.type()) ? Optional.<NewType>empty() : newTypes.named(col.type());
        if (made.isEmpty()) {
            if (!col.nullable()) {
                d.check(rows + " WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type WHERE oid = pg_catalog.to_regtype("
                        + literal(col.type()) + ") AND typdefaultbin IS NOT NULL)", notNull);
            }
            return;
        }
        String fill = made.get().defaultExpr();
        if (fill == null && !col.nullable()) {
            d.check(rows, notNull);
            return;
        }
        String value = (fill == null ? "NULL" : Ddl.expression(fill)) + "::" + Sql.requireType(made.get().baseType());
        d.check(rows + " WHERE " + made.get().refuses(value), "table " + c.schema() + "." + c.table() + " has {n} rows;"
                + " adding column \"" + col.name() + "\" would fail: they would get " + (fill == null ? "NULL" : fill)
                + ", which type " + TypeNames.display(col.type()) + " does not allow (give the column a default it allows)");
    }

    static String comment(String schema, String table, Column col) {
        return "COMMENT ON COLUMN " + qualified(schema, table) + "." + quote(col.name()) + " IS " + literal(col.comment());
    }

    /** @param rows the table may hold rows (SET NOT NULL scans it then, under its lock) */
    static Draft alter(AlterColumn c, Map<String, List<String>> changedEnums, NewTypes newTypes, ViewUses viewUses,
                       boolean rows) {
        Column from = c.from(), to = c.to();
        Draft d = new Draft(c, Action.ALTER, String.join(", ", summaries(c)));
        if (unsupported(d, c)) return d;
        String table = alterTable(c.schema(), c.table()) + " ALTER COLUMN " + quote(to.name());
        boolean typeChange = c.aspects().contains(ColumnAspect.TYPE) || c.aspects().contains(ColumnAspect.COLLATION);
        boolean defaultChange = c.aspects().contains(ColumnAspect.DEFAULT);
        if (c.aspects().contains(ColumnAspect.IDENTITY) && from.identity() != null && to.identity() == null) {
            d.sql(table + " DROP IDENTITY IF EXISTS");
        }
        // A default that cannot be cast to the new type would make ALTER TYPE fail: drop it first, set it after.
        if (from.defaultExpr() != null && (typeChange || defaultChange)) d.sql(table + " DROP DEFAULT");
        if (typeChange) type(d, c, table, changedEnums, newTypes, viewUses);
        if (to.defaultExpr() != null && (typeChange || defaultChange)) d.sql(table + " SET DEFAULT " + Ddl.expression(to.defaultExpr()));
        if (c.aspects().contains(ColumnAspect.GENERATED)) d.sql(table + " DROP EXPRESSION", table + " DROP EXPRESSION IF EXISTS");
        if (c.aspects().contains(ColumnAspect.NULLABLE)) nullability(d, c, table, rows);
        if (c.aspects().contains(ColumnAspect.IDENTITY) && to.identity() != null) identity(d, c, table);
        if (c.aspects().contains(ColumnAspect.COMMENT)) d.sql(comment(c.schema(), c.table(), to));
        return d;
    }

    /** What PostgreSQL cannot change in place, or what we will not guess. */
    private static boolean unsupported(Draft d, AlterColumn c) {
        Column from = c.from(), to = c.to();
        String reason = null;
        if (c.aspects().contains(ColumnAspect.TYPE) && (from.isSerial() || to.isSerial())) {
            reason = "changing a column to or from serial is not done in place; use an identity column, or drop and add";
        } else if (c.aspects().contains(ColumnAspect.GENERATED) && to.generated() != null) {
            reason = "a generated column's expression cannot be changed in place; drop the column and add it again";
        }
        if (reason != null) d.hazard(Kind.UNSUPPORTED, reason);
        return reason != null;
    }

    private static void type(Draft d, AlterColumn c, String table, Map<String, List<String>> changedEnums,
                             NewTypes newTypes, ViewUses viewUses) {
        Column to = c.to();
        String type = Sql.requireType(to.type()) + (to.collation() != null ? " COLLATE " + quote(to.collation()) : "");
        d.sql(table + " TYPE " + type + " USING " + quote(to.name()) + "::" + Sql.requireType(to.type()));
        if (!c.aspects().contains(ColumnAspect.TYPE)) {
            d.hazard(Kind.REWRITES_TABLE, "rebuilds indexes on the column to change its collation");
            return;
        }
        TypeChange tc = TypeChange.of(c.from().type(), to.type());
        if (tc.narrowing()) StepBuilder.destructive(d, "narrowing type change may lose or reject data");
        if (tc.rewrites()) d.hazard(Kind.REWRITES_TABLE, "rewrites table under an ACCESS EXCLUSIVE lock");
        String enumName = unqualified(to.type());
        if (tc.narrowing() && changedEnums.containsKey(enumName)) {
            // The type does not exist yet, or lacks the new labels until they are committed: check the labels.
            List<String> labels = changedEnums.get(enumName);
            if (labels != null) {
                d.check("SELECT count(*) FROM " + qualified(c.schema(), c.table()) + " WHERE " + quote(to.name())
                        + " IS NOT NULL AND " + quote(to.name()) + "::text NOT IN (" + String.join(", ",
                        labels.stream().map(Sql::literal).toList()) + ")",
                        "{n} rows have a value of " + to.name() + " that is not a label of " + enumName);
            }
        } else if (tc.narrowing() && tc.newLength() == null && newTypes.named(to.type()).isPresent()) {
            toNewType(d, c, newTypes.named(to.type()).get());
        } else if (tc.narrowing() && tc.newLength() == null) {
            String col = quote(to.name());
            d.castCheck("SELECT count(*) FROM " + qualified(c.schema(), c.table()) + " WHERE " + col + " IS NOT NULL AND ("
                    + col + "::" + Sql.requireType(to.type()) + ") IS NULL",
                    "values of " + to.name() + " cannot all be converted to " + TypeNames.display(to.type()) + ": {error}");
        }
        viewUses.checkType(d, c.schema(), c.table(), c.from().name(), "column " + to.name(), "change its type while"
                + " they exist (drop them first, change the type, create them again)");
        if (tc.newLength() != null && tc.narrowing()) {
            d.check("SELECT count(*) FROM " + qualified(c.schema(), c.table()) + " WHERE length("
                    + quote(to.name()) + "::text) > " + tc.newLength(),
                    "{n} rows longer than " + tc.newLength());
        }
    }

    /**
     * A type this plan creates (a domain) does not exist when the preflights run: the values are cast to its base
     * type, and checked against its rules (each element, for an array).
     */
    private static void toNewType(Draft d, AlterColumn c, NewType type) {
        String col = quote(c.to().name());
        boolean array = NewTypes.isArray(c.to().type());
        String base = Sql.requireType(type.baseType()) + (array ? "[]" : "");
        String from = " FROM " + qualified(c.schema(), c.table()) + " WHERE ";
        d.castCheck("SELECT count(*)" + from + col + " IS NOT NULL AND (" + col + "::" + base + ") IS NULL",
                "values of " + c.to().name() + " cannot all be converted to " + TypeNames.display(base) + ": {error}");
        String refused = array ? "EXISTS (SELECT 1 FROM pg_catalog.unnest(" + col + "::" + base + ") AS v(x) WHERE "
                + type.refuses("v.x") + ")" : type.refuses(col + "::" + base);
        d.check("SELECT count(*)" + from + refused, "{n} rows have a value of " + c.to().name() + " that type "
                + TypeNames.display(c.to().type()) + " does not allow; changing the type would fail (fix those rows first)");
    }

    /**
     * The simple form, for a table without rows (or a column that must be NOT NULL in the same step as an identity):
     * a table with rows gets the online form ({@link Online}).
     */
    private static void nullability(Draft d, AlterColumn c, String table, boolean rows) {
        if (c.to().nullable()) {
            d.sql(table + " DROP NOT NULL");
            return;
        }
        d.sql(table + " SET NOT NULL");
        if (rows) d.hazard(Kind.LOCKS_TABLE, "scans the table under an ACCESS EXCLUSIVE lock");
        nullCheck(d, c.schema(), c.table(), c.to().name());
    }

    static void nullCheck(Draft d, String schema, String table, String column) {
        d.check("SELECT count(*) FROM " + qualified(schema, table) + " WHERE " + quote(column) + " IS NULL",
                "column \"" + column + "\" of table \"" + schema + "." + table
                        + "\" has {n} NULL values; SET NOT NULL would fail (backfill first, or add a default)");
    }

    /**
     * A new identity sequence starts at 1; existing rows already use values, so it is moved past the largest one.
     */
    private static void identity(Draft d, AlterColumn c, String table) {
        Column from = c.from(), to = c.to();
        if (from.identity() != null) {
            d.sql(table + " SET GENERATED " + to.identity().sql());
            return;
        }
        if (from.nullable()) d.sql(table + " SET NOT NULL");
        String add = table + " ADD GENERATED " + to.identity().sql() + " AS IDENTITY";
        d.sql(add, Guard.doIf("NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = "
                + Guard.relation(c.schema(), c.table()) + " AND attname = " + literal(to.name())
                + " AND attidentity <> '')", add));
        String rel = qualified(c.schema(), c.table());
        d.sql("SELECT setval(pg_get_serial_sequence(" + literal(rel) + ", " + literal(to.name()) + "), coalesce(max("
                + quote(to.name()) + "), 0) + 1, false) FROM " + rel);
    }

    /** The last identifier of a possibly qualified, possibly quoted type name. */
    static String unqualified(String type) {
        String t = type.endsWith("\"") ? type.substring(type.lastIndexOf('"', type.length() - 2) + 1, type.length() - 1)
                : type.substring(type.lastIndexOf('.') + 1);
        return t.replace("\"\"", "\"");
    }

    static List<String> summaries(AlterColumn c) {
        Column from = c.from(), to = c.to();
        List<String> parts = new ArrayList<>();
        for (ColumnAspect a : ColumnAspect.values()) {
            if (!c.aspects().contains(a)) continue;
            parts.add(switch (a) {
                case TYPE -> TypeNames.display(from.type()) + " → " + TypeNames.display(to.type());
                case NULLABLE -> to.nullable() ? "drop not null" : "set not null";
                case DEFAULT -> "default " + Objects.requireNonNullElse(from.defaultExpr(), "none") + " → "
                        + Objects.requireNonNullElse(to.defaultExpr(), "none");
                case IDENTITY -> to.identity() == null ? "drop identity"
                        : "identity " + to.identity().sql().toLowerCase(java.util.Locale.ROOT);
                case GENERATED -> to.generated() == null ? "drop generation expression" : "change generation expression";
                case COLLATION -> "collation " + Objects.requireNonNullElse(to.collation(), "default");
                case COMMENT -> to.comment() == null ? "remove comment" : "comment " + literal(to.comment());
            });
        }
        return parts;
    }
}
