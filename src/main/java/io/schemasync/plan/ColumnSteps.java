package io.schemasync.plan;

import io.schemasync.kinds.NewType;
import io.schemasync.sql.Sql;
import io.schemasync.sql.Guard;
import io.schemasync.sql.Identifiers;

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

    static Draft add(AddColumn c, boolean newTable, NewTypes newTypes, Tables tables) {
        Column col = c.column();
        String table = alterTable(c.schema(), c.table());
        Draft d = new Draft(c, Action.CREATE, "add (" + TypeNames.display(col.type())
                + (col.nullable() ? ", nullable" : ", not null") + (col.defaultExpr() != null ? ", default " + col.defaultExpr() : "") + ")");
        addColumn(d, c.schema(), c.table(), col);
        if (newTable) return d;
        if (col.defaultExpr() == null && col.identity() == null && !col.isSerial() && col.generated() == null) {
            fill(d, c, newTypes, tables);
        }
        // A virtual generated column is computed when read: adding it writes no row (PostgreSQL 18).
        if (col.identity() != null || col.isSerial() || col.generated() != null && !col.options().virtual()) {
            d.hazard(Kind.REWRITES_TABLE, "rewrites " + c.table() + " to fill the new column");
            rewriteFigures(d, tables, c.schema(), c.table());
        } else if (col.defaultExpr() != null) {
            volatileDefault(d, c);
        }
        return d;
    }

    /**
     * Since PostgreSQL 11, ADD COLUMN with a default stores the default once and rewrites nothing, but only when the
     * default is not volatile: {@code gen_random_uuid()}, {@code clock_timestamp()}, {@code random()}, {@code
     * nextval()} or any function marked VOLATILE is evaluated for every row, which rewrites the table under its
     * ACCESS EXCLUSIVE lock. The server says which functions the default calls (Preflights); the rows are
     * pg_class.reltuples, or counted (up to a thousand) for a table that was never analyzed.
     */
    private static void volatileDefault(Draft d, AddColumn c) {
        String rel = qualified(c.schema(), c.table());
        String rows = "SELECT CASE WHEN c.reltuples >= 1 THEN c.reltuples::bigint ELSE (SELECT count(*) FROM"
                + " (SELECT 1 FROM " + rel + " LIMIT 1000) AS r) END FROM pg_catalog.pg_class c WHERE c.oid = "
                + literal(rel) + "::regclass";
        d.volatileCheck(Ddl.expression(c.column().defaultExpr()), rows, "rewrites " + c.table() + " under an ACCESS"
                + " EXCLUSIVE lock (about {n} rows): the default calls volatile {functions}, evaluated for each row; to"
                + " stay online, add the column without it, SET DEFAULT, then backfill in batches");
    }

    /**
     * What a rewrite has to write, for the plan: the table's rows (pg_class.reltuples, or counted up to a thousand
     * for a table never analyzed) and the size of its data (the main fork; its indexes are rebuilt too). Read before
     * any step runs: a table the plan renames is asked about by its live name.
     */
    static void rewriteFigures(Draft d, Tables tables, String schema, String table) {
        rewriteFigures(d, tables.liveRelation(schema, table));
    }

    /** {@link #rewriteFigures(Draft, Tables, String, String)} of a live table, {@code name} quoted. */
    static void rewriteFigures(Draft d, String name) {
        String rel = "pg_catalog.to_regclass(" + literal(name) + ")";
        d.figure("SELECT CASE WHEN c.reltuples >= 1 THEN c.reltuples::bigint ELSE (SELECT count(*) FROM (SELECT 1 FROM "
                + name + " LIMIT 1000) AS r) END FROM pg_catalog.pg_class c WHERE c.oid = " + rel, "about {about} rows");
        d.figure("SELECT pg_catalog.pg_relation_size(" + rel + ")", "{size} to rewrite");
        d.rewriteFigures.addAll(d.preflights.subList(d.preflights.size() - 2, d.preflights.size()));
    }

    /**
     * The rows already there get the column's type's default (a domain's), or NULL: ADD COLUMN fails when that is
     * NULL and the column is NOT NULL, or when the type (a domain) refuses it. A type of this plan is checked by its
     * rules; one that exists, by its default in the catalog.
     */
    private static void fill(Draft d, AddColumn c, NewTypes newTypes, Tables tables) {
        Column col = c.column();
        String rows = "SELECT count(*) FROM " + tables.liveRelation(c.schema(), c.table());
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

    /** ADD COLUMN as the YAML defines the column, with its comment and statistics target. */
    static void addColumn(Draft d, String schema, String tableName, Column col) {
        String table = alterTable(schema, tableName);
        d.sql(table + " ADD COLUMN " + Ddl.column(col), table + " ADD COLUMN IF NOT EXISTS " + Ddl.column(col));
        if (col.comment() != null) d.sql(comment(schema, tableName, col));
        if (col.options().statistics() != null) {
            d.sql(table + " ALTER COLUMN " + quote(col.name()) + " SET STATISTICS " + statistics(col));
        }
    }

    /** @param tables which tables may hold rows (SET NOT NULL scans one then, under its lock) */
    static Draft alter(AlterColumn c, Map<String, List<String>> changedEnums, NewTypes newTypes, ViewUses viewUses,
                       Tables tables, GeneratedColumns generated) {
        Column from = c.from(), to = c.to();
        List<String> summary = new ArrayList<>(summaries(c));
        if (!generated.recreatesItself(c)) {
            generated.of(c.target()).forEach(r -> summary.add("recreates generated column " + r.desired().name()));
        }
        Draft d = new Draft(c, Action.ALTER, String.join(", ", summary));
        if (unsupported(d, c)) return d;
        generated.refusals(d, c);
        if (generated.recreatesItself(c)) return recreate(d, c, generated, tables);
        generated.drops(d, c);
        String table = alterTable(c.schema(), c.table()) + " ALTER COLUMN " + quote(to.name());
        boolean typeChange = c.aspects().contains(ColumnAspect.COLLATION) || c.aspects().contains(ColumnAspect.TYPE)
                && !from.storedType().equals(to.storedType());
        boolean defaultChange = c.aspects().contains(ColumnAspect.DEFAULT);
        if (c.aspects().contains(ColumnAspect.IDENTITY) && from.identity() != null && to.identity() == null) {
            d.sql(table + " DROP IDENTITY IF EXISTS");
        }
        // A default that cannot be cast to the new type would make ALTER TYPE fail: drop it first, set it after.
        if (from.defaultExpr() != null && (typeChange || defaultChange)) d.sql(table + " DROP DEFAULT");
        // A serial becoming an identity column: its nextval() default goes (the model shows a serial without one).
        if (from.isSerial() && to.identity() != null) {
            d.sql(table + " DROP DEFAULT", Guard.doIf("NOT " + isIdentity(c), table + " DROP DEFAULT"));
        }
        // A generated column that becomes a plain one keeps its values; first, so that a type change in the same
        // step is that of a plain column (PostgreSQL refuses USING for a generated one).
        boolean dropsExpression = c.aspects().contains(ColumnAspect.GENERATED) && to.generated() == null;
        if (dropsExpression) d.sql(table + " DROP EXPRESSION", table + " DROP EXPRESSION IF EXISTS");
        boolean ownKeys = typeChange && type(d, c, table, changedEnums, newTypes, viewUses, tables);
        if (typeChange) readersAddedAgain(d, c, generated);
        if (typeChange && d.has(Kind.REWRITES_TABLE) && c.aspects().contains(ColumnAspect.TYPE)
                && tables.hasRows(c.schema(), c.table())) {
            rewriteFigures(d, tables, c.schema(), c.table());
        }
        if (to.isSerial() && (typeChange || c.aspects().contains(ColumnAspect.SEQUENCE))) serialSequence(d, c);
        if (to.defaultExpr() != null && (typeChange || defaultChange)) d.sql(table + " SET DEFAULT " + Ddl.expression(to.defaultExpr()));
        if (c.aspects().contains(ColumnAspect.GENERATED) && !dropsExpression) setExpression(d, c, table, tables);
        if (c.aspects().contains(ColumnAspect.NULLABLE)) nullability(d, c, table, tables);
        if (c.aspects().contains(ColumnAspect.IDENTITY) && to.identity() != null) identity(d, c, table);
        if (c.aspects().contains(ColumnAspect.COMMENT)) d.sql(comment(c.schema(), c.table(), to));
        // Both change the catalog only: existing values keep their compression, statistics wait for ANALYZE.
        if (c.aspects().contains(ColumnAspect.COMPRESSION)) d.sql(table + " SET COMPRESSION "
                + compression(to.options().compression()));
        if (c.aspects().contains(ColumnAspect.STATISTICS)) d.sql(table + " SET STATISTICS " + statistics(to));
        // The sequence's options only: SET START is where RESTART would begin, the next value does not change.
        if (c.aspects().contains(ColumnAspect.IDENTITY_OPTIONS)) d.sql(table + " SET " + identityOptions(to).sql(" SET "));
        generated.adds(d, c);
        generated.uniqueChecks(d, c, tables, ownKeys);
        generated.exclusionChecks(d, c, tables, ownKeys);
        generated.grantsLost(d, c);
        return d;
    }

    /**
     * PostgreSQL 17's SET EXPRESSION (see {@link GeneratedColumns} for when the column is dropped and added instead):
     * a stored column is computed again for every row, which rewrites the table and its indexes under an ACCESS
     * EXCLUSIVE lock; a virtual one (18) changes the catalog only. Views that read it stay.
     * https://www.postgresql.org/docs/17/sql-altertable.html#SQL-ALTERTABLE-DESC-SET-EXPRESSION
     */
    private static void setExpression(Draft d, AlterColumn c, String table, Tables tables) {
        d.sql(table + " SET EXPRESSION AS " + Ddl.expression(c.to().generated()));
        if (c.to().options().virtual()) return;
        d.hazard(Kind.REWRITES_TABLE, "rewrites " + c.table() + " under an ACCESS EXCLUSIVE lock to compute "
                + c.to().name() + " again for every row (its indexes are rebuilt)");
        if (tables.hasRows(c.schema(), c.table())) rewriteFigures(d, tables, c.schema(), c.table());
    }

    /**
     * A generated column's new expression, or its change between stored and virtual, as a drop and add: the values
     * are derived, so nothing is lost, but the column moves to the end of the table (see {@link GeneratedColumns}).
     */
    private static Draft recreate(Draft d, AlterColumn c, GeneratedColumns generated, Tables tables) {
        generated.drops(d, c);
        generated.adds(d, c);
        generated.uniqueChecks(d, c, tables, false);
        boolean kind = c.from().options().virtual() != c.to().options().virtual();
        String why = kind ? "no ALTER turns a stored generated column into a virtual one or back"
                : c.to().options().virtual() ? "PostgreSQL refuses SET EXPRESSION on a virtual column of a table with"
                + " CHECK constraints" : "PostgreSQL before 17 has no SET EXPRESSION";
        String what = "drops " + c.to().name() + " and adds it again (" + why + "): its values are computed again,"
                + " nothing is lost; it moves to the end of the table, and its indexes and constraints are created again";
        if (c.to().options().virtual()) {
            d.hazard(Kind.NOTE, what);
        } else {
            d.hazard(Kind.REWRITES_TABLE, what + "; rewrites " + c.table() + " under an ACCESS EXCLUSIVE lock");
            if (tables.hasRows(c.schema(), c.table())) rewriteFigures(d, tables, c.schema(), c.table());
        }
        generated.exclusionChecks(d, c, tables, false);
        generated.grantsLost(d, c);
        return d;
    }

    /**
     * PostgreSQL will not change the type of a column that a generated column reads: those are dropped before (see
     * {@link GeneratedColumns#drops}) and added again after the change; a stored one is computed again for every row.
     */
    private static void readersAddedAgain(Draft d, AlterColumn c, GeneratedColumns generated) {
        var readers = generated.of(c.target());
        if (readers.isEmpty()) return;
        List<String> names = readers.stream().map(r -> r.desired().name()).toList();
        String what = "drops generated column" + (names.size() > 1 ? "s " : " ") + String.join(", ", names)
                + " (PostgreSQL cannot change the type of a column a generated column reads) and adds "
                + (names.size() > 1 ? "them" : "it") + " again after: values computed again, nothing is lost; "
                + (names.size() > 1 ? "they move" : "it moves") + " to the end of the table, with indexes and"
                + " constraints created again";
        boolean stored = readers.stream().anyMatch(r -> !r.desired().options().virtual());
        if (stored) what += "; adding a stored one rewrites the table under an ACCESS EXCLUSIVE lock";
        d.hazard(stored ? Kind.REWRITES_TABLE : Kind.NOTE, what);
    }

    /** The options that change ({@code cache 50 → 1}), or all of them for a new identity. */
    private static String identityChanges(io.schemasync.model.IdentityOptions from, io.schemasync.model.IdentityOptions to) {
        List<String> a = List.of(to.sql("\0").toLowerCase(java.util.Locale.ROOT).split("\0"));
        if (from == null) return String.join(", ", a);
        List<String> b = List.of(from.sql("\0").toLowerCase(java.util.Locale.ROOT).split("\0"));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) if (!a.get(i).equals(b.get(i))) out.add(b.get(i) + " → " + a.get(i));
        return String.join(", ", out);
    }

    private static io.schemasync.model.IdentityOptions identityOptions(Column c) {
        return java.util.Objects.requireNonNullElse(c.options().identity(),
                io.schemasync.model.IdentityOptions.defaults(c.storedType()));
    }

    static String compression(String method) {
        return method == null ? "DEFAULT" : quote(method);
    }

    static String statistics(Column c) {
        return c.options().statistics() == null ? "-1" : c.options().statistics().toString();
    }

    /** What PostgreSQL cannot change in place, or what we will not guess. */
    private static boolean unsupported(Draft d, AlterColumn c) {
        Column from = c.from(), to = c.to();
        String reason = null;
        boolean serialToSerial = from.isSerial() && to.isSerial();
        boolean serialToIdentity = from.isSerial() && to.identity() != null && from.sequence() != null;
        if (c.aspects().contains(ColumnAspect.TYPE) && (from.isSerial() || to.isSerial()) && !serialToSerial
                && !serialToIdentity) {
            reason = from.isSerial() ? "a serial column becomes an identity column in place (give it identity:"
                    + " by_default or always), not a plain column" : "a column does not become serial in place;"
                    + " make it an identity column (identity: by_default), which takes values past the largest one";
        } else if (c.aspects().contains(ColumnAspect.GENERATED) && to.generated() != null && from.generated() == null) {
            // Its values would be replaced by computed ones: that is a drop of data the YAML must say.
            reason = "a column does not become generated in place (its values would be replaced): add a new generated"
                    + " column, or drop this one and add it again";
        }
        if (reason != null) d.hazard(Kind.UNSUPPORTED, reason);
        return reason != null;
    }

    /**
     * PostgreSQL changes the type of an identity column's sequence along with the column, but not that of a
     * serial's: {@code ALTER SEQUENCE ... AS} it, so that the sequence counts as far as the column holds (a serial
     * widened to bigint would otherwise still stop at 2^31 - 1).
     */
    private static void serialSequence(Draft d, AlterColumn c) {
        if (c.from().sequence() == null) return;
        d.sql("ALTER SEQUENCE " + qualified(c.schema(), c.from().sequence().name()) + " AS "
                + Sql.requireType(c.to().storedType()));
    }

    /**
     * ALTER COLUMN ... TYPE ... USING, and the checks of the live rows it needs. Returns whether the keys over the
     * column are to be checked over its new values ({@link GeneratedColumns#uniqueChecks}, with their exclusion
     * constraints told): PostgreSQL builds them again, and two values that the conversion makes equal fail the step
     * (numeric 1.2 and 1.4 both become integer 1). Only for a plain column (a generated one is checked as computed
     * again), a conversion that may merge values (a narrowing one other than a shorter length, which only the rows
     * refused as too long would change; or a new collation, which may compare values as equal that were not), and a
     * new type the server already has as the plan leaves it: a type the plan creates or changes cannot be cast to
     * before it runs, and nothing is said.
     */
    private static boolean type(Draft d, AlterColumn c, String table, Map<String, List<String>> changedEnums,
                                NewTypes newTypes, ViewUses viewUses, Tables tables) {
        Column to = c.to().withType(c.to().storedType());
        String type = Sql.requireType(to.type()) + (to.collation() != null ? " COLLATE " + quote(to.collation()) : "");
        // A generated column is computed again in its new type: PostgreSQL refuses USING for it.
        String using = to.generated() != null ? "" : " USING " + quote(to.name()) + "::" + Sql.requireType(to.type());
        String clause = "ALTER COLUMN " + quote(to.name()) + " TYPE " + type + using;
        String sql = table + " TYPE " + type + using;
        String guard = typeNotDone(c);
        d.sql(sql, guard != null ? io.schemasync.sql.Guard.doIf(guard, sql) : sql);
        boolean plain = c.to().generated() == null;
        if (!c.aspects().contains(ColumnAspect.TYPE)) {
            d.hazard(Kind.REWRITES_TABLE, "rebuilds indexes on the column to change its collation");
            return plain;
        }
        TypeChange tc = TypeChange.of(c.from().storedType(), to.type());
        if (guard != null && tc.rewrites()) {
            d.rewrite = new Draft.TypeRewrite(alterTable(c.schema(), c.table()), clause, guard,
                    d.statements.size() - 1, d.script.size() - 1);
        }
        if (tc.narrowing()) StepBuilder.destructive(d, "narrowing type change may lose or reject data");
        if (tc.rewrites()) d.hazard(Kind.REWRITES_TABLE, "rewrites table under an ACCESS EXCLUSIVE lock");
        // The checks read the live rows before any step runs: by the live names, before the plan's renames.
        String rel = tables.liveRelation(c.schema(), c.table());
        String enumName = unqualified(elementType(to.type()));
        if (tc.narrowing() && changedEnums.containsKey(enumName)) {
            // The type does not exist yet, or lacks the new labels until they are committed: check the labels
            // (of each element, for an array), never a cast to a type that is not there.
            List<String> labels = changedEnums.get(enumName);
            if (labels != null) {
                String col = tables.liveColumn(c.schema(), c.table(), to.name());
                String notLabel = " NOT IN (" + String.join(", ", labels.stream().map(Sql::literal).toList()) + ")";
                String offending = NewTypes.isArray(to.type())
                        ? "EXISTS (SELECT 1 FROM pg_catalog.unnest(" + col + "::text[]) AS v(x) WHERE v.x" + notLabel + ")"
                        : col + "::text" + notLabel;
                d.check("SELECT count(*) FROM " + rel + " WHERE " + col
                        + " IS NOT NULL AND " + offending, "{n} rows have a value of " + to.name()
                        + " that is not a label of " + enumName + "; changing the type would fail (fix those rows"
                        + " first, or add the values to the enum)");
            }
        } else if (tc.narrowing() && tc.newLength() == null && newTypes.named(to.type()).isPresent()) {
            toNewType(d, c, newTypes.named(to.type()).get(), tables);
        } else if (tc.narrowing() && tc.newLength() == null) {
            String col = tables.liveColumn(c.schema(), c.table(), to.name());
            d.castCheck("SELECT count(*) FROM " + rel + " WHERE " + col + " IS NOT NULL AND ("
                    + col + "::" + Sql.requireType(to.type()) + ") IS NULL",
                    "values of " + to.name() + " cannot all be converted to " + TypeNames.display(to.type()) + ": {error}");
        }
        viewUses.checkType(d, c.schema(), c.table(), c.from().name(), "column " + to.name(), "change its type while"
                + " they exist (drop them first, change the type, create them again)");
        if (tc.newLength() != null && tc.narrowing()) {
            d.check("SELECT count(*) FROM " + rel + " WHERE length("
                    + tables.liveColumn(c.schema(), c.table(), to.name()) + "::text) > " + tc.newLength(),
                    "{n} rows longer than " + tc.newLength());
        }
        return plain && tc.narrowing() && tc.newLength() == null && !changedEnums.containsKey(enumName)
                && !newTypes.changes(to.type());
    }

    /**
     * A type this plan creates (a domain) does not exist when the preflights run: the values are cast to its base
     * type, and checked against its rules (each element, for an array).
     */
    private static void toNewType(Draft d, AlterColumn c, NewType type, Tables tables) {
        String rel = tables.liveRelation(c.schema(), c.table());
        String col = tables.liveColumn(c.schema(), c.table(), c.to().name());
        boolean array = NewTypes.isArray(c.to().type());
        String base = Sql.requireType(type.baseType()) + (array ? "[]" : "");
        String from = " FROM " + rel + " WHERE ";
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
    private static void nullability(Draft d, AlterColumn c, String table, Tables tables) {
        if (c.to().nullable()) {
            d.sql(table + " DROP NOT NULL");
            return;
        }
        d.sql(table + " SET NOT NULL");
        if (tables.hasRows(c.schema(), c.table())) {
            d.hazard(Kind.LOCKS_TABLE, "scans the table under an ACCESS EXCLUSIVE lock" + tables.whyInTransaction(c.target()));
        }
        nullCheck(d, c.schema(), c.table(), c.to().name(), tables);
    }

    /** Counted under the live names (before the plan's renames), which the backfill uses too. */
    static void nullCheck(Draft d, String schema, String table, String column, Tables tables) {
        String rel = tables.liveRelation(schema, table);
        String col = tables.liveColumn(schema, table, column);
        d.check("SELECT count(*) FROM " + rel + " WHERE " + col + " IS NULL",
                "column \"" + column + "\" of table \"" + schema + "." + table
                        + "\" has {n} NULL values; SET NOT NULL would fail (backfill them first: UPDATE "
                        + rel + " SET " + col + " = ... WHERE " + col + " IS NULL; a default fills only new rows)");
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
        if (from.isSerial()) {
            fromSerial(d, c, table);
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

    /**
     * A serial becomes an identity column with the serial's sequence values: the identity gets a sequence of its
     * own (PostgreSQL makes one; a serial's cannot be attached), set to where the serial's stood ({@code
     * last_value} and {@code is_called}, so the next value is the one the serial would have given), and the serial's
     * is dropped. The new sequence is created under a free name and then takes the name PostgreSQL gives it in a
     * database built from the YAML.
     */
    private static void fromSerial(Draft d, AlterColumn c, String table) {
        String oldName = c.from().sequence().name();
        String finalName = Identifiers.serialSequenceName(c.table(), c.to().name(), n -> false);
        String tmpName = finalName.equals(oldName)
                ? Identifiers.serialSequenceName(c.table(), c.to().name(), oldName::equals) : finalName;
        String old = qualified(c.schema(), oldName), tmp = qualified(c.schema(), tmpName);
        String add = table + " ADD GENERATED " + c.to().identity().sql() + " AS IDENTITY (SEQUENCE NAME " + tmp + ")";
        d.sql(add, Guard.doIf("NOT " + isIdentity(c), add));
        String both = Guard.relation(c.schema(), tmpName) + " IS NOT NULL AND " + Guard.relation(c.schema(), oldName)
                + " IS NOT NULL";
        String setval = "setval(" + literal(tmp) + "::regclass, last_value, is_called) FROM " + old;
        d.sql("SELECT " + setval, Guard.doIf(both, "PERFORM " + setval));
        d.sql("DROP SEQUENCE " + old, Guard.doIf(both, "DROP SEQUENCE " + old));
        if (tmpName.equals(finalName)) return;
        String rename = "ALTER SEQUENCE " + tmp + " RENAME TO " + quote(finalName);
        d.sql(rename, Guard.doIf(Guard.relation(c.schema(), tmpName) + " IS NOT NULL AND "
                + Guard.relation(c.schema(), finalName) + " IS NULL", rename));
    }

    private static String isIdentity(AlterColumn c) {
        return "EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = " + Guard.relation(c.schema(), c.table())
                + " AND attname = " + literal(c.to().name()) + " AND attidentity <> '')";
    }

    /** The type of an array's elements ({@code mood[]}: {@code mood}); any other type as it is. */
    private static String elementType(String type) {
        String t = type.strip();
        while (t.endsWith("]") && t.lastIndexOf('[') > 0) t = t.substring(0, t.lastIndexOf('[')).strip();
        return t;
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
                        : "identity " + to.identity().sql().toLowerCase(java.util.Locale.ROOT)
                        + (from.isSerial() ? " (continues the serial's sequence)" : "");
                case GENERATED -> to.generated() == null ? "drop generation expression"
                        : from.generated() != null && from.options().virtual() != to.options().virtual()
                        ? (to.options().virtual() ? "stored → virtual" : "virtual → stored") : "change generation expression";
                case COLLATION -> "collation " + Objects.requireNonNullElse(to.collation(), "default");
                case COMMENT -> to.comment() == null ? "remove comment" : "comment " + literal(to.comment());
                case COMPRESSION -> "compression " + Objects.requireNonNullElse(to.options().compression(), "default")
                        + " (values written from now on)";
                case STATISTICS -> "statistics " + (to.options().statistics() == null ? "default"
                        : to.options().statistics().toString()) + " (the next ANALYZE)";
                case IDENTITY_OPTIONS -> "identity " + identityChanges(from.identity() == null ? null : identityOptions(from),
                        identityOptions(to)) + " (values already drawn stay)";
                case SEQUENCE -> "sequence " + (from.sequence() == null ? "" : from.sequence().type() + " → ")
                        + to.storedType();
            });
        }
        return parts;
    }

    /**
     * For the replayable script: the column does not have its new type yet (null, no guard, for a change of collation
     * alone or of no type). ALTER COLUMN TYPE replayed to the type the column already has is not a no-op.
     */
    static String typeNotDone(AlterColumn c) {
        Column to = c.to().withType(c.to().storedType());
        if (!c.aspects().contains(ColumnAspect.TYPE) || to.collation() != null) return null;
        return io.schemasync.sql.Guard.columnTypeIsNot(c.schema(), c.table(), to.name(), to.type());
    }
}
