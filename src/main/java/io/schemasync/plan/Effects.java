package io.schemasync.plan;

import io.schemasync.diff.Change;
import io.schemasync.diff.Change.AddColumn;
import io.schemasync.diff.Change.AddConstraint;
import io.schemasync.diff.Change.AddEnumValue;
import io.schemasync.diff.Change.AlterColumn;
import io.schemasync.diff.Change.AlterObject;
import io.schemasync.diff.Change.AlterSequence;
import io.schemasync.diff.Change.CreateEnum;
import io.schemasync.diff.Change.CreateExtension;
import io.schemasync.diff.Change.CreateIndex;
import io.schemasync.diff.Change.CreateObject;
import io.schemasync.diff.Change.CreateSchema;
import io.schemasync.diff.Change.CreateSequence;
import io.schemasync.diff.Change.CreateTable;
import io.schemasync.diff.Change.DropColumn;
import io.schemasync.diff.Change.DropConstraint;
import io.schemasync.diff.Change.DropEnum;
import io.schemasync.diff.Change.DropIndex;
import io.schemasync.diff.Change.DropObject;
import io.schemasync.diff.Change.DropSequence;
import io.schemasync.diff.Change.DropTable;
import io.schemasync.diff.Change.RenameColumn;
import io.schemasync.diff.Change.RenameConstraint;
import io.schemasync.diff.Change.RenameIndex;
import io.schemasync.diff.Change.RenameTable;
import io.schemasync.diff.Change.ReplaceConstraint;
import io.schemasync.diff.Change.ReplaceIndex;
import io.schemasync.diff.Change.SetComment;
import io.schemasync.diff.Change.Unsupported;
import io.schemasync.kinds.Functions;
import io.schemasync.kinds.Kinds;
import io.schemasync.model.Column;
import io.schemasync.model.Constraint;
import io.schemasync.model.ForeignKey;
import io.schemasync.model.Index;
import io.schemasync.model.IndexKey;
import io.schemasync.model.ObjectRef;
import io.schemasync.model.SchemaObject;
import io.schemasync.model.Table;
import io.schemasync.sql.TypeName;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one change does to the objects the graph tracks.
 *
 * @param creates  objects that exist after the step (new, renamed to, or rebuilt)
 * @param needs    objects that must exist when the step runs: a step that creates one goes first
 * @param drops    objects that are gone after the step (dropped, or renamed away): a step that stops using one
 *                 goes first, and a step that creates one of the same name goes after
 * @param releases objects the step stops using (the old type of a column, the key a dropped foreign key
 *                 referenced)
 */
record Effects(List<Ident> creates, List<Ident> needs, List<Ident> drops, List<Ident> releases) {
    private static final Pattern NEXTVAL = Pattern.compile("nextval\\('((?:[^']|'')+)'");

    /** The same, creating {@code more} as well. */
    Effects creating(List<Ident> more) {
        if (more.isEmpty()) return this;
        List<Ident> all = new ArrayList<>(creates);
        all.addAll(more);
        return new Effects(List.copyOf(all), needs, drops, releases);
    }

    static Effects of(Change change) {
        Builder b = new Builder();
        ObjectRef target = change.target();
        if (!(change instanceof CreateSchema)) b.needs.add(Ident.schema(target.schema()));
        switch (change) {
            case CreateSchema c -> b.creates.add(Ident.schema(c.schema()));
            case CreateExtension c -> b.creates.add(Ident.of(target));
            case CreateEnum c -> b.creates.add(Ident.type(c.schema(), c.type().name()));
            case AddEnumValue c -> b.needs.add(Ident.type(c.schema(), c.type()));
            case DropEnum c -> b.drops.add(Ident.type(c.schema(), c.type().name()));
            case Change.RenameEnum c -> {
                b.needs.add(Ident.type(c.schema(), c.from()));
                b.drops.add(Ident.type(c.schema(), c.from()));
                b.creates.add(Ident.type(c.schema(), c.to()));
            }
            // Before a RecreateEnum of the type (which drops the old one): the conversion reads the new labels. After
            // the type's own rename by the order of the diff (the same stage).
            case Change.RenameEnumValue c -> b.releases.add(Ident.type(c.schema(), c.type()));
            case Change.RecreateEnum c -> {
                // The old type goes (what stops using it goes first); the new one takes its name (what uses it after).
                b.needs.add(Ident.type(c.schema(), c.to().name()));
                b.drops.add(Ident.type(c.schema(), c.to().name()));
                b.creates.add(Ident.type(c.schema(), c.to().name()));
                c.columns().forEach(col -> b.needs.add(Ident.column(col.schema(), col.table(), col.column())));
                // Its columns change type: a view or materialized view that reads one and that the plan drops goes
                // first (PostgreSQL will not convert a column a view reads, nor drop the old type while it does).
                c.columns().forEach(col -> b.drops.add(Ident.column(col.schema(), col.liveTable(), col.liveColumn())));
            }
            case CreateSequence c -> b.creates.add(Ident.relation(c.schema(), c.sequence().name()));
            case AlterSequence c -> {
                b.needs.add(Ident.relation(c.schema(), c.to().name()));
                ownedBy(c.schema(), c.to().ownedBy(), b.needs);
            }
            case DropSequence c -> b.drops.add(Ident.relation(c.schema(), c.sequence().name()));
            case CreateTable c -> createTable(c.schema(), c.table(), b);
            case RenameTable c -> {
                b.needs.add(Ident.relation(c.schema(), c.from()));
                b.drops.add(Ident.relation(c.schema(), c.from()));
                b.drops.add(Ident.type(c.schema(), c.from()));
                b.creates.add(Ident.relation(c.schema(), c.to()));
                b.creates.add(Ident.type(c.schema(), c.to()));
            }
            case Change.RepartitionTable c -> {
                dropTable(c.schema(), c.table(), b);
                c.partitions().forEach(p -> {
                    b.drops.add(Ident.relation(p.schema(), p.name()));
                    b.drops.add(Ident.type(p.schema(), p.name()));
                });
            }
            case DropTable c -> dropTable(c.schema(), c.table(), b);
            case AddColumn c -> {
                b.needs.add(Ident.relation(c.schema(), c.table()));
                uses(c.column(), b.needs);
                b.creates.add(Ident.column(c.schema(), c.table(), c.column().name()));
            }
            case RenameColumn c -> {
                b.needs.add(Ident.column(c.schema(), c.table(), c.from()));
                b.drops.add(Ident.column(c.schema(), c.table(), c.from()));
                b.creates.add(Ident.column(c.schema(), c.table(), c.to()));
            }
            case AlterColumn c -> {
                b.needs.add(Ident.column(c.schema(), c.table(), c.to().name()));
                // A new type is a new column to what is created reading it: a view or materialized view created
                // first would make PostgreSQL refuse ALTER COLUMN TYPE ("used by a view or rule").
                // So is a new generation expression (the column may be dropped and added again).
                if (!c.from().type().equals(c.to().type()) || c.aspects().contains(Change.ColumnAspect.GENERATED)
                        && c.to().generated() != null) {
                    b.creates.add(Ident.column(c.schema(), c.table(), c.to().name()));
                }
                // A serial's sequence is altered or replaced under its name after a rename of this plan.
                if (c.from().sequence() != null) b.needs.add(Ident.relation(c.schema(), c.from().sequence().name()));
                uses(c.to(), b.needs);
                uses(c.from(), b.releases);
            }
            case DropColumn c -> {
                b.drops.add(Ident.column(c.schema(), c.table(), c.column().name()));
                uses(c.column(), b.releases);
            }
            case AddConstraint c -> addConstraint(c.schema(), c.table(), c.constraint(), b);
            case ReplaceConstraint c -> {
                dropConstraint(c.schema(), c.table(), c.from(), b);
                addConstraint(c.schema(), c.table(), c.to(), b);
            }
            case RenameConstraint c -> {
                b.needs.add(Ident.relation(c.schema(), c.table()));
                b.creates.add(Ident.of(target));
                // A key's index is renamed with it: its old name is free for a new table's key (a table renamed
                // and its old name reused).
                b.drops.add(Ident.relation(c.schema(), c.from()));
                b.creates.add(Ident.relation(c.schema(), c.to()));
            }
            case Change.RenameSequence c -> {
                b.needs.add(Ident.relation(c.schema(), c.from()));
                b.drops.add(Ident.relation(c.schema(), c.from()));
                b.creates.add(Ident.relation(c.schema(), c.to()));
            }
            case RenameIndex c -> {
                b.needs.add(Ident.relation(c.schema(), c.from()));
                b.drops.add(Ident.relation(c.schema(), c.from()));
                b.creates.add(Ident.relation(c.schema(), c.to()));
            }
            case DropConstraint c -> dropConstraint(c.schema(), c.table(), c.constraint(), b);
            case CreateIndex c -> createIndex(c.schema(), c.table(), c.index(), b);
            case ReplaceIndex c -> {
                indexColumns(c.schema(), c.table(), c.from(), b.releases);
                createIndex(c.schema(), c.table(), c.to(), b);
            }
            case DropIndex c -> {
                b.drops.add(Ident.relation(c.schema(), c.index().name()));
                indexColumns(c.schema(), c.table(), c.index(), b.releases);
                indexKey(c.schema(), c.table(), c.index()).ifPresent(b.drops::add);
            }
            case Change.DropTempIndex c -> b.drops.add(Ident.relation(c.schema(), c.name()));
            case Change.UpdateExtension c -> b.needs.add(Ident.of(target));
            case Change.AlterTableOptions c -> {
                b.needs.add(Ident.relation(c.schema(), c.table()));
                if (c.to().replicaIdentity().index() != null) {
                    b.needs.add(Ident.relation(c.schema(), c.to().replicaIdentity().index()));
                }
            }
            case Change.AlterIndexStorage c -> b.needs.add(Ident.relation(c.schema(), c.to().name()));
            case Change.AlterPartitioning c -> {
                b.needs.add(Ident.relation(c.schema(), c.table()));
                if (c.to().isPartition()) b.needs.add(Ident.relation(c.to().parentSchemaOr(c.schema()), c.to().parent()));
                c.to().inherits().forEach(p -> b.needs.add(Ident.relation(c.schema(), p)));
            }
            case Change.SwapIndex c -> {
                if (c.from() != null) indexColumns(c.schema(), c.table(), c.from(), b.releases);
                createIndex(c.schema(), c.table(), c.to(), b);
                // For a moment the old index has this name: a leftover of it must be dropped first.
                b.creates.add(Ident.relation(c.schema(), Online.retiredName(c.to().name())));
            }
            case Change.ValidateConstraint c -> {
                b.needs.add(Ident.relation(c.schema(), c.table()));
                b.needs.add(new Ident(Ident.Space.CONSTRAINT, c.schema(), c.table(), c.constraint().name()));
                b.creates.add(Ident.validated(c.schema(), c.table(), c.constraint().name()));
            }
            case Change.NotNullStep c -> notNullStep(c, b);
            case Change.AddKeyUsingIndex c -> {
                addConstraint(c.schema(), c.table(), c.key(), b);
                if (c.key() instanceof io.schemasync.model.PrimaryKey pk) {
                    pk.columns().forEach(col -> b.needs.add(Ident.notNull(c.schema(), c.table(), col)));
                }
            }
            case Change.DetachForeignKey c -> {
                b.needs.add(Ident.relation(c.schema(), c.table()));
                dropConstraint(c.schema(), c.table(), c.fk(), b);
            }
            case Change.ReattachForeignKey c -> addConstraint(c.schema(), c.table(), c.fk(), b);
            // As a drop and a create of the object; the changes underneath it are ordered between the two by
            // StepOrder (they name no object the graph tracks in common with it).
            case Change.DetachDependent c -> {
                if (c.object().table() != null) b.needs.add(Ident.relation(c.schema(), c.object().table()));
                objectIdents(c.schema(), c.object(), b.drops);
                objectNeeds(c.schema(), c.object(), b.releases);
            }
            case Change.ReattachDependent c -> {
                objectIdents(c.schema(), c.object(), b.creates);
                objectNeeds(c.schema(), c.object(), b.needs);
            }
            case SetComment c -> b.needs.add(Ident.of(c.object()));
            case Change.SetOwner c -> b.needs.add(Ident.of(target));
            case Change.GrantPrivileges c -> b.needs.add(Ident.of(target));
            case Change.RevokePrivileges c -> b.needs.add(Ident.of(target));
            case Change.SetRowSecurity c -> b.needs.add(Ident.of(target));
            case Change.SetDefaultPrivileges c -> b.needs.add(Ident.of(target));
            case CreateObject c -> {
                objectIdents(c.schema(), c.object(), b.creates);
                objectNeeds(c.schema(), c.object(), b.needs);
            }
            case AlterObject c -> {
                if (!c.from().name().equals(c.to().name())) {
                    // Renamed: the old name is gone, the new one is there (and what uses it follows the object).
                    b.needs.add(objectIdent(c.schema(), c.from()));
                    objectIdents(c.schema(), c.from(), b.drops);
                    objectIdents(c.schema(), c.to(), b.creates);
                } else {
                    b.needs.add(objectIdent(c.schema(), c.to()));
                }
                // Dropped and created again: what reads it must stop first (or the step is refused), and what is
                // made on it (a materialized view's indexes) comes after.
                if (Kinds.of(c.to()).recreatesAny(c.from(), c.to())) {
                    b.drops.add(objectIdent(c.schema(), c.to()));
                    if (Kinds.of(c.to()).hasIndexes()) b.creates.add(objectIdent(c.schema(), c.to()));
                }
                // Made anew by its alter (a table moved to a new distribution): what depends on it follows.
                if (Kinds.of(c.to()).alterMakesAnew()) b.creates.add(objectIdent(c.schema(), c.to()));
                objectNeeds(c.schema(), c.to(), b.needs);
                objectNeeds(c.schema(), c.from(), b.releases);
            }
            case DropObject c -> {
                // An object of a table (a trigger) is dropped on the table under its name after this plan's renames.
                if (c.object().table() != null) b.needs.add(Ident.relation(c.schema(), c.object().table()));
                objectIdents(c.schema(), c.object(), b.drops);
                objectNeeds(c.schema(), c.object(), b.releases);
            }
            case Unsupported c -> { }
        }
        return new Effects(b.creates, b.needs, b.drops, b.releases);
    }

    private static final class Builder {
        final List<Ident> creates = new ArrayList<>();
        final List<Ident> needs = new ArrayList<>();
        final List<Ident> drops = new ArrayList<>();
        final List<Ident> releases = new ArrayList<>();
    }

    private static void dropTable(String schema, Table t, Builder b) {
        b.drops.add(Ident.relation(schema, t.name()));
        b.drops.add(Ident.type(schema, t.name()));
        keys(schema, t).forEach(b.drops::add);
        t.columns().forEach(col -> uses(col, b.releases));
        t.checks().forEach(ck -> calls(ck.expression(), b.releases));
        t.foreignKeys().forEach(fk -> b.releases.add(Ident.key(fk.refSchema(), fk.refTable(), fk.refColumns())));
        t.indexes().forEach(ix -> b.drops.add(Ident.relation(schema, ix.name())));
    }

    private static void createTable(String schema, Table t, Builder b) {
        b.creates.add(Ident.relation(schema, t.name()));
        // PARTITION OF and INHERITS need the parent.
        if (t.partitioning().isPartition()) {
            b.needs.add(Ident.relation(t.partitioning().parentSchemaOr(schema), t.partitioning().parent()));
        }
        t.partitioning().inherits().forEach(p -> b.needs.add(Ident.relation(schema, p)));
        b.creates.add(Ident.type(schema, t.name()));
        for (Column c : t.columns()) {
            b.creates.add(Ident.column(schema, t.name(), c.name()));
            uses(c, b.needs);
            // A serial makes its sequence under this name: after a rename that frees it.
            if (c.isSerial()) b.creates.add(Ident.relation(schema, io.schemasync.sql.Identifiers.defaultName(t.name(),
                    c.name(), "seq")));
        }
        t.checks().forEach(ck -> calls(ck.expression(), b.needs));
        if (t.primaryKey() != null) b.creates.add(Ident.key(schema, t.name(), t.primaryKey().columns()));
        t.uniques().forEach(u -> b.creates.add(Ident.key(schema, t.name(), u.columns())));
        if (t.primaryKey() != null) b.creates.add(Ident.relation(schema, t.primaryKey().name()));
        t.uniques().forEach(u -> b.creates.add(Ident.relation(schema, u.name())));
    }

    /** The functions an expression calls (by name: overloads are not told apart). */
    private static void calls(String expression, List<Ident> into) {
        if (expression != null) Functions.calls(expression).forEach(ref -> into.add(Ident.of(ref)));
    }

    /** The type of a column, the functions its default or generation expression calls, the sequences it uses. */
    private static void uses(Column c, List<Ident> into) {
        into.add(Ident.typeOf(c.type()));
        calls(c.generated(), into);
        calls(c.defaultExpr(), into);
        if (c.defaultExpr() == null) return;
        Matcher m = NEXTVAL.matcher(c.defaultExpr());
        while (m.find()) {
            TypeName seq = TypeName.of(m.group(1).replace("''", "'"));
            into.add(Ident.relation(seq.schema(), seq.name()));
        }
    }

    /** "table.column" or "schema.table.column". */
    private static void ownedBy(String schema, String ownedBy, List<Ident> into) {
        if (ownedBy == null) return;
        String[] parts = ownedBy.split("\\.");
        if (parts.length < 2) return;
        String s = parts.length == 3 ? parts[0] : schema;
        String table = parts[parts.length - 2];
        into.add(Ident.relation(s, table));
        into.add(Ident.column(s, table, parts[parts.length - 1]));
    }

    private static void addConstraint(String schema, String table, Constraint c, Builder b) {
        b.needs.add(Ident.relation(schema, table));
        constraint(schema, table, c, b.creates, b.needs);
    }

    private static void dropConstraint(String schema, String table, Constraint c, Builder b) {
        constraint(schema, table, c, b.drops, b.releases);
    }

    /**
     * What a constraint is and uses: added, it creates the one and needs the other; dropped, it drops the one and
     * releases the other. A key is also an index (a relation) and makes the table referenceable.
     */
    private static void constraint(String schema, String table, Constraint c, List<Ident> made, List<Ident> used) {
        made.add(new Ident(Ident.Space.CONSTRAINT, schema, table, c.name()));
        switch (c) {
            case io.schemasync.model.PrimaryKey pk -> key(schema, table, pk.name(), pk.columns(), made, used);
            case io.schemasync.model.UniqueConstraint u -> key(schema, table, u.name(), u.columns(), made, used);
            case io.schemasync.model.CheckConstraint ck -> calls(ck.expression(), used);
            case ForeignKey fk -> {
                fk.columns().forEach(col -> used.add(Ident.column(schema, table, col)));
                used.add(Ident.relation(fk.refSchema(), fk.refTable()));
                used.add(Ident.key(fk.refSchema(), fk.refTable(), fk.refColumns()));
                fk.refColumns().forEach(col -> used.add(Ident.column(fk.refSchema(), fk.refTable(), col)));
            }
            case io.schemasync.model.ExclusionConstraint x -> {
                made.add(Ident.relation(schema, x.name()));
                indexColumns(schema, table, x.index(), used);
                // The operator class of a btree_gist key (room_id WITH =) comes with the extension.
                used.add(Ident.relation(schema, table));
            }
        }
    }

    private static void key(String schema, String table, String name, List<String> columns, List<Ident> made,
                            List<Ident> used) {
        columns.forEach(col -> used.add(Ident.column(schema, table, col)));
        made.add(Ident.key(schema, table, columns));
        made.add(Ident.relation(schema, name));
    }

    private static void createIndex(String schema, String table, Index ix, Builder b) {
        b.needs.add(Ident.relation(schema, table));
        indexColumns(schema, table, ix, b.needs);
        b.creates.add(Ident.relation(schema, ix.name()));
        indexKey(schema, table, ix).ifPresent(b.creates::add);
    }

    /** A unique index on plain columns, without a predicate, is a key a foreign key can reference. */
    private static java.util.Optional<Ident> indexKey(String schema, String table, Index ix) {
        if (!ix.unique() || ix.where() != null || ix.keys().stream().anyMatch(k -> !k.column())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Ident.key(schema, table, ix.keys().stream().map(IndexKey::expression).toList()));
    }

    private static List<Ident> keys(String schema, Table t) {
        List<Ident> out = new ArrayList<>();
        if (t.primaryKey() != null) out.add(Ident.key(schema, t.name(), t.primaryKey().columns()));
        t.uniques().forEach(u -> out.add(Ident.key(schema, t.name(), u.columns())));
        t.indexes().forEach(ix -> indexKey(schema, t.name(), ix).ifPresent(out::add));
        return out;
    }

    /**
     * ADD makes the helper check, VALIDATE validates it (and, on PostgreSQL 18, makes the column NOT NULL), SET
     * needs it validated and makes the column NOT NULL. SET and DROP drop the helper, but declare no drop: it is
     * the plan's own, and a drop would order SET before the ADD that creates it.
     */
    private static void notNullStep(Change.NotNullStep c, Builder b) {
        b.needs.add(Ident.relation(c.schema(), c.table()));
        Ident helper = new Ident(Ident.Space.CONSTRAINT, c.schema(), c.table(), c.helper());
        switch (c.stage()) {
            case ADD -> {
                b.needs.add(Ident.column(c.schema(), c.table(), c.column()));
                b.creates.add(helper);
            }
            case VALIDATE -> {
                b.needs.add(helper);
                b.creates.add(Ident.validated(c.schema(), c.table(), c.helper()));
                if (c.notNullConstraint()) b.creates.add(Ident.notNull(c.schema(), c.table(), c.column()));
            }
            case SET -> {
                b.needs.add(Ident.validated(c.schema(), c.table(), c.helper()));
                b.creates.add(Ident.notNull(c.schema(), c.table(), c.column()));
            }
            case DROP -> { }
        }
    }

    private static void indexColumns(String schema, String table, Index ix, List<Ident> into) {
        for (IndexKey k : ix.keys()) {
            if (k.column()) into.add(Ident.column(schema, table, k.expression()));
            else calls(k.expression(), into);
        }
        calls(ix.where(), into);
        ix.include().forEach(col -> into.add(Ident.column(schema, table, col)));
    }

    private static Ident objectIdent(String schema, SchemaObject o) {
        if (Kinds.of(o).isType()) return Ident.type(schema, o.name());
        if (Kinds.of(o).isRelation()) return Ident.relation(schema, o.name());
        return Ident.of(o.ref(schema));
    }

    /** The object's own identity and the other names it goes by (a function's name alone). */
    private static void objectIdents(String schema, SchemaObject o, List<Ident> into) {
        into.add(objectIdent(schema, o));
        Kinds.of(o).alsoKnownAsAny(schema, o).forEach(ref -> into.add(Ident.of(ref)));
    }

    private static void objectNeeds(String schema, SchemaObject o, List<Ident> into) {
        Kinds.of(o).dependsOnAny(schema, o).forEach(ref -> into.add(Ident.of(ref)));
        Kinds.of(o).columnsReadAny(schema, o).forEach(ref -> into.add(Ident.of(ref)));
    }
}
