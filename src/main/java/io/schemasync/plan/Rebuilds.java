package io.schemasync.plan;

import io.schemasync.diff.Change;
import io.schemasync.diff.Change.AddConstraint;
import io.schemasync.diff.Change.CreateIndex;
import io.schemasync.diff.Change.DetachForeignKey;
import io.schemasync.diff.Change.DropColumn;
import io.schemasync.diff.Change.DropConstraint;
import io.schemasync.diff.Change.DropIndex;
import io.schemasync.diff.Change.DropTable;
import io.schemasync.diff.Change.ReattachForeignKey;
import io.schemasync.diff.Change.ReplaceConstraint;
import io.schemasync.diff.Change.ReplaceIndex;
import io.schemasync.diff.Change.Unsupported;
import io.schemasync.model.Constraint;
import io.schemasync.model.Database;
import io.schemasync.model.ForeignKey;
import io.schemasync.model.Index;
import io.schemasync.model.IndexKey;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.PrimaryKey;
import io.schemasync.model.Schema;
import io.schemasync.model.Table;
import io.schemasync.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Replace with dependents: when a step drops a primary key, unique constraint or unique index that foreign keys
 * of the live database reference, PostgreSQL refuses (2BP01). Those foreign keys are dropped before it and added
 * again after it, in the same transaction; the graph puts them in order. When the key is dropped for good and
 * nothing in the plan gives the table another key on those columns, the foreign keys would have nothing to
 * reference: the plan refuses that, naming them, instead of failing at apply.
 */
final class Rebuilds {
    private Rebuilds() {}

    /** A key of a table that a step removes (for good, or to create it again). */
    private record RemovedKey(String schema, String table, Set<String> columns, ObjectRef ref, boolean forGood) {}

    static List<Change> expand(List<Change> changes, Database live) {
        List<RemovedKey> removed = changes.stream().flatMap(c -> removedKey(c).stream()).toList();
        if (removed.isEmpty()) return changes;
        Set<String> handled = handledForeignKeys(changes);
        List<Change> out = new ArrayList<>();
        for (Change c : changes) {
            if (c instanceof ReplaceConstraint r && r.from() instanceof ForeignKey from
                    && referenced(from, removed).isPresent()) {
                // The foreign key changes too: its old form goes before the key, its new form after.
                out.add(new DetachForeignKey(r.schema(), r.table(), from, referenced(from, removed).get().ref()));
                out.add(new AddConstraint(r.schema(), r.table(), r.to()));
            } else {
                out.add(c);
            }
        }
        Set<String> done = new HashSet<>();
        for (Schema s : live.schemas()) {
            for (Table t : s.tables()) {
                for (ForeignKey fk : t.foreignKeys()) {
                    String id = s.name() + "." + t.name() + "." + fk.name();
                    if (handled.contains(id) || !done.add(id)) continue;
                    Optional<RemovedKey> key = referenced(fk, removed);
                    if (key.isEmpty()) continue;
                    if (key.get().forGood() && !keptOrAdded(key.get(), changes, live)) {
                        out.add(new Unsupported(key.get().ref(), "drop (foreign key " + id + " references it)",
                                "foreign key " + fk.name() + " of " + s.name() + "." + t.name() + " references these"
                                        + " columns and no other key of the table covers them; drop or change that"
                                        + " foreign key in the YAML too"));
                        continue;
                    }
                    out.add(new DetachForeignKey(s.name(), t.name(), fk, key.get().ref()));
                    out.add(new ReattachForeignKey(s.name(), t.name(), fk, key.get().ref()));
                }
            }
        }
        return out;
    }

    /**
     * A table whose partition key changes is dropped and created again ({@link Change.RepartitionTable}, only when
     * empty), and DROP TABLE refuses while another table's foreign key references it or one of its partitions. Those
     * that reference the table are dropped before it and added again after the new table and its key, in the
     * transaction; on a referencing table with rows {@link Online} adds them back NOT VALID and validates them after
     * the commit (the table they reference is empty, so every row they check has a NULL in them). One the plan drops,
     * or whose table it drops, goes before the DROP TABLE by itself; one it replaces (the YAML points one that
     * referenced a partition at the table) has its old form dropped before and its new form added after; one it
     * renames is added again under its new name. The referencing table's and columns' names are the plan's. One
     * left referencing a partition (which comes back empty, if at all) is refused, naming it.
     */
    static List<Change> aroundRepartitions(List<Change> changes, Database live) {
        List<Change.RepartitionTable> remade = changes.stream().filter(c -> c instanceof Change.RepartitionTable)
                .map(c -> (Change.RepartitionTable) c).toList();
        if (remade.isEmpty()) return changes;
        PlanNames names = PlanNames.of(changes);
        java.util.Map<String, Change.RenameConstraint> renamedKeys = new java.util.HashMap<>();
        Set<String> dropped = new HashSet<>();
        for (Change c : changes) {
            if (c instanceof Change.RenameConstraint r) renamedKeys.put(r.schema() + "\0" + r.table() + "\0" + r.from(), r);
            if (c instanceof DropTable d) dropped.add(d.schema() + "\0" + d.table().name());
            if (c instanceof DropConstraint d && d.constraint() instanceof ForeignKey) {
                dropped.add(d.schema() + "\0" + d.table() + "\0" + d.constraint().name());
            }
        }
        List<Change> out = new ArrayList<>(changes);
        for (Change.RepartitionTable r : remade) {
            Set<String> tree = new HashSet<>();
            tree.add(r.schema() + "\0" + r.table().name());
            r.partitions().forEach(p -> tree.add(p.schema() + "\0" + p.name()));
            for (Schema s : live.schemas()) {
                for (Table t : s.tables()) {
                    if (tree.contains(s.name() + "\0" + t.name()) || dropped.contains(s.name() + "\0" + t.name())) {
                        continue;
                    }
                    String table = names.tables().getOrDefault(s.name() + "\0" + t.name(), t.name());
                    for (ForeignKey was : t.foreignKeys()) {
                        String key = s.name() + "\0" + table + "\0" + was.name();
                        if (!tree.contains(was.refSchema() + "\0" + was.refTable()) || dropped.contains(key)) continue;
                        Optional<ReplaceConstraint> replaced = changes.stream().filter(c -> c instanceof
                                ReplaceConstraint rc && rc.schema().equals(s.name()) && rc.table().equals(table)
                                && rc.from().name().equals(was.name())).map(c -> (ReplaceConstraint) c).findFirst();
                        if (replaced.isPresent()) {
                            // Its old form goes before the DROP TABLE, its new form after the new table.
                            ReplaceConstraint rc = replaced.get();
                            out.set(out.indexOf(rc), new DetachForeignKey(rc.schema(), rc.table(),
                                    (ForeignKey) rc.from(), r.target()));
                            out.add(new AddConstraint(rc.schema(), rc.table(), rc.to()));
                            continue;
                        }
                        if (!was.refTable().equals(r.table().name()) || !was.refSchema().equals(r.schema())) {
                            out.add(new Unsupported(r.target(), "drop and create again (foreign key " + was.name()
                                    + " of " + s.name() + "." + table + " references its partition)", "foreign key "
                                    + was.name() + " of " + s.name() + "." + table + " references partition "
                                    + was.refSchema() + "." + was.refTable() + ", which DROP TABLE would drop (it"
                                    + " refuses while the key is there); drop that foreign key in the YAML, or point"
                                    + " it at " + r.schema() + "." + r.table().name()));
                            continue;
                        }
                        // The plan's name: one the plan renames is dropped under its old name, added under the new.
                        Change.RenameConstraint rename = renamedKeys.get(key);
                        if (rename != null) out.remove(rename);
                        List<String> columns = was.columns().stream().map(col -> names.columns().getOrDefault(
                                s.name() + "\0" + table + "\0" + col, col)).toList();
                        ForeignKey fk = new ForeignKey(rename == null ? was.name() : rename.to(), columns,
                                was.refSchema(), was.refTable(), was.refColumns(), was.onDelete(), was.onUpdate(),
                                was.matchFull(), was.deferral(), was.validated());
                        out.add(new DetachForeignKey(s.name(), table, was, r.target()));
                        out.add(new ReattachForeignKey(s.name(), table, fk, r.target()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * A new type of a referenced column changes the operator its foreign keys compare with, and PostgreSQL checks each
     * of them again inside the ALTER TABLE: it reads the referencing table while both tables stay locked until the
     * commit (Mastodon's accounts.id, referenced by statuses, follows and favourites). So does a new type of a
     * referencing column (statuses.account_id). Where the referencing table
     * holds rows and the new type keeps every value (a widening: integer to bigint), such a foreign key is dropped
     * before the change and added again after it, in the transaction; {@link Online} adds it back NOT VALID and
     * validates it after the commit. From the drop to the commit both tables are locked, and from then on the NOT
     * VALID foreign key checks every new or updated row, so no row it forbids can appear before VALIDATE. A narrowing
     * conversion may change the values (numeric to integer rounds), so its check stays in the transaction, where a
     * failure rolls everything back. Not for a foreign key the plan changes (or renames) itself. A table or column the
     * plan renames, referencing or referenced, is no exception: the key is dropped and added again under the new
     * names (orders renamed to purchases, its customer_id to buyer_id and widened), and so is one on a table whose
     * other columns the plan drops.
     */
    static List<Change> aroundTypeChanges(List<Change> changes, Database live, Tables tables) {
        List<Rechecked> rechecked = recheckedForeignKeys(changes, live, Rebuilds::rechecksForeignKeys);
        if (rechecked.isEmpty()) return changes;
        Set<ObjectRef> changed = new HashSet<>();
        Set<String> moved = new HashSet<>();
        for (Change c : changes) {
            if (!(c instanceof Change.ValidateConstraint)) changed.add(c.target());
            if (c instanceof DropTable d) moved.add(d.schema() + "." + d.table().name());
            if (c instanceof Change.RepartitionTable r) moved.add(r.schema() + "." + r.table().name());
            // Under the plan's names: a foreign key the plan renames is not dropped around the change.
            if (c instanceof Change.RenameConstraint r) {
                changed.add(ObjectRef.inTable(ObjectRef.Kind.CONSTRAINT, r.schema(), r.table(), r.from()));
            }
        }
        List<Change> out = new ArrayList<>(changes);
        for (Rechecked r : rechecked) {
            // A table the plan renames is altered under its new name (its steps go after the rename).
            ObjectRef ref = ObjectRef.inTable(ObjectRef.Kind.CONSTRAINT, r.schema(), r.planTable(), r.fk().name());
            if (moved.contains(r.schema() + "." + r.table()) || moved.contains(r.schema() + "." + r.planTable())
                    || !tables.hasRows(r.schema(), r.planTable()) || changed.contains(ref)) continue;
            out.add(new DetachForeignKey(r.schema(), r.planTable(), r.fk(), r.cause().target()));
            out.add(new ReattachForeignKey(r.schema(), r.planTable(), r.fk(), r.cause().target()));
        }
        return out;
    }

    /**
     * A valid foreign key of the live database that a column's new type makes PostgreSQL check again.
     *
     * @param table      the referencing table's live name
     * @param planTable  its name in the plan (the new name of a table the plan renames)
     * @param fk         the live foreign key, its referenced table and columns under the names the plan gives them
     *                   (a table or column it renames): the form it is added again in after the change
     * @param cause      the new type: of a referenced column where that changes too (the cause the plan shows),
     *                   else of a referencing one
     * @param referenced whether the cause is a referenced column
     */
    record Rechecked(String schema, String table, String planTable, ForeignKey fk, Change.AlterColumn cause,
                     boolean referenced) {}

    /**
     * The live foreign keys that the plan's new types ({@code which} of them) make PostgreSQL check again, in the
     * order of the live tables: a referenced table or column the plan renames is matched by its new name, as the
     * change of its type names it.
     */
    static List<Rechecked> recheckedForeignKeys(List<Change> changes, Database live,
                                                java.util.function.Predicate<Change.AlterColumn> which) {
        List<Change.AlterColumn> retyped = changes.stream().filter(c -> c instanceof Change.AlterColumn a
                && which.test(a)).map(c -> (Change.AlterColumn) c).toList();
        if (retyped.isEmpty()) return List.of();
        PlanNames names = PlanNames.of(changes);
        java.util.Map<String, String> tableNames = names.tables();
        java.util.Map<String, String> columnNames = names.columns();
        List<Rechecked> out = new ArrayList<>();
        for (Schema s : live.schemas()) {
            for (Table t : s.tables()) {
                String table = tableNames.getOrDefault(s.name() + "\0" + t.name(), t.name());
                for (ForeignKey was : t.foreignKeys()) {
                    if (!was.validated()) continue;
                    String refTable = tableNames.getOrDefault(was.refSchema() + "\0" + was.refTable(),
                            was.refTable());
                    // The change of a column's type names it by the name the plan gives it, on either side.
                    List<String> refColumns = was.refColumns().stream().map(col -> columnNames.getOrDefault(
                            was.refSchema() + "\0" + refTable + "\0" + col, col)).toList();
                    List<String> columns = was.columns().stream().map(col -> columnNames.getOrDefault(
                            s.name() + "\0" + table + "\0" + col, col)).toList();
                    Optional<Change.AlterColumn> byReferenced = retyped.stream().filter(a -> a.schema().equals(
                            was.refSchema()) && a.table().equals(refTable)
                            && refColumns.contains(a.to().name())).findFirst();
                    Optional<Change.AlterColumn> cause = byReferenced.or(() -> retyped.stream().filter(a ->
                            a.schema().equals(s.name()) && a.table().equals(table)
                                    && columns.contains(a.to().name())).findFirst());
                    if (cause.isEmpty()) continue;
                    ForeignKey fk = new ForeignKey(was.name(), columns, was.refSchema(), refTable,
                            refColumns, was.onDelete(), was.onUpdate(), was.matchFull(), was.deferral(),
                            was.validated());
                    out.add(new Rechecked(s.name(), t.name(), table, fk, cause.get(), byReferenced.isPresent()));
                }
            }
        }
        return out;
    }

    /** A widening (it keeps every value) that makes PostgreSQL check the foreign keys again ({@link #rechecks}). */
    private static boolean rechecksForeignKeys(Change.AlterColumn a) {
        return rechecks(a) && !TypeChange.of(a.from().storedType(), a.to().storedType()).narrowing();
    }

    /**
     * PostgreSQL checks a valid foreign key that references the column again when the column's type itself changes
     * (its equality operator changes with it), not for a new length or precision of the same type, nor for a
     * conversion that rewrites nothing (varchar to text).
     */
    static boolean rechecks(Change.AlterColumn a) {
        if (!a.aspects().contains(Change.ColumnAspect.TYPE)) return false;
        String from = a.from().storedType(), to = a.to().storedType();
        return TypeChange.of(from, to).rewrites() && !baseType(from).equals(baseType(to));
    }

    private static String baseType(String type) {
        int paren = type.indexOf('(');
        return paren < 0 ? type : type.substring(0, paren);
    }

    /** The key a change removes: only these four change records can remove one. */
    private static Optional<RemovedKey> removedKey(Change c) {
        if (c instanceof DropConstraint d) return key(d.schema(), d.table(), d.constraint(), d.target(), true);
        if (c instanceof ReplaceConstraint r) return key(r.schema(), r.table(), r.from(), r.target(), false);
        if (c instanceof DropIndex d) return key(d.schema(), d.table(), d.index(), d.target(), true);
        if (c instanceof ReplaceIndex r) return key(r.schema(), r.table(), r.from(), r.target(), false);
        return Optional.empty();
    }

    private static Optional<RemovedKey> key(String schema, String table, Constraint c, ObjectRef ref, boolean forGood) {
        return switch (c) {
            case PrimaryKey pk -> Optional.of(new RemovedKey(schema, table, Set.copyOf(pk.columns()), ref, forGood));
            case UniqueConstraint u -> Optional.of(new RemovedKey(schema, table, Set.copyOf(u.columns()), ref, forGood));
            case io.schemasync.model.CheckConstraint ck -> Optional.empty();
            case ForeignKey fk -> Optional.empty();
            case io.schemasync.model.ExclusionConstraint x -> Optional.empty();
        };
    }

    private static Optional<RemovedKey> key(String schema, String table, Index ix, ObjectRef ref, boolean forGood) {
        if (!ix.unique() || ix.where() != null || ix.keys().stream().anyMatch(k -> !k.column())) return Optional.empty();
        Set<String> columns = new LinkedHashSet<>(ix.keys().stream().map(IndexKey::expression).toList());
        return Optional.of(new RemovedKey(schema, table, columns, ref, forGood));
    }

    private static Optional<RemovedKey> referenced(ForeignKey fk, List<RemovedKey> removed) {
        return removed.stream().filter(k -> k.schema().equals(fk.refSchema()) && k.table().equals(fk.refTable())
                && k.columns().equals(Set.copyOf(fk.refColumns()))).findFirst();
    }

    /** Foreign keys the plan already drops or replaces itself, or whose table or columns it drops. */
    private static Set<String> handledForeignKeys(List<Change> changes) {
        Set<String> out = new HashSet<>();
        for (Change c : changes) {
            if (c instanceof DropConstraint d && d.constraint() instanceof ForeignKey fk) {
                out.add(d.schema() + "." + d.table() + "." + fk.name());
            }
            if (c instanceof ReplaceConstraint r && r.from() instanceof ForeignKey fk) {
                out.add(r.schema() + "." + r.table() + "." + fk.name());
            }
            if (c instanceof DropTable d) {
                d.table().foreignKeys().forEach(fk -> out.add(d.schema() + "." + d.table().name() + "." + fk.name()));
            }
        }
        return out;
    }

    /** Another key on the same columns stays in the live table, or the plan adds one. */
    private static boolean keptOrAdded(RemovedKey key, List<Change> changes, Database live) {
        for (Change c : changes) {
            if (c instanceof AddConstraint a && a.schema().equals(key.schema()) && a.table().equals(key.table())
                    && key(a.schema(), a.table(), a.constraint(), a.target(), false)
                    .filter(k -> k.columns().equals(key.columns())).isPresent()) return true;
            if (c instanceof CreateIndex i && i.schema().equals(key.schema()) && i.table().equals(key.table())
                    && key(i.schema(), i.table(), i.index(), i.target(), false)
                    .filter(k -> k.columns().equals(key.columns())).isPresent()) return true;
        }
        Set<String> gone = new HashSet<>();
        changes.stream().flatMap(c -> removedKey(c).stream()).filter(k -> k.schema().equals(key.schema())
                && k.table().equals(key.table())).forEach(k -> gone.add(k.ref().name()));
        changes.stream().filter(c -> c instanceof DropColumn d && d.schema().equals(key.schema())
                && d.table().equals(key.table())).forEach(c -> gone.add(c.target().name()));
        Table t = live.table(key.schema(), key.table()).orElse(null);
        if (t == null) return false;
        for (Constraint c : t.constraints()) {
            if (gone.contains(c.name())) continue;
            if (key(key.schema(), key.table(), c, key.ref(), false).filter(k -> k.columns().equals(key.columns()))
                    .isPresent()) return true;
        }
        return t.indexes().stream().filter(ix -> !gone.contains(ix.name()))
                .anyMatch(ix -> key(key.schema(), key.table(), ix, key.ref(), false)
                        .filter(k -> k.columns().equals(key.columns())).isPresent());
    }

    /**
     * The names the plan gives: tables by "schema\0old name", columns by "schema\0table (its new name)\0old name"
     * (a RenameColumn names its table by the plan's name).
     */
    private record PlanNames(java.util.Map<String, String> tables, java.util.Map<String, String> columns) {
        static PlanNames of(List<Change> changes) {
            java.util.Map<String, String> tables = new java.util.HashMap<>();
            java.util.Map<String, String> columns = new java.util.HashMap<>();
            for (Change c : changes) {
                if (c instanceof Change.RenameTable r) tables.put(r.schema() + "\0" + r.from(), r.to());
                if (c instanceof Change.RenameColumn r) {
                    columns.put(r.schema() + "\0" + r.table() + "\0" + r.from(), r.to());
                }
            }
            return new PlanNames(tables, columns);
        }
    }
}
