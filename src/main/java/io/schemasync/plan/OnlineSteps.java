package io.schemasync.plan;

import io.schemasync.diff.Change.AddKeyUsingIndex;
import io.schemasync.diff.Change.DropTempIndex;
import io.schemasync.diff.Change.NotNullStep;
import io.schemasync.diff.Change.SwapIndex;
import io.schemasync.diff.Change.ValidateConstraint;
import io.schemasync.model.Constraint;
import io.schemasync.model.ForeignKey;
import io.schemasync.model.Index;
import io.schemasync.model.PrimaryKey;
import io.schemasync.model.UniqueConstraint;
import io.schemasync.plan.Hazard.Kind;
import io.schemasync.plan.Step.Action;
import io.schemasync.sql.Guard;

import static io.schemasync.plan.StepBuilder.alterTable;
import static io.schemasync.sql.Sql.qualified;
import static io.schemasync.sql.Sql.quote;

/**
 * The steps of the online forms ({@link Online}, {@link Resume}), each saying the lock it takes. Lock levels are
 * those of https://www.postgresql.org/docs/current/sql-altertable.html and sql-createindex.html.
 */
final class OnlineSteps {
    static final String RESUMES = "if it fails, apply again resumes";

    private OnlineSteps() {}

    /** The lock a new check or foreign key added NOT VALID takes: for a moment, there is no scan. */
    static String notValidLock(String table, Constraint c) {
        return notValidLock(table, c, "(validated after the commit)");
    }

    static String notValidLock(String table, Constraint c, String then) {
        String lock = c instanceof ForeignKey fk
                ? "SHARE ROW EXCLUSIVE lock on " + table + (fk.refTable().equals(table) ? "" : " and " + fk.refTable())
                : "ACCESS EXCLUSIVE lock on " + table;
        return lock + " for a moment: NOT VALID skips the rows already there " + then;
    }

    static String validateLock(String table, Constraint c) {
        String also = c instanceof ForeignKey fk && !fk.refTable().equals(table)
                ? " (ROW SHARE on " + fk.refTable() + ")" : "";
        return "scans " + table + " under SHARE UPDATE EXCLUSIVE" + also + ": reads and writes go on; " + RESUMES;
    }

    static Draft validate(ValidateConstraint c, Tables tables) {
        Draft d = new Draft(c, Action.ALTER, c.checkRows() ? "validate (it is NOT VALID)" : "validate");
        d.phase = Phase.AFTER_COMMIT;
        validateStatement(d, c.schema(), c.table(), c.constraint().name());
        d.hazard(Kind.NOTE, validateLock(c.table(), c.constraint()));
        if (c.checkRows()) ConstraintSteps.rowChecks(d, c.schema(), c.table(), c.constraint(), tables);
        return d;
    }

    /** Validating a valid constraint does nothing, but the script skips it without taking the lock. */
    private static void validateStatement(Draft d, String schema, String table, String name) {
        String sql = alterTable(schema, table) + " VALIDATE CONSTRAINT " + quote(name);
        d.sql(sql, Guard.doIf(Guard.constraintNotValidated(schema, table, name), sql));
    }

    static Draft notNull(NotNullStep c, Tables tables) {
        return switch (c.stage()) {
            case ADD -> addNotNull(c, tables);
            case VALIDATE -> {
                Draft d = new Draft(c, Action.ALTER, "set not null: validate " + c.helper());
                d.phase = Phase.AFTER_COMMIT;
                validateStatement(d, c.schema(), c.table(), c.helper());
                d.hazard(Kind.NOTE, validateLock(c.table(), null));
                if (c.checkRows()) ColumnSteps.nullCheck(d, c.schema(), c.table(), c.column(), tables);
                yield d;
            }
            case SET -> {
                Draft d = new Draft(c, Action.ALTER, "set not null (proved by " + c.helper() + "), drop " + c.helper());
                d.phase = Phase.AFTER_COMMIT;
                d.sql(alterTable(c.schema(), c.table()) + " ALTER COLUMN " + quote(c.column()) + " SET NOT NULL");
                d.sql(alterTable(c.schema(), c.table()) + " DROP CONSTRAINT IF EXISTS " + quote(c.helper()));
                yield d.hazard(Kind.NOTE, "ACCESS EXCLUSIVE lock on " + c.table() + " for a moment: the valid check"
                        + " proves there is no NULL, so PostgreSQL skips the scan");
            }
            case DROP -> new Draft(c, Action.ALTER, "drop " + c.helper() + " (left by an interrupted set not null)")
                    .sql(alterTable(c.schema(), c.table()) + " DROP CONSTRAINT IF EXISTS " + quote(c.helper()));
        };
    }

    /**
     * From the commit on, no new NULL gets in; the rows already there are checked by VALIDATE. The script adds it
     * only while the column is nullable, so a second run does not start over.
     */
    private static Draft addNotNull(NotNullStep c, Tables tables) {
        String add = alterTable(c.schema(), c.table()) + " ADD CONSTRAINT " + quote(c.helper())
                + (c.notNullConstraint() ? " NOT NULL " + quote(c.column())
                : " CHECK (" + quote(c.column()) + " IS NOT NULL)") + " NOT VALID";
        String summary = c.notNullConstraint() ? "set not null: add constraint " + c.helper() + " NOT NULL NOT VALID"
                : "set not null: add check " + c.helper() + " NOT VALID";
        Draft d = new Draft(c, Action.ALTER, summary).sql(add, Guard.doIf("NOT " + Guard.constraintExists(c.schema(),
                c.table(), c.helper()) + " AND NOT " + Guard.notNull(c.schema(), c.table(), c.column()), add));
        d.hazard(Kind.NOTE, "ACCESS EXCLUSIVE lock on " + c.table() + " for a moment: NOT VALID skips the rows"
                + " already there (validated after the commit)");
        if (c.checkRows()) ColumnSteps.nullCheck(d, c.schema(), c.table(), c.column(), tables);
        return d;
    }

    /**
     * The unique index is built CONCURRENTLY under the constraint's name (SHARE UPDATE EXCLUSIVE: writes go on), then
     * ADD CONSTRAINT ... USING INDEX makes it the constraint's, under ACCESS EXCLUSIVE for a moment. Apply first drops
     * an INVALID leftover of an interrupted build (the catalog reader does not count it).
     */
    static Draft keyUsingIndex(AddKeyUsingIndex c, Tables tables) {
        Constraint key = c.key();
        String what = ConstraintSteps.kind(key);
        String attach = alterTable(c.schema(), c.table()) + " ADD CONSTRAINT " + quote(key.name())
                + (key instanceof PrimaryKey ? " PRIMARY KEY" : " UNIQUE") + " USING INDEX " + quote(key.name())
                + (key instanceof UniqueConstraint u ? u.deferral().sql() : "");
        String guarded = Guard.doIf("NOT " + Guard.constraintExists(c.schema(), c.table(), key.name()), attach);
        if (c.indexBuilt()) {
            Draft d = new Draft(c, Action.CREATE, "add " + what + " using the index an earlier apply built");
            if (key instanceof PrimaryKey pk) ConstraintSteps.nullKeys(d, c.schema(), c.table(), pk, tables);
            return d.sql(attach, guarded).hazard(Kind.NOTE, "ACCESS EXCLUSIVE lock on " + c.table()
                    + " for a moment: the unique index is built already");
        }
        Draft d = new Draft(c, Action.CREATE, "add " + what + ": unique index built CONCURRENTLY, then USING INDEX");
        d.phase = Phase.AFTER_COMMIT;
        Index ix = Online.keyIndex(key);
        String name = qualified(c.schema(), key.name());
        d.applyOnly(Ddl.dropIndexConcurrently(c.schema(), key.name()));
        // The script cannot drop CONCURRENTLY only when needed (a second run finds the constraint's own index there):
        // an INVALID leftover goes with a plain DROP INDEX, for a moment under ACCESS EXCLUSIVE.
        d.scriptOnly(Guard.doIf(Guard.invalidIndex(c.schema(), key.name()), "DROP INDEX " + name));
        d.concurrentIndex(Ddl.createIndex(c.schema(), c.table(), ix, false, true),
                Ddl.createIndex(c.schema(), c.table(), ix, true, true));
        d.sql(attach, guarded);
        ConstraintSteps.rowChecks(d, c.schema(), c.table(), key, tables);
        return d.hazard(Kind.NOTE, "index built CONCURRENTLY after the commit (SHARE UPDATE EXCLUSIVE: writes go on),"
                + " then attached under an ACCESS EXCLUSIVE lock on " + c.table() + " for a moment; " + RESUMES);
    }

    /**
     * The new definition is built CONCURRENTLY under a temporary name; then, in one short transaction, the old index
     * is renamed away and the new one renamed into its place; then the old one is dropped CONCURRENTLY. Building and
     * dropping take SHARE UPDATE EXCLUSIVE on the table, renaming an index SHARE UPDATE EXCLUSIVE on the index
     * (PostgreSQL 12+): reads and writes go on, and the table is never without the index. The script does the renames
     * in one DO block that looks at what is there, so a second run only builds the index again and swaps it in again.
     */
    static Draft swapIndex(SwapIndex c, Tables tables) {
        Index to = c.to();
        String summary = c.built() ? "finish the rebuild: swap in " + c.temp() : "rebuild (definition changed)"
                + StepBuilder.describe(to) + ": built CONCURRENTLY as " + c.temp() + ", then swapped in";
        Draft d = new Draft(c, Action.ALTER, summary);
        d.phase = Phase.AFTER_COMMIT;
        String temp = qualified(c.schema(), c.temp());
        String old = qualified(c.schema(), to.name());
        String retired = Online.retiredName(to.name());
        if (!c.built()) {
            if (to.unique()) ConstraintSteps.duplicates(d, c.schema(), c.table(), to, tables);
            Index renamed = new Index(c.temp(), to.unique(), to.method(), to.keys(), to.include(), to.where(),
                    to.nullsNotDistinct(), null, to.storage());
            d.sql(Ddl.dropIndexConcurrently(c.schema(), c.temp()));
            d.sql(Ddl.createIndex(c.schema(), c.table(), renamed, false, true));
        }
        String away = "ALTER INDEX " + old + " RENAME TO " + quote(retired);
        String in = "ALTER INDEX " + temp + " RENAME TO " + quote(to.name());
        d.applyOnly("ALTER INDEX IF EXISTS " + old + " RENAME TO " + quote(retired));
        d.applyOnly(in);
        d.scriptOnly(Guard.doIf(Guard.relation(c.schema(), c.temp()) + " IS NOT NULL", "IF "
                + Guard.relation(c.schema(), to.name()) + " IS NOT NULL THEN\n  " + away + ";\nEND IF;\n" + in));
        if (to.comment() != null) d.sql(Ddl.comment("INDEX", old, to.comment()));
        d.sql(Ddl.dropIndexConcurrently(c.schema(), retired));
        return d.hazard(Kind.NOTE, (c.built() ? "" : "built CONCURRENTLY after the commit, ") + "renamed into place in"
                + " one short transaction, the old index then dropped CONCURRENTLY (SHARE UPDATE EXCLUSIVE: reads and"
                + " writes go on, and " + c.table() + " is never without the index); " + RESUMES);
    }

    static Draft dropTempIndex(DropTempIndex c) {
        Draft d = new Draft(c, Action.DROP, "drop (left by an interrupted rebuild of " + c.of() + ")");
        d.phase = Phase.AFTER_COMMIT;
        return d.sql(Ddl.dropIndexConcurrently(c.schema(), c.name()))
                .hazard(Kind.NOTE, "SHARE UPDATE EXCLUSIVE: reads and writes go on");
    }
}
