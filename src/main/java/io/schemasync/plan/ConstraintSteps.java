package io.schemasync.plan;

import io.schemasync.sql.Sql;
import io.schemasync.sql.Guard;

import io.schemasync.diff.Change;
import io.schemasync.diff.Change.AddConstraint;
import io.schemasync.diff.Change.DropConstraint;
import io.schemasync.diff.Change.ReplaceConstraint;
import io.schemasync.model.CheckConstraint;
import io.schemasync.model.Constraint;
import io.schemasync.model.ExclusionConstraint;
import io.schemasync.model.ForeignKey;
import io.schemasync.model.Index;
import io.schemasync.model.IndexKey;
import io.schemasync.model.PrimaryKey;
import io.schemasync.model.UniqueConstraint;
import io.schemasync.plan.Hazard.Kind;
import io.schemasync.plan.Step.Action;

import java.util.List;
import java.util.stream.Collectors;

import static io.schemasync.sql.Sql.qualified;
import static io.schemasync.sql.Sql.quote;
import static io.schemasync.plan.StepBuilder.alterTable;

/** ADD / DROP CONSTRAINT, with read-only checks of the live rows that would make them fail. */
final class ConstraintSteps {
    private ConstraintSteps() {}

    /**
     * On a table with rows a new check or foreign key comes NOT VALID ({@link Online}): the rows are counted here,
     * before anything runs, and checked by the VALIDATE after the commit. A key added in the transaction scans the
     * table under its lock.
     */
    static Draft add(AddConstraint c, Tables tables) {
        Constraint k = c.constraint();
        Draft d = new Draft(c, Action.CREATE, "add " + kind(k) + (k.validated() ? "" : " NOT VALID"));
        addStatements(d, c.schema(), c.table(), k);
        if (!tables.isNew(c.schema(), c.table())) checks(d, c.schema(), c.table(), k, tables);
        return d;
    }

    static Draft replace(ReplaceConstraint c, Tables tables) {
        Draft d = new Draft(c, Action.ALTER, "replace " + kind(c.to()) + (c.to().validated() ? "" : " NOT VALID")
                + " (definition changed)");
        // IF EXISTS: dropping a column in the same plan may already have dropped the constraint with it.
        d.sql(alterTable(c.schema(), c.table()) + " DROP CONSTRAINT IF EXISTS " + quote(c.from().name()));
        addStatements(d, c.schema(), c.table(), c.to());
        if (!tables.isNew(c.schema(), c.table())) checks(d, c.schema(), c.table(), c.to(), tables);
        return d;
    }

    static Draft drop(DropConstraint c) {
        String drop = alterTable(c.schema(), c.table()) + " DROP CONSTRAINT ";
        return StepBuilder.destructive(new Draft(c, Action.DROP, "drop " + kind(c.constraint())),
                        "drops the " + kind(c.constraint()))
                .sql(drop + quote(c.constraint().name()), drop + "IF EXISTS " + quote(c.constraint().name()));
    }

    /** Not destructive: the same transaction adds it again ({@link #reattach}). */
    static Draft detach(Change.DetachForeignKey c, Change.AlterColumn cause, Change.RepartitionTable remade) {
        String drop = alterTable(c.schema(), c.table()) + " DROP CONSTRAINT ";
        // Replayed once the new type (or partition key) is there, the drop would only make the script add the key
        // again NOT VALID.
        String notDone = cause != null ? ColumnSteps.typeNotDone(cause)
                : remade != null ? PartitionSteps.notDone(remade) : null;
        String replay = drop + "IF EXISTS " + quote(c.fk().name());
        Draft d = new Draft(c, Action.ALTER, "drop for a moment, around the change of " + c.because())
                .sql(drop + quote(c.fk().name()), notDone == null ? replay : Guard.doIf(notDone, replay));
        if (c.because().kind() == io.schemasync.model.ObjectRef.Kind.COLUMN) {
            String locked = c.table().equals(c.fk().refTable()) && c.schema().equals(c.fk().refSchema())
                    ? c.table() + " stays" : c.table() + " and " + c.fk().refTable() + " stay";
            d.hazard(Kind.NOTE, "else the new type makes PostgreSQL check it again, reading " + c.table() + " while "
                    + locked + " locked until the commit");
        }
        return d;
    }

    /** The same foreign key again; on a table with rows NOT VALID, validated after the commit ({@link Online}). */
    static Draft reattach(Change.ReattachForeignKey c, Tables tables) {
        Draft d = new Draft(c, Action.ALTER, "add again after the change of " + c.because()
                + (c.fk().validated() ? "" : ", NOT VALID"));
        addStatements(d, c.schema(), c.table(), c.fk());
        checks(d, c.schema(), c.table(), c.fk(), tables);
        return d;
    }

    static void addStatements(Draft d, String schema, String table, Constraint c) {
        String sql = alterTable(schema, table) + " ADD " + Ddl.constraint(schema, c);
        d.sql(sql, Guard.doIf("NOT " + Guard.constraintExists(schema, table, c.name()), sql));
    }

    static String kind(Constraint c) {
        return switch (c) {
            case PrimaryKey pk -> "primary key (" + String.join(", ", pk.columns()) + ")";
            case UniqueConstraint u -> "unique (" + String.join(", ", u.columns()) + ")";
            case CheckConstraint ck -> "check " + ck.expression();
            case ForeignKey fk -> "foreign key (" + String.join(", ", fk.columns()) + ") → " + fk.refSchema() + "."
                    + fk.refTable() + "(" + String.join(", ", fk.refColumns()) + ")";
            case ExclusionConstraint x -> "exclusion using " + x.index().method() + " (" + String.join(", ",
                    java.util.stream.IntStream.range(0, x.operators().size()).mapToObj(i -> x.index().keys().get(i)
                            .expression() + " WITH " + x.operators().get(i)).toList()) + ")";
        };
    }

    /** The rows counted first, and the lock the step holds while it checks them. */
    private static void checks(Draft d, String schema, String table, Constraint c, Tables tables) {
        if (c instanceof ExclusionConstraint && tables.hasRows(schema, table)) {
            d.hazard(Kind.LOCKS_TABLE, "builds its index and checks every row of " + table + " under an ACCESS"
                    + " EXCLUSIVE lock (reads and writes wait; PostgreSQL has no NOT VALID for exclusion constraints);"
                    + " a conflict between two rows fails the apply, which changes nothing");
            return;
        }
        if (tables.leftNotValid(d.change.target())) {
            d.hazard(Kind.NOTE, OnlineSteps.notValidLock(table, c, "and they stay unchecked (not_valid: true); new and"
                    + " updated rows must pass"));
            rowsLeftInvalid(d, schema, table, c, tables);
            return;
        }
        rowChecks(d, schema, table, c, tables);
        if (!c.validated()) d.hazard(Kind.NOTE, OnlineSteps.notValidLock(table, c));
        else if (tables.hasRows(schema, table)) {
            d.hazard(Kind.LOCKS_TABLE, "validates every row of " + table + " while blocking writes"
                    + tables.whyInTransaction(d.change.target()));
        }
    }

    /**
     * The rows already there that a constraint added NOT VALID lets stay ({@code not_valid: true}): counted like the
     * rows a valid one would reject, by the live names, and told, never refused: VALIDATE CONSTRAINT fails until they
     * are fixed, and the user must know there are some.
     */
    private static void rowsLeftInvalid(Draft d, String schema, String table, Constraint c, Tables tables) {
        String then = "; VALIDATE CONSTRAINT would fail until they are fixed";
        switch (c) {
            case CheckConstraint ck -> d.warning("SELECT count(*) FROM " + tables.liveRelation(schema, table)
                            + " WHERE NOT " + Ddl.expression(tables.liveExpression(schema, table, ck.expression())),
                    "{n} rows of " + schema + "." + table + " break check " + ck.name() + then);
            case ForeignKey fk -> d.warning(orphansSql(schema, table, fk, tables), "{n} rows of " + schema + "." + table
                    + " reference missing rows of " + fk.refSchema() + "." + fk.refTable() + " (foreign key " + fk.name()
                    + ")" + then);
            case PrimaryKey pk -> { }
            case UniqueConstraint u -> { }
            case ExclusionConstraint x -> { }
        }
    }

    /** Counts the rows of an existing table that the constraint would reject. */
    /** The checks read the live rows before any step runs: by the live names, before the plan's renames. */
    static void rowChecks(Draft d, String schema, String table, Constraint c, Tables tables) {
        String rel = tables.liveRelation(schema, table);
        String where = schema + "." + table;
        switch (c) {
            case PrimaryKey pk -> {
                duplicates(d, schema, table, pk.columns(), null, false, tables);
                nullKeys(d, schema, table, pk, tables);
            }
            case UniqueConstraint u -> duplicates(d, schema, table, u.columns(), null, u.nullsNotDistinct(), tables);
            case CheckConstraint ck -> d.check("SELECT count(*) FROM " + rel + " WHERE NOT "
                            + Ddl.expression(tables.liveExpression(schema, table, ck.expression())),
                    "{n} rows of " + where + " violate check " + ck.name());
            case ForeignKey fk -> orphans(d, schema, table, fk, tables);
            // Counting the pairs of rows in conflict would join the table with itself: not a read-only check to
            // run on a live table. PostgreSQL names the first pair it finds, and the transaction rolls back.
            case ExclusionConstraint x -> { }
        }
    }

    static void nullKeys(Draft d, String schema, String table, PrimaryKey pk, Tables tables) {
        d.check("SELECT count(*) FROM " + tables.liveRelation(schema, table) + " WHERE " + pk.columns().stream()
                        .map(col -> tables.liveColumn(schema, table, col) + " IS NULL").collect(Collectors.joining(" OR ")),
                "{n} rows of " + schema + "." + table + " have NULL in the primary key columns");
    }

    static void duplicates(Draft d, String schema, String table, Index ix, Tables tables) {
        List<String> keys = ix.keys().stream().map(k -> k.column() ? tables.liveColumn(schema, table, k.expression())
                : Ddl.expression(tables.liveExpression(schema, table, k.expression()))).toList();
        List<String> labels = ix.keys().stream().map(IndexKey::expression).toList();
        String where = ix.where() == null ? null : tables.liveExpression(schema, table, ix.where());
        duplicates(d, schema, table, keys, labels, where, ix.nullsNotDistinct(), tables);
    }

    private static void duplicates(Draft d, String schema, String table, List<String> columns, String where,
                                   boolean nullsCollide, Tables tables) {
        duplicates(d, schema, table, columns.stream().map(c -> tables.liveColumn(schema, table, c)).toList(), columns,
                where, nullsCollide, tables);
    }

    private static void duplicates(Draft d, String schema, String table, List<String> keys, List<String> labels,
                                   String where, boolean nullsCollide, Tables tables) {
        duplicates(d, tables.liveRelation(schema, table), keys, labels, where, nullsCollide, schema + "." + table);
    }

    /**
     * Counts the duplicate keys among the rows of {@code from} (a relation, or a derived table of the values a step
     * gives them). Rows with NULL in a key never collide (unless NULLS NOT DISTINCT), so they are left out.
     *
     * @param where the key's predicate (a partial index), or null
     * @param in    what the message says the duplicates are in, after "in "
     */
    static void duplicates(Draft d, String from, List<String> keys, List<String> labels, String where,
                           boolean nullsCollide, String in) {
        String cols = String.join(", ", keys);
        String filter = nullsCollide ? "" : keys.stream().map(k -> k + " IS NOT NULL")
                .collect(Collectors.joining(" AND "));
        if (where != null) filter = (filter.isEmpty() ? "" : filter + " AND ") + Ddl.expression(where);
        d.check("SELECT count(*) FROM (SELECT 1 FROM " + from
                        + (filter.isEmpty() ? "" : " WHERE " + filter) + " GROUP BY " + cols + " HAVING count(*) > 1) AS dup",
                "{n} duplicate values of (" + String.join(", ", labels) + ") in " + in);
    }

    /** MATCH SIMPLE skips rows with any NULL key column; MATCH FULL only rows where all are NULL. */
    private static void orphans(Draft d, String schema, String table, ForeignKey fk, Tables tables) {
        d.check(orphansSql(schema, table, fk, tables),
                "{n} rows of " + schema + "." + table + " reference missing rows of " + fk.refSchema() + "." + fk.refTable()
                        + (tables.isNew(fk.refSchema(), fk.refTable()) ? " (a new table, empty)" : ""));
    }

    private static String orphansSql(String schema, String table, ForeignKey fk, Tables tables) {
        String join = java.util.stream.IntStream.range(0, fk.columns().size())
                .mapToObj(i -> "r." + tables.liveColumn(fk.refSchema(), fk.refTable(), fk.refColumns().get(i))
                        + " = c." + tables.liveColumn(schema, table, fk.columns().get(i)))
                .collect(Collectors.joining(" AND "));
        String notNull = fk.columns().stream().map(col -> "c." + tables.liveColumn(schema, table, col) + " IS NOT NULL")
                .collect(Collectors.joining(" AND "));
        if (tables.isNew(fk.refSchema(), fk.refTable())) {
            // The plan creates the referenced table, empty (its name may still be a live table's that the plan
            // renames away): every row with a value is an orphan.
            return "SELECT count(*) FROM " + tables.liveRelation(schema, table) + " AS c WHERE " + notNull;
        }
        return "SELECT count(*) FROM " + tables.liveRelation(schema, table) + " AS c WHERE " + notNull
                + " AND NOT EXISTS (SELECT 1 FROM " + tables.liveRelation(fk.refSchema(), fk.refTable())
                + " AS r WHERE " + join + ")";
    }

}
