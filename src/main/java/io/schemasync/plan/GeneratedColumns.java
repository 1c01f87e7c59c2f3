package io.schemasync.plan;

import io.schemasync.diff.Change;
import io.schemasync.diff.Change.AlterColumn;
import io.schemasync.diff.Change.ColumnAspect;
import io.schemasync.diff.ColumnReferences;
import io.schemasync.diff.OnRenamedTables;
import io.schemasync.kinds.StepOut.Capabilities;
import io.schemasync.model.Column;
import io.schemasync.model.Constraint;
import io.schemasync.model.Database;
import io.schemasync.model.Index;
import io.schemasync.model.IndexKey;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.Table;
import io.schemasync.model.TypeNames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.schemasync.plan.StepBuilder.alterTable;
import static io.schemasync.sql.Sql.quote;

/**
 * Generated columns that PostgreSQL cannot change in place, dropped and added again instead. Their values are
 * derived from the other columns, so nothing is lost: ADD COLUMN computes them again (a stored column rewrites the
 * table; a virtual one is computed when read). The column moves to the end of the table, and PostgreSQL drops the
 * indexes and constraints on it with it: the same step creates them again as they are.
 * <ul>
 *   <li>A new expression before PostgreSQL 17 (no {@code SET EXPRESSION}), a change between stored and virtual (no
 *       form changes it), and on 18 a new expression of a virtual column of a table with CHECK constraints
 *       (PostgreSQL 18 refuses SET EXPRESSION there).</li>
 *   <li>The type or collation of a column that a generated column reads: PostgreSQL refuses it ("cannot alter type
 *       of a column used by a generated column") on every major; the generated columns are dropped before the
 *       change and added again after it, in its step. A change of theirs in the same plan is folded into it.</li>
 * </ul>
 * Views that read such a column are dropped and created again around the step ({@link Dependents}).
 */
final class GeneratedColumns {
    /** A generated column dropped and added again: as the live table has it, and as the YAML wants it. */
    record Regenerated(Column live, Column desired) {}

    private final Map<ObjectRef, List<Regenerated>> byChange = new HashMap<>();
    private final Set<ObjectRef> folded = new HashSet<>();
    private final Map<ObjectRef, Table> liveTables = new HashMap<>();
    private final Set<ObjectRef> droppedByPlan = new HashSet<>();
    /** By the target of a change: foreign keys that keep PostgreSQL from dropping a column it adds again. */
    private final Map<ObjectRef, List<String>> blockers = new HashMap<>();
    private Database live = Database.empty();
    private OnRenamedTables renamed = OnRenamedTables.of(List.of());
    /**
     * The privileges the plan grants or revokes, by the table they are on: what a column added again gets back, or
     * what the plan already tells as revoked.
     */
    private final Map<ObjectRef, List<io.schemasync.model.Privilege>> granted = new HashMap<>();

    private GeneratedColumns() {}

    static GeneratedColumns none() {
        return new GeneratedColumns();
    }

    static GeneratedColumns of(List<Change> changes, Database live, Capabilities server) {
        GeneratedColumns g = new GeneratedColumns();
        g.live = live;
        OnRenamedTables renamed = OnRenamedTables.of(changes);
        g.renamed = renamed;
        Map<ObjectRef, AlterColumn> alters = new HashMap<>();
        for (Change c : changes) {
            if (c instanceof AlterColumn a) alters.put(a.target(), a);
            if (c instanceof Change.DropIndex d) g.droppedByPlan.add(d.target());
            if (c instanceof Change.DropConstraint d) g.droppedByPlan.add(d.target());
            if (c instanceof Change.DropColumn d) g.droppedByPlan.add(d.target());
            if (c instanceof Change.GrantPrivileges gp) {
                g.granted.computeIfAbsent(gp.on().target(), k -> new ArrayList<>()).addAll(gp.privileges());
            }
            // Revoked by the plan (the YAML manages the grants and does not give them): told by that step.
            if (c instanceof Change.RevokePrivileges rp) {
                g.granted.computeIfAbsent(rp.on().target(), k -> new ArrayList<>()).addAll(rp.privileges());
            }
        }
        for (Change c : changes) {
            if (!(c instanceof AlterColumn a) || !changesType(a)) continue;
            Table table = live.table(a.schema(), renamed.liveTableName(a.schema(), a.table())).orElse(null);
            if (table == null) continue;
            for (Column reader : table.columns()) {
                if (reader.generated() == null || reader.name().equals(a.from().name())
                        || !ColumnReferences.mentions(reader.generated(), a.from().name())) continue;
                ObjectRef ref = ObjectRef.inTable(ObjectRef.Kind.COLUMN, a.schema(), a.table(), reader.name());
                if (g.droppedByPlan.contains(ref)) continue;
                AlterColumn own = alters.get(ref);
                Column desired = own == null ? reader : own.to();
                // A column that stops being generated keeps its values (DROP EXPRESSION): never dropped and added.
                if (desired.generated() == null) continue;
                g.add(a, table, new Regenerated(reader, desired));
                if (own != null) g.folded.add(ref);
            }
        }
        for (AlterColumn a : alters.values()) {
            if (g.folded.contains(a.target())) continue;
            Table table = live.table(a.schema(), renamed.liveTableName(a.schema(), a.table())).orElse(null);
            if (table != null && recreatesItself(a, table, server)) g.add(a, table, new Regenerated(a.from(), a.to()));
        }
        return g;
    }

    private void add(AlterColumn a, Table liveTable, Regenerated r) {
        byChange.computeIfAbsent(a.target(), k -> new ArrayList<>()).add(r);
        liveTables.put(a.target(), liveTable);
        for (var s : live.schemas()) {
            for (Table t : s.tables()) {
                for (var fk : t.foreignKeys()) {
                    if (!fk.refSchema().equals(a.schema()) || !fk.refTable().equals(liveTable.name())
                            || !fk.refColumns().contains(r.live().name())) continue;
                    if (droppedByPlan.contains(ObjectRef.inTable(ObjectRef.Kind.CONSTRAINT, s.name(), t.name(),
                            fk.name()))) continue;
                    blockers.computeIfAbsent(a.target(), k -> new ArrayList<>()).add("foreign key " + s.name() + "."
                            + t.name() + "." + fk.name() + " references generated column " + r.live().name() + ", which"
                            + " this change drops and adds again: PostgreSQL will not drop a column a foreign key"
                            + " references (remove the foreign key from the YAML for this release, applied with"
                            + " --allow-destructive, and add it back in"
                            + " the next)");
                }
            }
        }
    }

    /** What keeps the step of {@code change} from dropping the generated columns it adds again: refused, by name. */
    void refusals(Draft d, AlterColumn change) {
        blockers.getOrDefault(change.target(), List.of()).forEach(m -> d.hazard(Hazard.Kind.UNSUPPORTED, m));
    }

    /**
     * The column privileges (column-level GRANT) that DROP COLUMN takes with each column the step adds again, and
     * that the plan neither grants again after it nor revokes (the YAML does not manage the table's grants): lost,
     * so the step names them.
     */
    void grantsLost(Draft d, AlterColumn change) {
        Table liveTable = liveTables.get(change.target());
        if (liveTable == null) return;
        var access = live.access(ObjectRef.of(ObjectRef.Kind.TABLE, change.schema(), liveTable.name())).orElse(null);
        if (access == null || access.grants() == null) return;
        List<io.schemasync.model.Privilege> again = granted.getOrDefault(
                ObjectRef.of(ObjectRef.Kind.TABLE, change.schema(), change.table()), List.of());
        List<io.schemasync.model.Privilege> lost = new ArrayList<>();
        for (Regenerated r : of(change.target())) {
            for (var p : access.grants()) {
                if (!r.live().name().equals(p.column())) continue;
                var renamedP = new io.schemasync.model.Privilege(p.role(), p.privilege(), r.desired().name(),
                        p.grantable());
                if (!again.contains(renamedP)) lost.add(renamedP);
            }
        }
        if (lost.isEmpty()) return;
        d.hazard(io.schemasync.plan.Hazard.Kind.NOTE, "privileges lost: DROP COLUMN takes the column privileges with it ("
                + AccessSteps.describe(lost, " to ") + "), which the YAML does not grant again (grant them again, or"
                + " list them under the table's grants: with columns:)");
    }

    /** A new type, or a new collation: both are ALTER COLUMN ... TYPE, which a generated column reading it blocks. */
    static boolean changesType(AlterColumn a) {
        return a.aspects().contains(ColumnAspect.COLLATION)
                || a.aspects().contains(ColumnAspect.TYPE) && !a.from().storedType().equals(a.to().storedType());
    }

    /** A stored generated column's new expression, in place: what {@code ColumnSteps#setExpression} plans. */
    private boolean setsExpression(AlterColumn a) {
        return a.aspects().contains(ColumnAspect.GENERATED) && a.from().generated() != null
                && a.to().generated() != null && !folded.contains(a.target());
    }

    /** Whether a generated column's own change is a drop and add rather than SET EXPRESSION. */
    private static boolean recreatesItself(AlterColumn a, Table liveTable, Capabilities server) {
        Column from = a.from(), to = a.to();
        if (!a.aspects().contains(ColumnAspect.GENERATED) || from.generated() == null || to.generated() == null) {
            return false;
        }
        if (from.options().virtual() != to.options().virtual() || !server.setGeneratedExpression()) return true;
        // PostgreSQL 18: "SET EXPRESSION is not supported for virtual generated columns in tables with check
        // constraints", whichever columns they read.
        return to.options().virtual() && !liveTable.checks().isEmpty();
    }

    /** The generated columns that the step of {@code change} drops and adds again (itself, or those reading it). */
    List<Regenerated> of(ObjectRef change) {
        return byChange.getOrDefault(change, List.of());
    }

    /** Every column dropped and added again, by the names the YAML gives it: they lose their column privileges. */
    Set<ObjectRef> columns() {
        Set<ObjectRef> out = new HashSet<>();
        byChange.forEach((change, list) -> list.forEach(r -> out.add(ObjectRef.inTable(ObjectRef.Kind.COLUMN,
                change.schema(), change.table(), r.desired().name()))));
        return out;
    }

    /** The generated columns the step of {@code change} adds again, as the step order names what a step creates. */
    List<Ident> creates(Change change) {
        if (!(change instanceof AlterColumn a)) return List.of();
        return of(a.target()).stream().map(r -> Ident.column(a.schema(), a.table(), r.desired().name())).toList();
    }

    /** Whether the step of {@code change} is the drop and add of its own column. */
    boolean recreatesItself(AlterColumn change) {
        return of(change.target()).stream().anyMatch(r -> r.desired().name().equals(change.to().name())
                && r.live().name().equals(change.from().name()));
    }

    /** A generated column's own change that another column's step does (it drops and adds the column again). */
    boolean folded(Change change) {
        return change instanceof AlterColumn a && folded.contains(a.target());
    }

    /** The live names of the columns the step of {@code change} drops and adds again: what views must not read. */
    Set<String> liveNames(ObjectRef change) {
        Set<String> out = new HashSet<>();
        of(change).forEach(r -> out.add(r.live().name()));
        return out;
    }

    /** {@code ALTER TABLE ... DROP COLUMN} of each column the step adds again, before its own statements. */
    void drops(Draft d, AlterColumn change) {
        String table = alterTable(change.schema(), change.table());
        for (Regenerated r : of(change.target())) {
            String drop = table + " DROP COLUMN IF EXISTS " + quote(r.live().name());
            String guard = replayGuard(change, r);
            d.sql(table + " DROP COLUMN " + quote(r.live().name()), guard == null ? drop : io.schemasync.sql.Guard
                    .doIf(guard, drop));
        }
    }

    /**
     * For the replayable script: the step is not done yet. Replayed once it is, the drop would move the column again
     * and fail under a view that reads it (one the plan creates after the step). The column's own change: it is still
     * generated as the live database had it (the catalog's text; the YAML's may be written otherwise); a type change
     * under it: the column does not have its new type (the type change's own guard, {@link ColumnSteps#typeNotDone}).
     */
    private String replayGuard(AlterColumn change, Regenerated r) {
        if (recreatesItself(change)) {
            return io.schemasync.sql.Guard.generatedAs(change.schema(), change.table(), r.live().name(),
                    r.live().generated(), r.live().options().virtual());
        }
        return ColumnSteps.typeNotDone(change);
    }

    /**
     * ADD COLUMN of each column as the YAML wants it (with its comment and statistics), then the live indexes and
     * constraints that named it and that the plan keeps, which DROP COLUMN took with it.
     */
    void adds(Draft d, AlterColumn change) {
        Table live = liveTables.get(change.target());
        if (live == null) return;
        String table = alterTable(change.schema(), change.table());
        Set<String> names = liveNames(change.target());
        for (Regenerated r : of(change.target())) ColumnSteps.addColumn(d, change.schema(), change.table(), r.desired());
        for (Index ix : live.indexes()) {
            if (!names(ix, names) || droppedByPlan.contains(ref(change, ObjectRef.Kind.INDEX, ix.name()))) continue;
            d.sql(Ddl.createIndex(change.schema(), change.table(), ix, false),
                    Ddl.createIndex(change.schema(), change.table(), ix, true));
        }
        for (Constraint k : live.constraints()) {
            if (!names(k, names) || droppedByPlan.contains(ref(change, ObjectRef.Kind.CONSTRAINT, k.name()))) continue;
            String sql = table + " ADD " + Ddl.constraint(change.schema(), k);
            d.sql(sql, io.schemasync.sql.Guard.doIf("NOT " + io.schemasync.sql.Guard.constraintExists(change.schema(),
                    change.table(), k.name()), sql));
        }
    }

    /**
     * The unique keys (primary key, unique constraints, unique indexes) over a column the step computes again are
     * created again over its new values: a new expression, a new type of its own, or one computed from a column
     * the step gives a new type; and, with {@code ownKeys}, those over the plain column whose type the step changes
     * (see {@link ColumnSteps#alter}). The live rows are read as the step leaves them (the changed column cast as
     * its USING casts it, each generated column computed from them in its new type), and the duplicates each key
     * would find are counted: a duplicate fails the step, so it is refused before anything runs. By the live names.
     */
    void uniqueChecks(Draft d, AlterColumn change, Tables tables, boolean ownKeys) {
        Recomputed re = recomputed(change, tables, ownKeys);
        if (re == null) return;
        List<Regenerated> regenerated = re.columns();
        Table liveTable = re.liveTable();
        Set<String> names = re.liveNames();
        List<String> desiredNames = regenerated.stream().map(r -> r.desired().name()).toList();
        String regeneratedWhat = desiredNames.isEmpty() ? null : "generated column" + (desiredNames.size() > 1 ? "s "
                : " ") + String.join(", ", desiredNames) + " " + (desiredNames.size() > 1 ? "are" : "is")
                + " computed again" + (re.ownType() ? " as " + TypeNames.display(change.to().storedType()) : "");
        Set<String> regeneratedNames = new HashSet<>();
        regenerated.forEach(r -> regeneratedNames.add(r.live().name()));
        // A primary key or unique constraint is checked as the unique index ADD CONSTRAINT builds for it.
        List<Map.Entry<Index, String>> keys = new ArrayList<>();
        for (Index ix : liveTable.indexes()) {
            if (ix.unique() && !droppedByPlan.contains(ref(change, ObjectRef.Kind.INDEX, ix.name()))) {
                keys.add(Map.entry(ix, "unique index " + ix.name()));
            }
        }
        for (Constraint k : liveTable.constraints()) {
            if (!(k instanceof io.schemasync.model.PrimaryKey || k instanceof io.schemasync.model.UniqueConstraint)
                    || droppedByPlan.contains(ref(change, ObjectRef.Kind.CONSTRAINT, k.name()))) continue;
            keys.add(Map.entry(Online.keyIndex(k), (k instanceof io.schemasync.model.PrimaryKey ? "primary key "
                    : "unique constraint ") + k.name()));
        }
        String rows = null;
        for (var key : keys) {
            Index ix = key.getKey();
            if (!names(ix, names)) continue;
            if (rows == null) rows = newRows(change, liveTable, regenerated, tables);
            // What makes this key's values new: the cast of the plain column, the generated columns computed again.
            boolean cast = re.cast() != null && names(ix, Set.of(re.cast()));
            List<String> what = new ArrayList<>();
            if (cast) what.add("column " + change.to().name() + " " + becomes(change));
            if (regeneratedWhat != null && names(ix, regeneratedNames)) what.add(regeneratedWhat);
            String where = change.schema() + "." + change.table() + " once " + String.join(" and ", what);
            String fix = cast && !change.aspects().contains(ColumnAspect.TYPE) ? " (keep its collation, or change the"
                    + " rows, first)" : re.ownType() || cast ? " (keep its type, or change the rows, first)"
                    : " (change the expression, or the rows, first)";
            List<String> exprs = ix.keys().stream().map(k -> k.column() ? quote(k.expression())
                    : Ddl.expression(k.expression())).toList();
            ConstraintSteps.duplicates(d, rows, exprs, ix.keys().stream().map(IndexKey::expression).toList(),
                    ix.where(), ix.nullsNotDistinct(), where + ": " + key.getValue() + " would fail" + fix);
        }
    }

    /**
     * The exclusion constraints over a column the step computes again (or, with {@code ownKeys}, over the plain
     * column whose type it changes) are checked again over its new values, in the step, under its ACCESS EXCLUSIVE
     * lock: a pair of rows in conflict fails the apply, which rolls back. Told, not counted in advance: the new
     * values are computed, so no index serves the pairs, and counting them would join the table with itself (as for
     * a new exclusion constraint, {@link ConstraintSteps}).
     */
    void exclusionChecks(Draft d, AlterColumn change, Tables tables, boolean ownKeys) {
        Recomputed re = recomputed(change, tables, ownKeys);
        if (re == null || !tables.hasRows(change.schema(), change.table())) return;
        Set<String> names = re.liveNames();
        for (io.schemasync.model.ExclusionConstraint x : re.liveTable().exclusions()) {
            if (!names(x, names) || droppedByPlan.contains(ref(change, ObjectRef.Kind.CONSTRAINT, x.name()))) continue;
            List<String> columns = new ArrayList<>();
            if (re.cast() != null && names(x, Set.of(re.cast()))) columns.add(change.to().name());
            re.columns().stream().filter(r -> names(x, Set.of(r.live().name())))
                    .forEach(r -> columns.add(r.desired().name()));
            d.hazard(Hazard.Kind.NOTE, "exclusion constraint " + x.name() + " is checked again over the new values"
                    + " of " + String.join(", ", columns) + ": a conflict between two rows fails the apply, which"
                    + " changes nothing (not counted in advance: that would join " + change.table() + " with itself)");
        }
    }

    /**
     * What the step of {@code change} computes again over the live rows of a table the plan does not create: the
     * columns it drops and adds again, or else the column's own new expression (SET EXPRESSION) or own new type (ALTER COLUMN
     * TYPE computes a generated column again from its expression, cast to the new type); and, with {@code ownKeys},
     * the plain column whose type the step changes, cast. Null when none.
     *
     * @param ownType the generated column's own type change, with its expression as it is
     * @param cast    the live name of the plain column the step casts to its new type, when its keys are checked too;
     *                else null
     */
    private record Recomputed(List<Regenerated> columns, Table liveTable, boolean ownType, String cast) {
        Set<String> liveNames() {
            Set<String> out = new HashSet<>();
            columns.forEach(r -> out.add(r.live().name()));
            if (cast != null) out.add(cast);
            return out;
        }
    }

    private Recomputed recomputed(AlterColumn change, Tables tables, boolean ownKeys) {
        List<Regenerated> regenerated = of(change.target());
        Table liveTable = liveTables.get(change.target());
        boolean ownType = false;
        if (regenerated.isEmpty() && (setsExpression(change) || retypesItself(change))) {
            // SET EXPRESSION (17+) and ALTER COLUMN TYPE compute the column again in place and rebuild its indexes
            // and constraints: the same keys.
            ownType = !setsExpression(change);
            regenerated = List.of(new Regenerated(change.from(), change.to()));
        }
        // A plain column (or one that stops being generated in the step: it keeps its values) cast to its new type.
        String cast = ownKeys && changesType(change) && change.to().generated() == null ? change.from().name() : null;
        if (liveTable == null) {
            liveTable = live.table(change.schema(), renamed.liveTableName(change.schema(), change.table())).orElse(null);
        }
        if (liveTable == null || regenerated.isEmpty() && cast == null || tables.isNew(change.schema(), change.table())) {
            return null;
        }
        return new Recomputed(regenerated, liveTable, ownType, cast);
    }

    /** What a plain column's type change makes of it, for a message: {@code becomes integer}. */
    private static String becomes(AlterColumn change) {
        Column to = change.to();
        if (!change.aspects().contains(ColumnAspect.TYPE)) return "takes collation " + (to.collation() == null ? "default" : to.collation());
        return "becomes " + TypeNames.display(to.storedType()) + (change.aspects().contains(ColumnAspect.COLLATION)
                ? " with collation " + (to.collation() == null ? "default" : to.collation()) : "");
    }

    /** A generated column's own new type (or collation), its expression kept: ALTER COLUMN TYPE computes it again. */
    private boolean retypesItself(AlterColumn a) {
        return a.from().generated() != null && a.to().generated() != null && changesType(a)
                && !folded.contains(a.target());
    }

    /**
     * The live rows with the values the step gives them, as a derived table with the live column names: first the
     * column whose type changes, cast (what USING does), then each generated column added again, computed from them.
     */
    private static String newRows(AlterColumn change, Table liveTable, List<Regenerated> columns, Tables tables) {
        Set<String> regenerated = new HashSet<>();
        columns.forEach(r -> regenerated.add(r.live().name()));
        boolean castsItsColumn = changesType(change) && !regenerated.contains(change.from().name());
        List<String> base = new ArrayList<>();
        for (Column c : liveTable.columns()) {
            if (castsItsColumn && c.name().equals(change.from().name())) {
                Column to = change.to();
                base.add("CAST(" + quote(c.name()) + " AS " + io.schemasync.sql.Sql.requireType(to.storedType()) + ")"
                        + (to.collation() != null ? " COLLATE " + quote(to.collation()) : "") + " AS " + quote(c.name()));
            } else if (!regenerated.contains(c.name())) {
                base.add(quote(c.name()));
            }
        }
        List<String> computed = new ArrayList<>();
        for (Column c : liveTable.columns()) if (!regenerated.contains(c.name())) computed.add(quote(c.name()));
        for (Regenerated r : columns) {
            Column to = r.desired();
            computed.add("CAST(" + Ddl.expression(tables.liveExpression(change.schema(), change.table(), to.generated()))
                    + " AS " + io.schemasync.sql.Sql.requireType(to.storedType()) + ")"
                    + (to.collation() != null ? " COLLATE " + quote(to.collation()) : "") + " AS "
                    + quote(r.live().name()));
        }
        return "(SELECT " + String.join(", ", computed) + " FROM (SELECT " + String.join(", ", base) + " FROM "
                + tables.liveRelation(change.schema(), change.table()) + ") AS b) AS g";
    }

    private static ObjectRef ref(AlterColumn change, ObjectRef.Kind kind, String name) {
        return ObjectRef.inTable(kind, change.schema(), change.table(), name);
    }

    private static boolean names(Index ix, Set<String> columns) {
        for (IndexKey k : ix.keys()) {
            if (k.column() ? columns.contains(k.expression()) : mentionsAny(k.expression(), columns)) return true;
        }
        return ix.include().stream().anyMatch(columns::contains) || mentionsAny(ix.where(), columns);
    }

    private static boolean names(Constraint k, Set<String> columns) {
        return switch (k) {
            case io.schemasync.model.PrimaryKey pk -> pk.columns().stream().anyMatch(columns::contains);
            case io.schemasync.model.UniqueConstraint u -> u.columns().stream().anyMatch(columns::contains);
            case io.schemasync.model.CheckConstraint ck -> mentionsAny(ck.expression(), columns);
            case io.schemasync.model.ForeignKey fk -> fk.columns().stream().anyMatch(columns::contains);
            case io.schemasync.model.ExclusionConstraint x -> names(x.index(), columns);
        };
    }

    private static boolean mentionsAny(String expression, Set<String> columns) {
        return columns.stream().anyMatch(c -> ColumnReferences.mentions(expression, c));
    }
}
