package io.schemasync.plan;

import io.schemasync.diff.Change;
import io.schemasync.diff.Change.AddConstraint;
import io.schemasync.diff.Change.AddKeyUsingIndex;
import io.schemasync.diff.Change.AlterColumn;
import io.schemasync.diff.Change.ColumnAspect;
import io.schemasync.diff.Change.NotNullStage;
import io.schemasync.diff.Change.NotNullStep;
import io.schemasync.diff.Change.ReattachForeignKey;
import io.schemasync.diff.Change.ReplaceConstraint;
import io.schemasync.diff.Change.ReplaceIndex;
import io.schemasync.diff.Change.SwapIndex;
import io.schemasync.diff.Change.ValidateConstraint;
import io.schemasync.model.CheckConstraint;
import io.schemasync.model.Constraint;
import io.schemasync.model.ForeignKey;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.PrimaryKey;
import io.schemasync.model.UniqueConstraint;
import io.schemasync.sql.Identifiers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The online forms of changes to tables with rows, the way pg-schema-diff and pgroll make them: no step scans or
 * builds under a lock that blocks writes. A new check or foreign key is added NOT VALID in the transaction and
 * validated after the commit (SHARE UPDATE EXCLUSIVE); SET NOT NULL goes through a check validated that way; a new
 * primary key or unique constraint gets its index built CONCURRENTLY, then ADD CONSTRAINT ... USING INDEX; a
 * changed index is built CONCURRENTLY under a temporary name before the old one goes. What an interrupted apply
 * leaves halfway is picked up by {@link Resume} first. See docs/safety.md.
 */
final class Online {
    private final Tables tables;
    private final Target target;
    /** Tables whose keys stay in the transaction: a foreign key of the plan is added again there around them. */
    private final Set<String> keysInTransaction;

    private Online(Tables tables, Target target, Set<String> keysInTransaction) {
        this.tables = tables;
        this.target = target;
        this.keysInTransaction = keysInTransaction;
    }

    static List<Change> expand(List<Change> changes, Tables tables, Target target, Set<String> keysInTransaction) {
        Online o = new Online(tables, target, keysInTransaction);
        Set<String> keyColumns = o.columnsOfKeysInTransaction(changes);
        List<Change> out = new ArrayList<>();
        for (Change c : changes) o.expand(c, keyColumns, out);
        return out;
    }

    /**
     * A change whose preflight check found rows that make it fail, or raised an error, keeps the simple form: in the
     * transaction it fails before anything commits, where VALIDATE would fail after the commit.
     */
    private void expand(Change c, Set<String> keyColumns, List<Change> out) {
        if (target.fails(c.target())) {
            out.add(c);
            return;
        }
        switch (c) {
            case AddConstraint a when rows(a.schema(), a.table()) -> addConstraint(a, out);
            case ReplaceConstraint r when rows(r.schema(), r.table()) && checkOrForeignKey(r.to()) && r.to().validated() -> {
                out.add(new ReplaceConstraint(r.schema(), r.table(), r.from(), r.to().withValidated(false)));
                out.add(new ValidateConstraint(r.schema(), r.table(), r.to(), false));
            }
            // One that is NOT VALID in the database stays so: the diff validates it where the YAML wants that.
            case ReattachForeignKey r when rows(r.schema(), r.table()) && r.fk().validated() -> {
                out.add(new ReattachForeignKey(r.schema(), r.table(), r.fk().withValidated(false), r.because()));
                out.add(new ValidateConstraint(r.schema(), r.table(), r.fk(), false));
            }
            case AlterColumn a when rows(a.schema(), a.table()) && setsNotNull(a)
                    && !keyColumns.contains(a.schema() + "\0" + a.table() + "\0" + a.to().name()) -> setNotNull(a, out);
            case ReplaceIndex r when rows(r.schema(), r.table())
                    && !(r.to().unique() && keysInTransaction.contains(r.schema() + "." + r.table())) ->
                    out.add(new SwapIndex(r.schema(), r.table(), r.from(), r.to(), tempName(r.to().name()), false));
            default -> out.add(c);
        }
    }

    /**
     * The targets of the online forms in {@code steps} whose preflight check of the live rows found rows that make
     * them fail, or raised an error (the check sits on the step that adds the constraint NOT VALID, the helper
     * check, or builds the key's index): planned again with them in {@link Target#failing}, they keep the simple form.
     */
    static Set<ObjectRef> failing(List<Step> steps) {
        Set<ObjectRef> online = new HashSet<>();
        for (Step s : steps) if (isOnlineForm(s.change())) online.add(s.change().target());
        Set<ObjectRef> out = new HashSet<>();
        for (Step s : steps) {
            if (online.contains(s.change().target()) && s.preflights().stream().anyMatch(Preflight::failsOrRaised)) {
                out.add(s.change().target());
            }
        }
        return out;
    }

    /** A step only {@link #expand} makes: the VALIDATE of a constraint it added NOT VALID, NOT NULL, a key's index. */
    private static boolean isOnlineForm(Change c) {
        return c instanceof ValidateConstraint v && !v.checkRows()
                || c instanceof NotNullStep n && n.stage() == NotNullStage.ADD
                || c instanceof AddKeyUsingIndex k && !k.indexBuilt();
    }

    private boolean rows(String schema, String table) {
        return tables.hasRows(schema, table);
    }

    private static boolean checkOrForeignKey(Constraint c) {
        return c instanceof CheckConstraint || c instanceof ForeignKey;
    }

    private void addConstraint(AddConstraint a, List<Change> out) {
        Constraint c = a.constraint();
        if (checkOrForeignKey(c) && c.validated()) {
            out.add(new AddConstraint(a.schema(), a.table(), c.withValidated(false)));
            out.add(new ValidateConstraint(a.schema(), a.table(), c, false));
        } else if (c instanceof io.schemasync.model.ExclusionConstraint) {
            // No USING INDEX and no NOT VALID for an exclusion constraint: it is built and checked in the transaction.
            out.add(a);
        } else if (!checkOrForeignKey(c) && !keysInTransaction.contains(a.schema() + "." + a.table())) {
            out.add(new AddKeyUsingIndex(a.schema(), a.table(), c, false));
        } else {
            out.add(a);
        }
    }

    /** An identity column needs NOT NULL before ADD GENERATED, in the same step: that keeps the simple form. */
    private static boolean setsNotNull(AlterColumn a) {
        return a.aspects().contains(ColumnAspect.NULLABLE) && !a.to().nullable()
                && !(a.aspects().contains(ColumnAspect.IDENTITY) && a.to().identity() != null);
    }

    /**
     * Columns of a primary key that the transaction adds or replaces: ADD PRIMARY KEY sets them NOT NULL itself,
     * scanning the table under its lock anyway, so they keep the simple form.
     */
    private Set<String> columnsOfKeysInTransaction(List<Change> changes) {
        Set<String> out = new HashSet<>();
        for (Change c : changes) {
            PrimaryKey pk = null;
            String schema = null, table = null;
            if (c instanceof ReplaceConstraint r && r.to() instanceof PrimaryKey p) {
                pk = p;
                schema = r.schema();
                table = r.table();
            }
            if (c instanceof AddConstraint a && a.constraint() instanceof PrimaryKey p
                    && (!rows(a.schema(), a.table()) || keysInTransaction.contains(a.schema() + "." + a.table()))) {
                pk = p;
                schema = a.schema();
                table = a.table();
            }
            if (pk == null) continue;
            for (String col : pk.columns()) out.add(schema + "\0" + table + "\0" + col);
        }
        return out;
    }

    /**
     * The check is added NOT VALID in the transaction, so from the commit on no new NULL gets in; it is validated
     * after the commit (the scan, under SHARE UPDATE EXCLUSIVE); then SET NOT NULL finds a valid check that proves
     * it and skips the scan, and the check is dropped. SET NOT NULL follows VALIDATE after the commit because it
     * can only skip the scan once the check is valid, which VALIDATE makes it only when it runs outside the
     * transaction. On PostgreSQL 18 the NOT NULL constraint itself is added NOT VALID and validated: nothing else.
     */
    private void setNotNull(AlterColumn a, List<Change> out) {
        Set<ColumnAspect> rest = EnumSet.noneOf(ColumnAspect.class);
        rest.addAll(a.aspects());
        rest.remove(ColumnAspect.NULLABLE);
        if (!rest.isEmpty()) {
            out.add(new AlterColumn(a.schema(), a.table(), a.from(), a.to().withNullable(a.from().nullable()), rest));
        }
        String column = a.to().name();
        boolean pg18 = target.notNullConstraints();
        String helper = helperName(a.table(), column, pg18);
        out.add(new NotNullStep(a.schema(), a.table(), column, helper, NotNullStage.ADD, pg18, true));
        out.add(new NotNullStep(a.schema(), a.table(), column, helper, NotNullStage.VALIDATE, pg18, false));
        if (!pg18) out.add(new NotNullStep(a.schema(), a.table(), column, helper, NotNullStage.SET, false, false));
    }

    /**
     * The name of the check behind SET NOT NULL. On PostgreSQL 18 it is the column's NOT NULL constraint for good,
     * so it gets the name PostgreSQL would give it ({@code table_column_not_null}); before 18 it is dropped at the
     * end and says whose it is, so that one an interrupted apply left is never taken for a check of the YAML.
     */
    static String helperName(String table, String column, boolean notNullConstraint) {
        return Identifiers.defaultName(table, column, notNullConstraint ? "not_null" : "not_null_schemasync");
    }

    /** The name a changed index is built under before it takes the old one's place. */
    static String tempName(String index) {
        return Identifiers.derived(index, "_schemasync_new");
    }

    /** The name the old index takes for the moment between the swap and its drop. */
    static String retiredName(String index) {
        return Identifiers.derived(index, "_schemasync_old");
    }

    /** A unique constraint or primary key's index, as CREATE UNIQUE INDEX builds it for ADD CONSTRAINT. */
    static io.schemasync.model.Index keyIndex(Constraint key) {
        List<String> columns = switch (key) {
            case PrimaryKey pk -> pk.columns();
            case UniqueConstraint u -> u.columns();
            case CheckConstraint ck -> throw new IllegalArgumentException("not a key: " + ck.name());
            case ForeignKey fk -> throw new IllegalArgumentException("not a key: " + fk.name());
            case io.schemasync.model.ExclusionConstraint x -> throw new IllegalArgumentException("not a key: " + x.name());
        };
        boolean nullsNotDistinct = key instanceof UniqueConstraint u && u.nullsNotDistinct();
        return new io.schemasync.model.Index(key.name(), true, "btree",
                columns.stream().map(io.schemasync.model.IndexKey::column).toList(), List.of(), null, nullsNotDistinct,
                null);
    }
}
